// Values crafted by anyone, arriving through a link or a paste: they are data, never code
// or markup. Each test checks that nothing ran (no flag set, no dialog, no CSP report),
// that no element was made from the value, that the page still answers, and that the
// reader sees the value as the text it is.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, useBrowser } from '../support/browser';
import { watchContext } from '../support/page-watch';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const session = useBrowser();

const RAN = 'window.__pwned=1';
const PAYLOADS = {
	'an img with onerror': `<img src=x onerror="${RAN}">`,
	'a script element': `<script>${RAN}</script>`,
	'an attribute break-out': `"><svg onload=${RAN}>`,
	'a javascript: URL': `javascript:${RAN}//`,
	'an RTL override': 'acme\u202Elm-gnp',
};
type PayloadName = keyof typeof PAYLOADS;

async function open(path: string) {
	const context = await newContext(session.browser);
	const watch = await watchContext(context, origin);
	const page = await context.newPage();
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	await page.goto(siteUrl + path);
	return { context, page, watch, dialogs };
}

/** Nothing ran, nothing became an element, the page answers. */
async function expectInert(page: Page, dialogs: string[], problems: string[]) {
	expect(
		await page.evaluate(() => (window as Window & { __pwned?: number }).__pwned)
	).toBeUndefined();
	expect(dialogs).toEqual([]);
	expect(await page.locator('[onerror], [onload], svg[onload], main img[src="x"]').count()).toBe(0);
	expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
	expect(problems).toEqual([]);
	expect(await page.evaluate(() => 6 * 7)).toBe(42);
}

/** Sets a field's value inside the page (long or unpaired text would be slow or mangled over the protocol). */
async function setValue(page: Page, selector: string, build: string) {
	await page.evaluate(
		({ selector, build }) => {
			const field = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
			// `build` is this file's own expression (e.g. "'a'.repeat(5e6)"), made in the page.
			// eslint-disable-next-line @typescript-eslint/no-implied-eval
			field.value = (new Function(`return ${build}`) as () => string)();
			field.dispatchEvent(new Event('input', { bubbles: true }));
		},
		{ selector, build }
	);
}

describe('hostile values in a link', () => {
	it.each(Object.keys(PAYLOADS) as PayloadName[])(
		'the checker shows %s from the query string as text',
		async (name) => {
			const value = PAYLOADS[name];
			const query = new URLSearchParams({ entity: value, project: value, host: value }).toString();
			const { context, page, watch, dialogs } = await open(`en/causes/wrong-entity/?${query}`);
			const tool = page.locator('w403-name-checker').first();
			await expect.poll(() => tool.locator('input[name="entity"]').inputValue()).toBe(value);
			expect(await tool.locator('input[name="project"]').inputValue()).toBe(value);
			await tool.locator('[data-problems] li').first().waitFor();
			// The snippet keeps its placeholders while a value has errors, so nothing of the value is code.
			expect(
				await tool
					.locator('[role="tabpanel"]:not([hidden]) [data-snippet]:not([hidden])')
					.innerText()
			).not.toContain('__pwned');
			await expectInert(page, dialogs, await watch.problems());
			await context.close();
		}
	);

	it('a short link passes hostile values on as data, into the same checker', async () => {
		const value = PAYLOADS['an img with onerror'];
		const { context, page, watch, dialogs } = await open(
			`go/wrong-entity/?${new URLSearchParams({ entity: value, project: 'p"><b>x' })}`
		);
		await page.waitForURL(/\/en\/causes\/wrong-entity\//);
		const tool = page.locator('w403-name-checker').first();
		await expect.poll(() => tool.locator('input[name="entity"]').inputValue()).toBe(value);
		expect(await tool.locator('input[name="project"]').inputValue()).toBe('p"><b>x');
		await expectInert(page, dialogs, await watch.problems());
		await context.close();
	});

	it('a lone surrogate in the query (invalid UTF-8) arrives as U+FFFD and is flagged, not dropped', async () => {
		const { context, page, watch, dialogs } = await open(
			'en/causes/wrong-entity/?entity=acme%ED%A0%80&project=demo'
		);
		const tool = page.locator('w403-name-checker').first();
		await expect
			.poll(() => tool.locator('input[name="entity"]').inputValue())
			.toBe('acme\uFFFD\uFFFD\uFFFD');
		await expectInert(page, dialogs, await watch.problems());
		await context.close();
	});

	it('a 1 MB value in the query leaves the checker responsive', async () => {
		const context = await newContext(session.browser);
		const watch = await watchContext(context, origin);
		const page = await context.newPage();
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => void dialogs.push(dialog.message()));
		// Static hosts refuse request lines this long (431), so the page is served from the
		// address without the query: what is tested is the page reading a 1 MB location.search.
		await page.route(/\/en\/causes\/wrong-entity\/\?/, async (route) => {
			const response = await route.fetch({ url: `${siteUrl}en/causes/wrong-entity/` });
			await route.fulfill({ response });
		});
		const big = 'a'.repeat(1 << 20);
		await page
			.goto(`${siteUrl}en/causes/wrong-entity/?entity=${big}&project=demo`)
			.catch((error: Error) => {
				throw new Error(error.message.slice(0, 200));
			});
		const tool = page.locator('w403-name-checker').first();
		await expect
			.poll(() =>
				tool.locator('input[name="entity"]').evaluate((el: HTMLInputElement) => el.value.length)
			)
			.toBe(1 << 20);
		await tool.locator('[data-problems] li').first().waitFor();
		await tool.locator('input[name="entity"]').fill('acme-ml');
		await expect.poll(() => tool.locator('[data-problems] li').count()).toBe(0);
		await expectInert(page, dialogs, await watch.problems());
		await context.close();
	});
});

