import configparser
import json
import os
import platform
import re
import socket
import sys
from urllib.parse import urlparse

CONNECT_TIMEOUT = 5
API_TIMEOUT = 15
MAX_CAUSES = 5
MAX_PROJECTS = 1000
REDACTED = "[REDACTED]"
ELSEWHERE = ("env", "workspace", "global")
# From 0.23.1 the SDK looks a netrc entry up by the server's host:port (urlsplit(...).netloc); before,
# by the host name alone (requests.utils.get_netrc_auth). The script looks up both.
NETRC_BY_NETLOC = (0, 23, 1)
# A settings-file value the SDK refuses: 0.19 to 0.24 stop wandb.init() with UsageError (the note says
# so); from 0.24.1 every value of both settings files is dropped (entity and base_url included).
SETTINGS_ALL_OR_NOTHING = (0, 24, 1)
_SECRETS = []


def t(key, **params):
    text = T.get(key, key)
    return re.sub(r"\{\{(\w+)\}\}", lambda m: str(params[m.group(1)]) if m.group(1) in params else m.group(0), text)


# --- secrets: the guide's key-shape rules (src/lib/names.ts), so nothing key-like is printed ---

def _secret_run(run):
    return len(run) >= KEY_SECRET_RUN and re.search(r"[0-9]", run) is not None and re.search(r"[A-Za-z]", run) is not None


def looks_like_key(token):
    if not re.fullmatch(r"[A-Za-z0-9_-]{%d,}" % KEY_MIN_LENGTH, token):
        return False
    return any(_secret_run(run) for run in re.split(r"[-_]", token))


def contains_key(value):
    for token in re.split(r"[^A-Za-z0-9_-]+", value or ""):
        if looks_like_key(token):
            return True
        if any(_secret_run(run) for run in re.findall(r"[A-Za-z0-9]{%d,}" % KEY_MIN_LENGTH, token)):
            return True
    return False


def scrub(text):
    for secret in _SECRETS:
        text = text.replace(secret, REDACTED)
    return re.sub(r"[A-Za-z0-9_-]{%d,}" % KEY_MIN_LENGTH, lambda m: REDACTED if looks_like_key(m.group(0)) else m.group(0), text)


# --- names: the guide's placeholder rules (src/lib/names.ts) ---

_JS_SPACE = "\t\n\x0b\x0c\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


def is_placeholder(value):
    bare = value.strip(_JS_SPACE).lower()
    return any(re.fullmatch(shape, bare) for shape in PLACEHOLDER_SHAPES) or bare in PLACEHOLDER_NAMES


def has_shell_variable(value):
    return re.search(SHELL_VARIABLE, value) is not None


def normalize_host(value):
    """The server as the guide's links carry it: "" for W&B's public cloud (src/lib/names.ts normalizeHost)."""
    trimmed = re.sub(r"/+$", "", (value or "").strip(_JS_SPACE))
    return "" if trimmed.lower() == PUBLIC_HOST else trimmed


def near(value, names):
    """A name that differs from value only in case or separators."""
    def key(text):
        return re.sub(r"[-_ .]", "", text.casefold())
    for name in names:
        if name and name != value and key(name) == key(value):
            return name
    return None


# --- links to the guide: LONG_LINK and SHORT_LINK are the shapes src/lib/urls.ts builds; the query is made here ---

_FORM_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-._")


def _form(value):
    out = []
    for byte in value.encode("utf-8", "replace"):
        if byte in _FORM_SAFE:
            out.append(chr(byte))
        elif byte == 0x20:
            out.append("+")
        else:
            out.append("%%%02X" % byte)
    return "".join(out)


def _query(values):
    parts = [name + "=" + _form(values[name]) for name in ("entity", "project", "host") if values.get(name)]
    return "?" + "&".join(parts) if parts else ""


def link_values(entity, project, host):
    values = {"entity": entity or "", "project": project or "", "host": normalize_host(host or "")}
    # A value shaped like a key is left out rather than losing the link.
    return {} if any(contains_key(value) for value in values.values()) else values


def long_link(cause, values):
    page, section = PAGES[cause]
    # The query last: it is the only part that holds what the reader typed (encoded, so no braces).
    return LONG_LINK.replace("{page}", page).replace("{section}", section).replace("{query}", _query(values))


