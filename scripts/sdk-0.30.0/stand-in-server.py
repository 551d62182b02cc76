import json, sys, time, os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
SCEN = os.environ.get("SCEN", "forbidden")
USER = os.environ.get("SUSER", "alice"); DEFAULT = os.environ.get("SDEFAULT", "alice-uni")
TEAMS = os.environ.get("STEAMS", "alice-uni,acme").split(",")
class H(BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        self.send_response(200); self.end_headers(); self.wfile.write(b"{}")
    def do_POST(self):
        n = int(self.headers.get("content-length", 0)); body = self.rfile.read(n)
        if not self.path.startswith("/graphql"):
            self.send_response(200); self.end_headers(); self.wfile.write(b"{}"); return
        try: q = json.loads(body)
        except Exception: q = {}
        qs = q.get("query", "") if isinstance(q, dict) else ""
        op = q.get("operationName") if isinstance(q, dict) else None
        sys.stderr.write(f"OP {op} {qs[:80]!r} {json.dumps(q.get('variables'))[:200] if isinstance(q,dict) else ''}\n")
        def send(code, obj, ctype="application/json"):
            data = obj if isinstance(obj, bytes) else json.dumps(obj).encode()
            self.send_response(code); self.send_header("content-type", ctype); self.send_header("content-length", str(len(data))); self.end_headers(); self.wfile.write(data)
        if SCEN == "revoked":
            return send(401, {"errors":[{"message":"user is not logged in","extensions":{"code":"PERMISSION_ERROR"}}],"data":{"viewer":None}} if "viewer" in qs else {"errors":[{"message":"user is not logged in","path":["upsertBucket"],"extensions":{"code":"PERMISSION_ERROR"}}],"data":{"upsertBucket":None}})
        if "viewer" in qs:
            return send(200, {"data":{"viewer":{"id":"VXNlcjox","username":USER,"entity":DEFAULT,"email":"a@example.com","name":USER,"admin":False,"flags":"{}","deletedAt":None,"apiKeys":{"edges":[]},"teams":{"edges":[{"node":{"name":t}} for t in TEAMS]},"userInfo":None}}})
        if "upsertBucket" in qs:
            if SCEN == "forbidden":
                return send(403, {"errors":[{"message":"permission denied","path":["upsertBucket"],"extensions":{"code":"PERMISSION_ERROR"}}],"data":{"upsertBucket":None}})
            if SCEN == "notfound":
                ent = (q.get("variables") or {}).get("entity") or (q.get("variables") or {}).get("entityName")
                return send(404, {"errors":[{"message":f"entity {ent} not found during upsertBucket","path":["upsertBucket"]}],"data":{"upsertBucket":None}})
            if SCEN == "org":
                return send(400, {"errors":[{"message":"you may not log runs directly to your organization, please try using your team entity","path":["upsertBucket"]}],"data":{"upsertBucket":None}})
            if SCEN == "html":
                return send(403, b"<!DOCTYPE html><html><head><title>Access denied</title></head><body>Blocked by policy</body></html>", "text/html")
            if SCEN.startswith("status"):
                # A 5xx from the server or a gateway in front of it: SCEN=status502, status507...
                code = int(SCEN[6:])
                return send(code, f"<html><body><h1>{code}</h1></body></html>".encode() if code in (502, 503, 504) else {"errors":[{"message":"server error","path":["upsertBucket"]}],"data":{"upsertBucket":None}}, "text/html" if code in (502, 503, 504) else "application/json")
            if SCEN == "slow":
                time.sleep(30); return send(200, {})
        return send(200, {"data":{}})
ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
