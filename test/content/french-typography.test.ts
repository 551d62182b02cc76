import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { assertBuilt, content, localePages, parsePage } from '../support/dist';
import { mdxPages } from '../support/mdx';
import fr from '../../src/content/i18n/fr.json';

assertBuilt();
const NBSP = /[\u00a0\u202f]/;
const CODE_TAGS = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

function proseTexts(node: Element | Root, out: string[] = []): string[] {
	for (const child of node.children) {
		if (child.type === 'text') out.push(child.value);
		else if (
			child.type === 'element' &&
			!CODE_TAGS.has(child.tagName) &&
			!child.properties?.className?.includes('expressive-code')
		)
			proseTexts(child, out);
	}
	return out;
}

/** Places where French typography wants a no-break space and the text has none. */
function typographyFaults(text: string): string[] {
	const faults: string[] = [];
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		const before = text[i - 1] ?? '';
		const after = text[i + 1] ?? '';
		const around = text.slice(Math.max(0, i - 15), i + 15);
		if (':;!?'.includes(ch)) {
			if (ch === ':' && (after === '/' || (/\d/.test(before) && /\d/.test(after)))) continue; // URLs, times, host:port
			if (before === '' || NBSP.test(before)) continue;
			if (/[\s]/.test(before) || /[\p{L}\p{N})»\]*`'"”]/u.test(before))
				faults.push(`« ${around} » (${ch})`);
		}
		if (ch === '«' && !NBSP.test(after)) faults.push(`« ${around} » (after «)`);
		if (ch === '»' && !NBSP.test(before)) faults.push(`« ${around} » (before »)`);
	}
	return faults;
}

describe('French pages follow French typography', () => {
	it.each(localePages('fr'))(
		'puts a no-break space before : ; ! ? and inside « » on /fr/%s',
		(slug) => {
			const texts = proseTexts(content(parsePage(`/fr/${slug ? slug + '/' : ''}`)));
			expect(texts.flatMap(typographyFaults)).toEqual([]);
		}
	);

	// Astro turns ' into ’ in the body but not in front matter, which feeds the <h1>, <title>, the
	// sidebar, prev/next links and the description: they are typed with ’ and their spaces by hand.
	const frontMatter = mdxPages()
		.filter((page) => page.locale === 'fr')
		.flatMap((page) =>
			['title', 'description']
				.filter((key) => page.frontmatter[key])
				.map((key) => ({
					where: `${page.file} ${key}`,
					text: page.frontmatter[key].replace(/^["']|["']$/g, ''),
				}))
		);

	it('types titles and descriptions with ’ and French spaces', () => {
		expect(frontMatter.length).toBeGreaterThan(30);
		const faults = frontMatter.flatMap(({ where, text }) => [
			...(text.includes("'") ? [`${where}: straight apostrophe in « ${text} »`] : []),
			...typographyFaults(text).map((f) => `${where}: ${f}`),
		]);
		expect(faults).toEqual([]);
	});

	// The tools' sentences are made by scripts after the page loads: the page test never sees them.
	// Snippet comments are code, where a no-break space would be an invisible character to trip on;
	// quoted log lines (« wandb: … ») and URLs are literal text.
	it('types the tools’ French sentences with ’ and French spaces (code comments excepted)', () => {
		const strings = Object.entries(fr as Record<string, string>).filter(
			([key]) => !key.startsWith('snippet.') && !key.startsWith('check.script.')
		);
		expect(strings.length).toBeGreaterThan(200);
		const faults = strings.flatMap(([key, text]) => [
			...(text.includes("'") ? [`${key}: straight apostrophe`] : []),
			...typographyFaults(
				text
					.replace(/\?[\w=…&.]+/g, '')
					.replace(/«\u00a0[^»]*\u00a0»/g, '«\u00a0…\u00a0»')
					.replace(/\bhost:port\b/g, '')
			).map((f) => `${key}: ${f}`),
		]);
		expect(faults).toEqual([]);
	});

	it('catches a plain space before a colon (the check itself works)', () => {
		expect(typographyFaults('Attention : ceci')).toHaveLength(1);
		expect(typographyFaults('Attention\u00a0: ceci, voir https://wandb.ai')).toEqual([]);
	});
});
