// axe-core in a page, as every accessibility test here runs it: WCAG 2.2 AA, one frame at a
// time, the experimental label-in-name rule on, violations only.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The violations axe finds, one line each (`rule: target | target`); [] when there are none.
 * `include`: a selector to check instead of the whole page; `rules`: these rules instead of WCAG 2.2 AA.
 */
export async function axeViolations(
	page: Page,
	{ include, rules }: { include?: string; rules?: string[] } = {}
): Promise<string[]> {
	let builder = new AxeBuilder({ page }).setLegacyMode(true).options({
		// Experimental in axe, so off by default; Starlight's search button failed it.
		rules: { 'label-content-name-mismatch': { enabled: true } },
		// Violations in full; passes and the like (unused here) cut short, which halves axe's time.
		resultTypes: ['violations'],
	});
	if (include) builder = builder.include(include);
	builder = rules ? builder.withRules(rules) : builder.withTags(WCAG_22_AA);
	const results = await builder.analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`
	);
}