def short_link(cause, values):
    return SHORT_LINK.replace("{id}", cause).replace("{query}", _query(values))


# --- reading the machine ---

def describe(exc):
    try:
        text = "%s: %s" % (type(exc).__name__, exc)
        cause = getattr(exc, "__cause__", None)
        if cause is not None:
            text += " (%s: %s)" % (type(cause).__name__, cause)
    except Exception:
        text = type(exc).__name__
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:300] + "..."


def read_settings(path):
    """The [default] section of one settings file; a missing file is empty."""
    try:
        if not os.path.isfile(path):
            return {}, None
        parser = configparser.ConfigParser()
        parser.read(path, encoding="utf-8")
        if not parser.has_section("default"):
            return {}, None
        return dict(parser.items("default")), None
    except Exception as exc:
        return {}, describe(exc)


def sdk_version(text):
    """(major, minor, patch) of a wandb version string, or None."""
    match = re.match(r"\s*(\d+)\.(\d+)\.(\d+)", text or "")
    return tuple(int(part) for part in match.groups()) if match else None


_PROJECT_FORBIDDEN = "/\\#?%:"


def refused_setting(key, value):
    """True when the SDK's validators refuse this settings-file value. Only the rules the guide
    documents are checked: the project name (128 characters, none of / \\ # ? % :) and the wandb.ai
    checks of base_url. Any other invalid value goes unnoticed here."""
    if key == "project":
        return len(value) > 128 or any(ch in _PROJECT_FORBIDDEN for ch in value)
    if key == "base_url" and re.match(r".*wandb\.ai[^\.]*$", value):
        return "api." not in value or not value.startswith("https")
    return False


def netrc_names(host, version):
    """The netrc machine names for this server, the one the installed SDK reads first."""
    parsed = urlparse(host)
    netloc = parsed.netloc or host
    names = [netloc]
    try:
        bare = parsed.hostname or ""
    except Exception:
        bare = ""
    if bare and bare != netloc:
        names.append(bare)
    sdk_name = None
    if version is not None:
        sdk_name = names[0] if version >= NETRC_BY_NETLOC else names[-1]
        names = [sdk_name] + [name for name in names if name != sdk_name]
    return names, sdk_name


def netrc_path():
    if os.environ.get("NETRC"):
        return os.path.expanduser(os.environ["NETRC"])
    for name in ("~/.netrc", "~/_netrc"):
        path = os.path.expanduser(name)
        if os.path.exists(path):
            return path
    return os.path.expanduser("~/_netrc" if platform.system() == "Windows" else "~/.netrc")


def read_netrc(path, names):
    """({name: (machine, key)} for the names that have a key, machines listed, problem). Like the SDK,
    a name without its own entry gets the "default" entry. The problem never quotes the file."""
    if not os.path.isfile(path):
        return {}, [], None
    try:
        import netrc
        parsed = netrc.netrc(path)
        found = {}
        for name in names:
            entry = parsed.authenticators(name)
            if entry and entry[2]:
                found[name] = (name if name in parsed.hosts else "default", entry[2])
        return found, sorted(parsed.hosts.keys()), None
    except Exception as exc:
        return {}, [], "%s (line %s)" % (type(exc).__name__, getattr(exc, "lineno", "?"))


def layers(f, given, env_name, key, clean=lambda value: value):
    """Where a setting is set, highest precedence first: given value, env var, workspace file, global file."""
    found = [(("given", ""), given), (("env", env_name), os.environ.get(env_name))]
    for scope in f["settings"]:
        found.append(((scope["scope"], scope["path"]), scope["values"].get(key)))
    return [(source, clean(value)) for source, value in found if value not in (None, "")]


def choose(found):
    if not found:
        return None, ("unset", ""), []
    (source, value), rest = found[0], found[1:]
    return value, source, [(other, v) for other, v in rest if v != value]


