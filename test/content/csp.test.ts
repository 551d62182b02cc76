import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { DIST, assertBuilt, htmlPaths, parsePage, select, selectAll } from '../support/dist';
import { headersFor, parseHeadersFile } from '../../tools/headers-file';

assertBuilt();
const pages = htmlPaths().filter((path) => !path.startsWith('/pagefind/'));

function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name, sources])
	);
}

const sha256 = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Inline scripts the browser runs, found by an HTML parser (not the build's own regex). */
function executedInlineScripts(path: string): string[] {
	return (
		selectAll('script', parsePage(path))
			.filter((script) => script.properties.src === undefined)
			.filter((script) =>
				['', 'module', 'text/javascript'].includes(String(script.properties.type ?? ''))
			)
			// The raw text node: toText() would collapse whitespace, and the hash is of exact bytes.
			.map((script) =>
				script.children.map((child) => ('value' in child ? child.value : '')).join('')
			)
	);
}

function expectStrict(policy: Map<string, string[]>) {
	const scriptSrc = policy.get('script-src') ?? [];
	expect(scriptSrc).toContain("'self'");
	expect(scriptSrc).not.toContain("'unsafe-inline'");
	expect(scriptSrc).not.toContain("'unsafe-eval'");
	expect(
		scriptSrc.filter(
			(source) => !/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/]+=*)'$/.test(source)
		)
	).toEqual([]);
	expect(policy.get('object-src')).toEqual(["'none'"]);
	expect(policy.get('base-uri')).toEqual(["'self'"]);
	expect(policy.get('connect-src')).toEqual(["'self'"]);
	expect(policy.get('default-src')).toEqual(["'self'"]);
}

describe('every page carries a strict Content-Security-Policy', () => {
	it.each(pages)(
		'%s allows each of its inline scripts by hash, and nothing inline beyond them',
		(path) => {
			const meta = select('meta[http-equiv="content-security-policy"]', parsePage(path));
			expect(meta, 'no CSP <meta>').toBeTruthy();
			const policy = directives(String(meta!.properties.content));
			expectStrict(policy);
			for (const script of executedInlineScripts(path))
				expect(policy.get('script-src')).toContain(sha256(script));
			// Event-handler attributes and javascript: URLs cannot be allowed by hash: none may exist.
			const handlers = selectAll('*', parsePage(path)).flatMap((el: Element) =>
				Object.keys(el.properties).filter((name) => /^on[a-z]/.test(name))
			);
			expect(handlers).toEqual([]);
			const scriptUrls = selectAll('[href], [src], [action]', parsePage(path)).filter((el) =>
				['href', 'src', 'action'].some((name) =>
					/^\s*javascript:/i.test(String(el.properties[name] ?? ''))
				)
			);
			expect(scriptUrls).toEqual([]);
		}
	);
});

describe('_headers gives static hosts the same policy and the usual headers', () => {
	const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));

	it.each(pages)('%s is served with the policy and every hash it needs', (path) => {
		const headers = headersFor(rules, path);
		const policy = directives(headers['content-security-policy'] ?? '');
		expectStrict(policy);
		expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
		for (const script of executedInlineScripts(path))
			expect(policy.get('script-src')).toContain(sha256(script));
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('no-referrer');
		expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
	});

	// public/_headers says what the header cost in the audit and why it is left out.
	it('serves no page with Cross-Origin-Opener-Policy, which makes Chromium load it in a new renderer process', () => {
		expect(
			pages.filter((path) => headersFor(rules, path)['cross-origin-opener-policy'] !== undefined)
		).toEqual([]);
	});
});
