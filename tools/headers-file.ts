// Reads a `_headers` file as static hosts (Netlify, Cloudflare Pages) do: an unindented
// path pattern, then its indented `Name: value` lines. Patterns: exact paths and a
// trailing `*`.
export interface HeaderRule {
	pattern: string;
	headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule || colon < 0)
			throw new Error(`_headers: a header line outside a path or without a colon: ${line}`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const { pattern, headers } of rules) {
		const matches = pattern.endsWith('*')
			? path.startsWith(pattern.slice(0, -1))
			: path === pattern;
		if (matches) for (const [name, value] of headers) out[name.toLowerCase()] = value;
	}
	return out;
}