def reach(url):
    """Opens a TCP connection to the server (or to the proxy the SDK would use); closes it at once."""
    try:
        parsed = urlparse(url)
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            return "bad-url", url, "not an http(s) address"
    except Exception as exc:
        return "bad-url", url, describe(exc)
    target = (parsed.hostname, port)
    via = "ok"
    try:
        import urllib.request
        proxy = urllib.request.getproxies().get(parsed.scheme)
        if proxy and not urllib.request.proxy_bypass(parsed.hostname):
            proxy_url = urlparse(proxy if "://" in proxy else "http://" + proxy)
            target = (proxy_url.hostname, proxy_url.port or (443 if proxy_url.scheme == "https" else 80))
            via = "proxy"
    except Exception:
        pass
    shown = "%s:%s" % target
    try:
        connection = socket.create_connection(target, timeout=CONNECT_TIMEOUT)
        connection.close()
        return via, shown, None
    except Exception as exc:
        return "fail", shown, describe(exc)


# Key refusals, by SDK: wandb.Api() checks the key when it is built from 0.21.1 ("API key verification
# failed for host <url>. Make sure your API key is valid." up to 0.28.1, "Failed to verify credentials
# with <host>: ..." from 0.28.2, e.g. "...: user is not logged in"); older SDKs fail at api.viewer
# ("... (Error 401: Unauthorized)", and "Invalid or missing api_key" in 0.10 to 0.13.10).
# "Unable to fetch user data" is api.viewer without a user (0.21.1 and later).
_NETWORK = re.compile(r"Unable to connect|timed out|Timeout|Connection refused|ConnectionError|Max retries exceeded|Name or service not known|getaddrinfo|name resolution|Network is unreachable|No route to host|SSLError|CERTIFICATE_VERIFY_FAILED", re.I)
_AUTH = re.compile(r"AuthenticationError|verification failed|Failed to verify credentials|invalid or missing|Unauthorized|\b401\b|Unable to fetch user data|not logged in|API key", re.I)


def classify(exc):
    text = describe(exc)
    if _NETWORK.search(text):
        return "network"
    if _AUTH.search(text):
        return "rejected"
    return "error"


def keep_settings_files():
    # SDK 0.21.1 to 0.22.1 rewrite the global settings file (to clear "anonymous") whenever wandb.Api()
    # checks a key. This script promises to write nothing, so that one step is skipped.
    try:
        from wandb.sdk import wandb_login
        login_class = getattr(wandb_login, "_WandbLogin", None)
        if login_class is not None and hasattr(login_class, "_update_global_anonymous_setting"):
            login_class._update_global_anonymous_setting = lambda self: None
    except Exception:
        pass


def attr(obj, name):
    try:
        return getattr(obj, name, None)
    except Exception:
        return None


def project_names(api, entity, limit=MAX_PROJECTS):
    """Names of the projects the server lists in entity (at most limit), or raises."""
    names = []
    for project in api.projects(entity):
        names.append(attr(project, "name"))
        if len(names) >= limit:
            break
    return [name for name in names if isinstance(name, str)]


def visibility(api, entity, project):
    """("yes" | "no" | "unknown", detail): can this account see entity/project?"""
    try:
        project_id = api.project(project, entity).id
        return ("yes", None) if project_id else ("no", None)
    except AttributeError:
        pass  # SDK before 0.19.10: .id does not look the project up; list the entity's projects instead
    except ValueError as exc:
        message = str(exc)
        if "not found" in message:
            return "no", describe(exc)
        if message.startswith("Unable to fetch project ID") and isinstance(exc.__cause__, (TypeError, LookupError)):
            return "no", describe(exc)  # SDK 0.19.10 to 0.20: the server answered "no such project"
        return "unknown", describe(exc)
    except Exception as exc:
        return "unknown", describe(exc)
    try:
        names = project_names(api, entity)
    except Exception as exc:
        return "unknown", describe(exc)
    if project in names:
        return "yes", None
    return ("unknown", None) if len(names) >= MAX_PROJECTS else ("no", None)


