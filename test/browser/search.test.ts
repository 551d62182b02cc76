import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { newContext, useBrowser } from '../support/browser';
import { searchSite } from '../support/search';
import { LOCALES } from '../../src/lib/locale';

const siteUrl = inject('siteUrl');
const session = useBrowser();
// What SDK 0.20.0 to 0.26.0 print for a real 403 (sdk-output.ts), pasted whole.
const JSON_LINE =
	'wandb: ERROR Error uploading run: returned error 403: {"data":{"upsertBucket":null},"errors":[{"message":"permission denied","path":["upsertBucket"],"extensions":{"code":"PERMISSION_ERROR"}}]}';

describe('site search finds a pasted error line', () => {
	it.each([
		['en', 'PERMISSION_ERROR'],
		['fr', 'PERMISSION_ERROR'],
		['en', 'failed to upsert bucket'],
		['fr', 'failed to upsert bucket'],
	])('in /%s/, searching “%s” lists pages of that language', async (locale, query) => {
		const context = await newContext(session.browser);
		onTestFinished(() => context.close());
		const page = await context.newPage();
		await page.goto(`${siteUrl}${locale}/`);
		const hrefs = await searchSite(page, query);
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(href).toMatch(new RegExp(`/${locale}/`));
	});

	it.each([
		['en', 390, 844],
		['fr', 1366, 900],
	])(
		'in /%s/ at %i px, a whole 403 line lists a page about the 403 first, its echo stays out of the box and the results, and the doctor is offered with the line',
		async (locale, width, height) => {
			const context = await newContext(session.browser);
			onTestFinished(() => context.close());
			const page = await context.newPage();
			await page.setViewportSize({ width, height });
			await page.goto(`${siteUrl}${locale}/causes/not-a-member/`);
			const hrefs = await searchSite(page, JSON_LINE);
			// The start page or the error reference, not the look-alikes page (review F10).
			expect(hrefs[0]).toMatch(new RegExp(`/${locale}/(?:reference/error-messages/)?$`));
			const boxes = await page.evaluate(() => {
				const rect = (selector: string) =>
					document.querySelector(selector)!.getBoundingClientRect();
				const message = document.querySelector('#starlight__search .pagefind-ui__message')!;
				return {
					input: rect('#starlight__search input').bottom,
					message: rect('#starlight__search .pagefind-ui__message'),
					first: rect('.pagefind-ui__result').top,
					overflows:
						message.scrollHeight > message.clientHeight + 1 &&
						getComputedStyle(message).overflow !== 'hidden',
				};
			});
			expect(boxes.message.top).toBeGreaterThanOrEqual(boxes.input);
			expect(boxes.message.bottom).toBeLessThanOrEqual(boxes.first);
			expect(boxes.overflows).toBe(false);
			const shortcut = page.locator('.w403-search-doctor');
			await expect.poll(() => shortcut.isVisible()).toBe(true);
			await shortcut.click();
			await page.waitForURL(`**/${locale}/doctor/`);
			// The line arrives in the doctor, is diagnosed, and the diagnosis has the focus; the URL never held it.
			await expect.poll(() => page.locator('textarea').inputValue()).toBe(JSON_LINE);
			await expect
				.poll(() => page.evaluate(() => document.activeElement?.id))
				.toBe('w403-diagnosis');
			expect(page.url()).not.toContain('upsertBucket');
		}
	);

	it('in /fr/, speaks French in its results message and its clear button', async () => {
		const context = await newContext(session.browser);
		onTestFinished(() => context.close());
		const page = await context.newPage();
		await page.goto(`${siteUrl}fr/`);
		await searchSite(page, 'équipe');
		await expect
			.poll(() => page.locator('#starlight__search .pagefind-ui__message').textContent())
			.toMatch(/^\d+ résultats? pour équipe$/);
		expect(await page.locator('#starlight__search .pagefind-ui__search-clear').textContent()).toBe(
			'Effacer'
		);
	});

	it.each([...LOCALES])(
		'in /%s/, a search of plain words offers no doctor shortcut',
		async (locale) => {
			const context = await newContext(session.browser);
			onTestFinished(() => context.close());
			const page = await context.newPage();
			await page.goto(`${siteUrl}${locale}/`);
			await searchSite(page, 'team');
			await expect
				.poll(() => page.locator('#starlight__search .pagefind-ui__result').count())
				.toBeGreaterThan(0);
			expect(await page.locator('.w403-search-doctor').isVisible()).toBe(false);
		}
	);
});
