import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, useBrowser } from '../support/browser';
import { watchContext } from '../support/page-watch';
import { searchSite } from '../support/search';
import { LOCALES } from '../../src/lib/locale';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;

const session = useBrowser();

/** Opens a page the way a reader does (headers from _headers included) and reports what went wrong. */
async function visit(
	path: string,
	act?: (page: Page) => Promise<void>,
	locale = 'en-US'
): Promise<{ problems: string[]; headers: Record<string, string> }> {
	const context = await newContext(session.browser, locale);
	const watch = await watchContext(context, origin);
	try {
		const page = await context.newPage();
		const response = await page.goto(siteUrl + path, { waitUntil: 'load' });
		if (act) await act(page);
		return { problems: await watch.problems(), headers: response?.headers() ?? {} };
	} finally {
		// Also when `act` fails, so that the next test does not share the machine with this page.
		await context.close();
	}
}

// Every page is loaded and watched in every-page.test.ts; here, the tools at work.
describe('the Content-Security-Policy', () => {
	it.each([...LOCALES])(
		'lets search, the checker and the doctor work in /%s/ without a violation',
		async (locale) => {
			const search = await visit(`${locale}/`, async (page) => {
				expect(await searchSite(page, 'PERMISSION_ERROR')).not.toEqual([]);
			});
			expect(search.problems).toEqual([]);

			const checker = await visit(
				`${locale}/causes/wrong-entity/?entity=my-team&project=demo`,
				async (page) => {
					const tool = page.locator('w403-name-checker').first();
					await tool.locator('input[name="entity"]').fill('my-awesome-team-name');
					await tool.locator('[data-problems] li').first().waitFor();
					await tool.getByRole('tab').nth(2).click();
				}
			);
			expect(checker.problems).toEqual([]);

			const doctor = await visit(`${locale}/doctor/`, async (page) => {
				await page
					.locator('w403-log-doctor textarea')
					.fill(
						'wandb: ERROR Error uploading run: returned error 403: {"errors":[{"message":"permission denied"}]}'
					);
				await page
					.locator('w403-log-doctor :is([data-causes], [data-suspects]) li a')
					.first()
					.waitFor();
			});
			expect(doctor.problems).toEqual([]);
		}
	);

	it('reports an injected inline script as a violation (the watch itself works)', async () => {
		const { problems } = await visit('en/', async (page) => {
			await page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'window.__ran = true';
				document.body.append(script);
			});
			expect(
				await page.evaluate(() => (window as Window & { __ran?: boolean }).__ran)
			).toBeUndefined();
			// The violation event is dispatched asynchronously.
			await page.waitForFunction(() => (window.__w403Violations ?? []).length > 0);
		});
		expect(problems.join('\n')).toMatch(/CSP script-src/);
	});
});
