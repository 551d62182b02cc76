// The site's Content-Security-Policy, in one place: astro.config.mjs gives the directives to
// Astro (which hashes the scripts it bundles), the build step in src/integrations/csp.ts
// completes each page's policy with the inline scripts Astro does not hash (Starlight's
// `is:inline` ones), and the same policy goes to static hosts through _headers.
// Pure string work: the caller supplies the hash function.

/** Directives Astro writes next to its own script-src and style-src. */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"connect-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"form-action 'self'",
	"manifest-src 'self'",
	"worker-src 'self'",
] as const;

/**
 * Styles: Starlight and Expressive Code put style attributes in the markup (icon sizes,
 * token colours, `display: none`). A hash cannot allow a style attribute without
 * 'unsafe-hashes' plus one hash per value, and browsers ignore 'unsafe-inline' as soon as
 * a hash is listed, so style-src drops the hashes. Scripts stay strict.
 */
export const STYLE_SRC = "'self' 'unsafe-inline'";

/**
 * Pagefind compiles its search index reader to WebAssembly; 'wasm-unsafe-eval' allows
 * WebAssembly compilation only, not eval() or new Function().
 */
export const SCRIPT_SRC_BASE = "'self' 'wasm-unsafe-eval'";

/** Only an HTTP header can say these; a <meta> policy ignores them. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const part of text.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

export function serializePolicy(policy: Policy): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

const SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi;
/** Script types the browser runs; anything else (application/json, ld+json) is data. */
const EXECUTABLE_TYPE = /^(?:|module|text\/javascript|application\/javascript)$/i;

/** The text of every inline script the browser would execute, in document order. */
export function inlineScripts(html: string): string[] {
	const found: string[] = [];
	for (const [, attributes = '', body] of html.matchAll(SCRIPT)) {
		if (/\ssrc\s*=/i.test(attributes)) continue;
		const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
		if (EXECUTABLE_TYPE.test(type)) found.push(body);
	}
	return found;
}

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i;

export function readMetaPolicy(html: string): Policy | null {
	const match = META.exec(html);
	return match
		? parsePolicy(
				match[1]
					.replace(/&#39;/g, "'")
					.replace(/&quot;/g, '"')
					.replace(/&amp;/g, '&')
			)
		: null;
}

function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function addSources(policy: Policy, name: string, sources: Iterable<string>): void {
	const list = policy.get(name) ?? [];
	for (const source of sources) if (!list.includes(source)) list.push(source);
	policy.set(name, list);
}

/**
 * One page's policy, completed: every inline script it executes is allowed by hash,
 * script-src gets its fixed base, style-src the style rule above.
 * Returns the new HTML and the script hashes of the page.
 */
export function completePage(
	html: string,
	hash: (text: string) => string
): { html: string; scriptHashes: string[] } | null {
	const policy = readMetaPolicy(html);
	if (!policy) return null;
	const scriptHashes = inlineScripts(html).map((body) => `'${hash(body)}'`);
	const script = policy.get('script-src') ?? [];
	// Astro lists the hashes of its own bundles; keep them, put the fixed sources first.
	policy.set('script-src', [...SCRIPT_SRC_BASE.split(' ')]);
	addSources(
		policy,
		'script-src',
		script.filter((source) => source.startsWith("'sha"))
	);
	addSources(policy, 'script-src', scriptHashes);
	policy.set('style-src', STYLE_SRC.split(' '));
	const content = escapeAttribute(serializePolicy(policy));
	return {
		html: html.replace(META, `<meta http-equiv="content-security-policy" content="${content}">`),
		scriptHashes,
	};
}

/** The policy for an HTTP header: the meta policy's directives plus every page's scripts. */
export function headerPolicy(scriptHashes: Iterable<string>): string {
	const policy: Policy = parsePolicy(CSP_DIRECTIVES.join(';'));
	policy.set('script-src', SCRIPT_SRC_BASE.split(' '));
	addSources(policy, 'script-src', [...new Set(scriptHashes)].sort());
	policy.set('style-src', STYLE_SRC.split(' '));
	for (const directive of HEADER_ONLY_DIRECTIVES) {
		const [name, ...sources] = directive.split(' ');
		policy.set(name, sources);
	}
	return serializePolicy(policy);
}
