// Starlight's search, driven the way a reader uses it: open the dialog, type, read the results.
import type { Page } from 'playwright-core';

// Starlight mounts Pagefind's UI from a requestIdleCallback after DOMContentLoaded. Search tests
// run one page at a time (their files run alone, their tests in order), and no test retries: if the
// box does not appear, the error says what the page had done by then.

/** Searches from Starlight's dialog and returns the path of each result. */
export async function searchSite(page: Page, query: string): Promise<string[]> {
	await page.locator('button[data-open-modal]').click();
	const input = page.locator('#starlight__search input');
	await input.waitFor({ timeout: 20_000 }).catch(async () => {
		const seen = await page.evaluate(() => ({
			readyState: document.readyState,
			dialogOpen: document.querySelector('dialog[aria-label]')?.hasAttribute('open') ?? false,
			pagefindRequested: performance
				.getEntriesByType('resource')
				.some((entry) => entry.name.includes('/pagefind/')),
		}));
		throw new Error(
			`after a click on Search, Pagefind’s search box did not appear within 20 s (${JSON.stringify(seen)})`
		);
	});
	await input.fill(query);
	const results = page.locator('.pagefind-ui__result-link');
	await results.first().waitFor({ timeout: 15_000 });
	return results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}