describe('hostile values typed or pasted', () => {
	it('the checker flags a typed lone surrogate and an RTL override as invisible characters', async () => {
		const { context, page, watch, dialogs } = await open('fr/causes/wrong-entity/');
		const tool = page.locator('w403-name-checker').first();
		// On screen, as for a reader typing there (off-screen, the tool is not rendered yet).
		await tool.scrollIntoViewIfNeeded();
		await setValue(page, 'w403-name-checker input[name="entity"]', '"acme\\uD800"');
		await setValue(page, 'w403-name-checker input[name="project"]', '"demo\\u202Etxt"');
		await expect
			.poll(() => tool.locator('[data-problems] li').allInnerTexts())
			.toEqual([expect.stringContaining('U+D800'), expect.stringContaining('U+202E')]);
		await expectInert(page, dialogs, await watch.problems());
		await context.close();
	});

	it.each(Object.keys(PAYLOADS) as PayloadName[])(
		'the doctor shows %s from a pasted log as text',
		async (name) => {
			const value = PAYLOADS[name];
			const log = [
				`wandb: Currently logged in as: ${value} to https://api.wandb.ai. Use \`wandb login --relogin\` to force relogin`,
				`    run = wandb.init(entity=${JSON.stringify(value)}, project="demo")`,
				// A line that points to a cause, so the payload is shown as that cause's evidence.
				`wandb: WARNING Ignoring entity '${value}' when running a sweep.`,
				`wandb: ERROR Error uploading run: returned error 403: {"errors":[{"message":"permission denied ${value.replace(/"/g, '\\"')}","path":["upsertBucket"]}]}`,
			].join('\n');
			const { context, page, watch, dialogs } = await open('en/doctor/');
			await page.locator('w403-log-doctor textarea').fill(log);
			await page
				.locator('w403-log-doctor :is([data-causes], [data-suspects]) li')
				.first()
				.waitFor();
			const shown = await page.locator('w403-log-doctor [data-result]').innerText();
			expect(shown).toContain(value.includes('\u202E') ? 'acme' : value.slice(0, 12));
			await expectInert(page, dialogs, await watch.problems());
			await context.close();
		}
	);

	it('the support desk builds its link from our origin whatever is typed', async () => {
		const { context, page, watch, dialogs } = await open('en/support/');
		const desk = page.locator('w403-support-desk');
		await desk.locator('[name="entity"]').fill(PAYLOADS['a javascript: URL']);
		await desk.locator('[name="project"]').fill(PAYLOADS['a script element']);
		await desk.locator('[name="section"]').selectOption('wrong-entity');
		await desk.locator('button[type="submit"]').click();
		const href = await desk.locator('[data-link]').getAttribute('href');
		if (href !== null) expect(new URL(href).origin).toBe(origin);
		expect(await desk.locator('[data-problems] li, [data-link]').count()).toBeGreaterThan(0);
		await expectInert(page, dialogs, await watch.problems());
		await context.close();
	});
});
