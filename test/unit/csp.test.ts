import { describe, expect, it } from 'vitest';
import {
	completePage,
	headerPolicy,
	inlineScripts,
	parsePolicy,
	readMetaPolicy,
} from '../../src/integrations/csp-policy';

const fakeHash = (text: string) => `sha256-len${text.length}`;
const page = (head: string, body = '') =>
	`<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-astro'; style-src 'self' 'sha256-style'">${head}</head><body>${body}</body></html>`;

describe('inlineScripts', () => {
	it('finds the scripts the browser runs, and only those', () => {
		const html = [
			'<script>a()</script>',
			'<script type="module">b()</script>',
			'<script type="text/javascript">c()</script>',
			'<script src="/x.js"></script>',
			'<script type="application/json">{"d":1}</script>',
			'<script is:inline type="application/ld+json">{}</script>',
			'<SCRIPT aria-hidden="true">e()</SCRIPT >',
		].join('');
		expect(inlineScripts(html)).toEqual(['a()', 'b()', 'c()', 'e()']);
	});
});

describe('completePage', () => {
	it('allows every inline script by hash, keeps Astro’s hashes and never allows inline scripts wholesale', () => {
		const done = completePage(
			page('<script>one()</script>', '<script type="module">two(1)</script>'),
			fakeHash
		)!;
		const policy = readMetaPolicy(done.html)!;
		expect(policy.get('script-src')).toEqual([
			"'self'",
			"'wasm-unsafe-eval'",
			"'sha256-astro'",
			"'sha256-len5'",
			"'sha256-len6'",
		]);
		expect(done.scriptHashes).toEqual(["'sha256-len5'", "'sha256-len6'"]);
		expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
		expect(policy.get('default-src')).toEqual(["'self'"]);
	});

	it('returns null for a page without a policy, so the build can refuse it', () => {
		expect(completePage('<html><head></head></html>', fakeHash)).toBeNull();
	});
});

describe('headerPolicy', () => {
	it('lists each hash once, adds frame-ancestors and keeps script-src strict', () => {
		const policy = parsePolicy(headerPolicy(["'sha256-b'", "'sha256-a'", "'sha256-b'"]));
		expect(policy.get('script-src')).toEqual([
			"'self'",
			"'wasm-unsafe-eval'",
			"'sha256-a'",
			"'sha256-b'",
		]);
		expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
	});
});