def gather(f):
    f["python"] = platform.python_version()
    try:
        import wandb
        f["sdk"] = str(getattr(wandb, "__version__", "?"))
    except Exception as exc:
        wandb = None
        f["sdk_error"] = describe(exc)

    config_dir = os.environ.get("WANDB_CONFIG_DIR") or os.path.join("~", ".config", "wandb")
    workspace_dir = ".wandb" if os.path.exists(".wandb") else "wandb"
    for scope, path in (("workspace", os.path.join(os.getcwd(), workspace_dir, "settings")), ("global", os.path.join(os.path.expanduser(config_dir), "settings"))):
        values, problem = read_settings(path)
        f["settings"].append({"scope": scope, "path": path, "values": values, "error": problem})
    version = sdk_version(f.get("sdk"))
    f["settings_refused"] = [(scope["path"], key, value) for scope in f["settings"] for key, value in sorted(scope["values"].items()) if refused_setting(key, value)]
    if f["settings_refused"] and version is not None and version >= SETTINGS_ALL_OR_NOTHING:
        # This SDK applies no value of either file: the run's entity, project and server come from elsewhere.
        f["settings_dropped"] = sorted(set(key for scope in f["settings"] for key in scope["values"]))
        for scope in f["settings"]:
            scope["values"] = {}

    host_clean = lambda value: re.sub(r"/+$", "", value.strip())
    f["host"], f["host_source"], f["host_others"] = choose(layers(f, HOST.strip(), "WANDB_BASE_URL", "base_url", host_clean))
    if not f["host"]:
        f["host"], f["host_source"] = PUBLIC_HOST, ("default", "")
    f["entity"], f["entity_source"], f["entity_others"] = choose(layers(f, ENTITY, "WANDB_ENTITY", "entity"))
    f["project"], f["project_source"], f["project_others"] = choose(layers(f, PROJECT, "WANDB_PROJECT", "project"))
    mode = layers(f, "", "WANDB_MODE", "mode")
    if mode:
        f["mode"], f["mode_source"] = mode[0][1], mode[0][0]
    f["sweep"] = bool(os.environ.get("WANDB_SWEEP_ID"))
    f["token_file"] = bool(os.environ.get("WANDB_IDENTITY_TOKEN_FILE"))

    # The key, in the SDK's order: WANDB_API_KEY, a settings file, netrc. It is never printed.
    f["netloc"] = urlparse(f["host"]).netloc or f["host"]
    key = None
    for source, value in layers(f, "", "WANDB_API_KEY", "api_key"):
        key, f["key_source"] = value, source
        break
    f["netrc_path"] = netrc_path()
    names, sdk_name = netrc_names(f["host"], version)
    f["netrc_names"] = names
    found, f["netrc_hosts"], f["netrc_error"] = read_netrc(f["netrc_path"], names)
    netrc_key = None
    for name in names:
        if name in found:
            f["netrc_entry"], netrc_key = found[name]
            if sdk_name is not None and sdk_name not in found:
                f["netrc_unused"] = sdk_name  # the installed SDK looks up another name: wandb.init() misses this key
            break
    if key is None and netrc_key:
        key, f["key_source"] = netrc_key, ("netrc", f["netrc_path"])
    for secret in (key, netrc_key):
        if secret and len(secret) >= 8:
            _SECRETS.append(secret)

    f["reach"] = reach(f["host"])
    if wandb is None or f["reach"][0] in ("fail", "bad-url"):
        return
    if key is None:
        f["login"] = "skipped"
        return

    keep_settings_files()
    try:
        api = wandb.Api(overrides={"base_url": f["host"]}, timeout=API_TIMEOUT, api_key=key)
        viewer = api.viewer
    except Exception as exc:
        f["login"], f["login_error"] = classify(exc), describe(exc)
        return
    f["username"] = attr(viewer, "username")
    if not f["username"]:
        f["login"], f["login_error"] = "rejected", t("check.login.noUser")
        return
    f["login"] = "ok"
    f["default_entity"] = attr(viewer, "entity")
    if not f["default_entity"]:
        try:
            f["default_entity"] = api.default_entity
        except Exception:
            pass
    try:
        f["teams"] = [str(team) for team in viewer.teams]
    except Exception as exc:
        f["teams"], f["teams_error"] = None, describe(exc)

    if not f["entity"] and f["default_entity"]:
        f["entity"], f["entity_source"] = f["default_entity"], ("server", "")
    entity = f["entity"]
    if not entity:
        return
    if entity == f["username"]:
        f["membership"] = "user"
    elif f["teams"] is None:
        f["membership"] = "unknown"
    elif entity in f["teams"]:
        f["membership"] = "team"
    else:
        f["membership"] = "none"
        f["near_entity"] = near(entity, [f["username"]] + f["teams"])
    if not f["project"]:
        return
    f["visible"], f["visible_error"] = visibility(api, entity, f["project"])
    if f["visible"] == "no":
        try:
            f["near_project"] = near(f["project"], project_names(api, entity, 500))
        except Exception:
            pass


# --- the verdict ---

def source_code(source):
    code, detail = source
    return {"env": "env:" + detail, "workspace": "settings:workspace", "global": "settings:global", "server": "server-default", "default": "sdk-default"}.get(code, code)


def source_text(source):
    code, detail = source
    return t("check.source." + code, name=detail, path=detail)


def decide(f):
    found = []

    def add(cause, text, inferred=False):
        if cause in PAGES and all(existing[0] != cause for existing in found):
            found.append((cause, text, inferred))

    host = f.get("host") or PUBLIC_HOST
    custom_host = normalize_host(host) != ""
    hostname = (urlparse(host).hostname or "").lower()
    if hostname in ("wandb.ai", "app.wandb.ai"):
        add("wrong-host", t("check.ev.appHost", host=host))
    reached = f.get("reach")
    if reached and reached[0] in ("fail", "bad-url"):
        text = t("check.ev.unreachable", target=reached[1], error=reached[2])
        for cause in (("wrong-host", "timeout") if custom_host or f["host_source"][0] != "default" else ("timeout", "wrong-host")):
            add(cause, text)
    if f.get("sweep"):
        add("entity-set-elsewhere", t("check.ev.sweep"))
    if f.get("settings_dropped"):
        path, key, value = f["settings_refused"][0]
        text = t("check.ev.settingsDropped", sdk=f.get("sdk"), path=path, setting=key, value=value)
        if any(name in ("entity", "project") for name in f["settings_dropped"]):
            add("entity-set-elsewhere", text)
        if "base_url" in f["settings_dropped"]:
            add("wrong-host", text)

    login = f.get("login")
    machines = ", ".join(f.get("netrc_names") or [f.get("netloc", "")])
    if (f.get("key_source") or ("",))[0] == "netrc" and f.get("netrc_unused"):
        add("stale-credentials", t("check.ev.netrcEntry", entry=f.get("netrc_entry"), expected=f["netrc_unused"], sdk=f.get("sdk")))
    if not f.get("key_source") and not f.get("token_file"):
        add("stale-credentials", t("check.ev.noKey", machines=machines))
        others = [name for name in f.get("netrc_hosts") or [] if name not in (f.get("netrc_names") or [])]
        if others:
            add("wrong-host", t("check.ev.keyOtherHost", hosts=", ".join(others), machines=machines))
    elif login == "rejected":
        text = t("check.ev.rejected", source=source_text(f["key_source"]), error=f.get("login_error", ""))
        add("stale-credentials", text)
        if custom_host or f["host_source"][0] != "default":
            add("wrong-host", t("check.ev.keyHost", host=host, source=source_text(f["host_source"])))
        add("auth-401", text)
    elif login == "network":
        add("timeout", t("check.ev.apiNetwork", error=f.get("login_error", "")))
    elif login == "error":
        add("stale-credentials", t("check.ev.apiError", error=f.get("login_error", "")))

    # The entity and project: what is wrong with them, and whether a value set elsewhere won.
    entity, project = f.get("entity"), f.get("project")
    membership, visible = f.get("membership"), f.get("visible")
    main = []
    if entity and (is_placeholder(entity) or has_shell_variable(entity)):
        main.append(("wrong-entity", t("check.ev.placeholder", entity=entity), False))
    if membership == "user":
        main.append(("personal-entity", t("check.ev.personalDefault" if f["entity_source"][0] == "server" else "check.ev.personal", entity=entity), False))
    elif membership == "team":
        if visible == "yes":
            main.append(("view-only-role", t("check.ev.viewOnly", entity=entity, project=project), True))
            main.append(("restricted-project", t("check.ev.projectRole", entity=entity, project=project), True))
        elif visible == "no":
            if f.get("near_project"):
                main.append(("wrong-project", t("check.ev.projectNear", project=project, match=f["near_project"]), False))
            main.append(("restricted-project", t("check.ev.restricted", entity=entity, project=project), False))
            # A missing project is not a cause: W&B creates it for an account that may write to the entity.
            main.append(("view-only-role", t("check.ev.projectMissing", entity=entity, project=project), True))
        else:
            main.append(("view-only-role", t("check.ev.memberOnly", entity=entity), True))
            main.append(("restricted-project", t("check.ev.memberOnly", entity=entity), True))
    elif membership == "none":
        teams = ", ".join(f.get("teams") or []) or t("check.none")
        if f.get("near_entity"):
            main.append(("wrong-entity", t("check.ev.entityNear", entity=entity, match=f["near_entity"]), False))
        main.append(("not-a-member", t("check.ev.notMember", entity=entity, username=f.get("username"), teams=teams), False))
        main.append(("wrong-entity", t("check.ev.spelling", entity=entity), False))
        main.append(("organization-entity", t("check.ev.organization", entity=entity), False))
    if project and membership and project.strip(_JS_SPACE) != project:
        main.insert(0, ("wrong-project", t("check.ev.projectSpaces", project=project), False))

    won, differs = [], []
    for field in ("entity", "project"):
        value, source = f.get(field), f.get(field + "_source")
        if value and source and source[0] in ELSEWHERE:
            won.append(("entity-set-elsewhere", t("check.ev.from." + field, value=value, source=source_text(source)), False))
        if value and source and source[0] == "given":
            for other, other_value in f.get(field + "_others") or []:
                differs.append(("entity-set-elsewhere", t("check.ev.differs." + field, value=other_value, source=source_text(other), given=value), False))
    if f.get("host_source", ("",))[0] == "given":
        for other, other_value in f.get("host_others") or []:
            differs.append(("wrong-host", t("check.ev.hostDiffers", value=other_value, source=source_text(other), given=host), False))
    elif f.get("host_source", ("",))[0] in ELSEWHERE and custom_host:
        differs.append(("wrong-host", t("check.ev.hostFrom", host=host, source=source_text(f["host_source"])), False))

    troubled = membership == "none" or visible == "no" or any(item[0] == "wrong-entity" for item in main)
    for item in (won + main + differs) if troubled else (main + won + differs):
        add(*item)
    return found[:MAX_CAUSES]


# --- the report ---

def say(text=""):
    print(scrub(text))


def record(*pairs):
    say(PREFIX + " ".join(name + "=" + json.dumps(value, ensure_ascii=True, separators=(",", ":")) for name, value in pairs))


def fact(label, value, indent="  "):
    say(indent + t(label) + T["punct.colon"] + value)


def report(f, causes):
    say("== " + t("check.title") + " ==")
    say()
    say(t("check.section.environment"))
    fact("check.label.sdk", f.get("sdk") or t("check.sdkMissing", error=f.get("sdk_error", "")))
    fact("check.label.python", f.get("python", "?"))
    fact("check.label.host", "%s (%s)" % (f.get("host"), source_text(f.get("host_source", ("default", "")))))
    for source, value in f.get("host_others") or []:
        fact("check.label.alsoSet", "%s (%s)" % (value, source_text(source)), "    ")
    if f.get("mode"):
        fact("check.label.mode", "%s (%s)" % (f["mode"], source_text(f["mode_source"])))
    if f.get("key_source"):
        fact("check.label.key", t("check.key.found", source=source_text(f["key_source"])))
    elif f.get("token_file"):
        fact("check.label.key", t("check.key.tokenFile"))
    else:
        fact("check.label.key", t("check.key.none", machines=", ".join(f.get("netrc_names") or [f.get("netloc", "")])))
    if (f.get("key_source") or ("",))[0] == "netrc" and f.get("netrc_entry"):
        fact("check.label.netrcEntry", f["netrc_entry"], "    ")
    reached = f.get("reach")
    if reached:
        fact("check.label.connection", t("check.reach." + reached[0], target=reached[1], error=reached[2] or ""))
    login = f.get("login")
    if login:
        fact("check.label.login", t("check.login." + login, error=f.get("login_error", "")))

    if login == "ok":
        say()
        say(t("check.section.account"))
        fact("check.label.username", f.get("username") or "?")
        fact("check.label.defaultEntity", f.get("default_entity") or t("check.none"))
        if f.get("teams") is None:
            fact("check.label.teams", t("check.teams.unknown", error=f.get("teams_error", "")))
        else:
            fact("check.label.teams", ", ".join(f["teams"]) or t("check.none"))

    say()
    say(t("check.section.target"))
    for field in ("entity", "project"):
        value = f.get(field)
        if value:
            fact("check.field." + field, "%s (%s)" % (value, source_text(f[field + "_source"])))
        else:
            fact("check.field." + field, t("check.unset." + field))
        for source, other in f.get(field + "_others") or []:
            fact("check.label.alsoSet", "%s (%s)" % (other, source_text(source)), "    ")
        if field == "entity" and f.get("membership"):
            say("    -> " + t("check.member." + f["membership"]))
        if field == "project" and f.get("visible"):
            say("    -> " + t("check.visible." + f["visible"], error=f.get("visible_error") or ""))

    notes = []
    if f.get("sdk_error"):
        # Without the SDK nothing was asked of the server: the verdict covers the network and the files only.
        notes.append(t("check.note.noSdk"))
    for scope in f["settings"]:
        if scope["error"]:
            notes.append(t("check.note.settingsError", path=scope["path"], error=scope["error"]))
    for path, key, value in f.get("settings_refused") or []:
        notes.append(t("check.note.settingsRefused", path=path, setting=key, value=value))
    if f.get("netrc_error"):
        notes.append(t("check.note.netrcError", path=f["netrc_path"], error=f["netrc_error"]))
    if f.get("token_file"):
        notes.append(t("check.note.tokenFile"))
    if f.get("internal"):
        notes.append(t("check.note.internal", error=f["internal"]))
    if notes:
        say()
        say(t("check.section.notes"))
        for note in notes:
            say("  - " + note)

    values = link_values(f.get("entity"), f.get("project"), f.get("host"))
    say()
    say(t("check.section.verdict"))
    if not causes:
        # "No cause" only when every fact was read; otherwise say what is missing rather than guess.
        complete = f.get("membership") in ("user", "team", "none") and f.get("visible") in ("yes", "no")
        say("  " + t("check.noVerdict" if complete else "check.incomplete"))
    for rank, (cause, text, inferred) in enumerate(causes, 1):
        title = T.get("cause." + cause, cause) + (" " + t("check.inferred") if inferred else "")
        say("  %d. %s [%s]" % (rank, title, cause))
        say("     " + text)
        say("     " + long_link(cause, values))
    say("")
    say(t("check.paste", url=DOCTOR_PAGE))

    record(("check", FORMAT_VERSION), ("lang", LANG), ("sdk", f.get("sdk")), ("python", f.get("python")))
    record(("host", f.get("host")), ("source", source_code(f.get("host_source", ("default", "")))), ("reach", (reached or ("unknown",))[0]))
    record(("key-source", source_code(f["key_source"]) if f.get("key_source") else None), ("login", login))
    if login == "ok":
        record(("username", f.get("username")), ("default-entity", f.get("default_entity")), ("teams", f.get("teams")))
    record(("entity", f.get("entity")), ("source", source_code(f.get("entity_source", ("unset", "")))), ("membership", f.get("membership")))
    record(("project", f.get("project")), ("source", source_code(f.get("project_source", ("unset", "")))), ("visible", f.get("visible")))
    for field in ("host", "entity", "project"):
        for source, value in f.get(field + "_others") or []:
            record(("also-set", field), ("source", source_code(source)), ("value", value))
    for cause, text, inferred in causes:
        record(("cause", cause), ("inferred", inferred), ("evidence", text), ("link", short_link(cause, values)))
    record(("end", FORMAT_VERSION))


def main():
    try:
        sys.stdout.reconfigure(errors="backslashreplace")
    except Exception:
        pass
    f = {"settings": []}
    try:
        gather(f)
    except Exception as exc:  # a bug here must still end in a report, never a traceback
        f["internal"] = describe(exc)
    try:
        causes = decide(f)
    except Exception as exc:
        f["internal"] = describe(exc)
        causes = []
    try:
        report(f, causes)
    except Exception as exc:  # even then: one line the doctor and a support agent can read
        say(PREFIX + "error=" + json.dumps(describe(exc), ensure_ascii=True))
        say(PREFIX + "end=" + json.dumps(FORMAT_VERSION))


if __name__ == "__main__":
    main()
