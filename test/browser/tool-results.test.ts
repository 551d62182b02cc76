// What readers see of the tools' results: the nodes the scripts create are styled, a diagnosis
// is announced and focused, and a copy that fails says so instead of claiming it worked.
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { newContext, useBrowser } from '../support/browser';
import { format } from '../../src/lib/messages';
import en from '../../src/content/i18n/en.json';

const siteUrl = inject('siteUrl');
const session = useBrowser();
const LOG = [
	'wandb: Currently logged in as: alice (alice-uni) to https://api.wandb.ai. Use `wandb login --relogin` to force relogin',
	'    run = wandb.init(entity="my-awesome-team-name", project="vision")',
	'wandb: ERROR Error uploading run: returned error 403: {"data":{"upsertBucket":null},"errors":[{"message":"permission denied","path":["upsertBucket"],"extensions":{"code":"PERMISSION_ERROR"}}]}',
].join('\n');

/** A browser whose clipboard refuses every write, as over plain http or with the permission denied. */
async function refusingClipboard(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
		});
	});
}

describe('the log doctor’s result', () => {
	it('wraps its evidence and its facts on a phone', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${siteUrl}en/doctor/`);
		await page.locator('w403-log-doctor textarea').fill(LOG);
		await page.locator('w403-log-doctor [data-causes] pre').first().waitFor();
		const blocks = await page
			.locator('w403-log-doctor [data-causes] pre, w403-log-doctor [data-facts] dd')
			.evaluateAll((nodes) =>
				nodes.map((n) => ({
					tag: n.tagName,
					whiteSpace: getComputedStyle(n).whiteSpace,
					overflows: n.scrollWidth > n.clientWidth + 1,
					margin: getComputedStyle(n).marginInlineStart,
				}))
			);
		expect(blocks.filter((b) => b.overflows)).toEqual([]);
		expect(blocks.filter((b) => b.tag === 'PRE').every((b) => b.whiteSpace === 'pre-wrap')).toBe(
			true
		);
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
		).toBe(true);
		await context.close();
	});

	it.each([
		[390, 'en'],
		[1366, 'en'],
		[1366, 'fr'],
	])('lines each fact’s label up with its value, at %i px (/%s/)', async (width, locale) => {
		const context = await newContext(session.browser);
		onTestFinished(() => context.close());
		const page = await context.newPage();
		await page.setViewportSize({ width, height: 900 });
		await page.goto(`${siteUrl}${locale}/doctor/`);
		// A short log: most facts read "not shown in the log", the case where rows drifted apart (one
		// fact shown: with none, the list gives way to a single sentence).
		await page
			.locator('w403-log-doctor textarea')
			.fill(
				'wandb: Currently logged in as: alice. Use `wandb login --relogin` to force relogin\nwandb: ERROR permission denied'
			);
		await page.locator('w403-log-doctor [data-facts] dd').first().waitFor();
		const offsets = await page.locator('w403-log-doctor [data-facts] dt').evaluateAll((terms) =>
			terms.map((dt) => {
				const term = dt.getBoundingClientRect();
				const value = dt.nextElementSibling!.getBoundingClientRect();
				return {
					label: dt.textContent,
					beside: value.left >= term.right,
					offset: Math.round(value.top - (value.left >= term.right ? term.top : term.bottom)),
				};
			})
		);
		expect(offsets.length).toBeGreaterThan(5);
		// Side by side, label and value start on the same line; stacked (a phone), the value starts below its label.
		for (const { label, beside, offset } of offsets) {
			if (beside) expect(Math.abs(offset), label).toBeLessThanOrEqual(2);
			else expect(offset, label).toBeGreaterThanOrEqual(-2);
		}
	});

	it('announces the diagnosis, and an explicit Diagnose takes the reader to it', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/doctor/`);
		await page.locator('w403-log-doctor textarea').fill(LOG);
		await page.locator('w403-log-doctor button[type="submit"]').click();
		const announced = format(en['doctor.announce'], { cause: en['cause.wrong-entity'] });
		await expect
			.poll(() => page.locator('w403-log-doctor [data-note][role="status"]').textContent())
			.toBe(announced);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('w403-diagnosis');
		await context.close();
	});

	it('says the summary was not copied when the clipboard refuses, and shows it selected to copy by hand', async () => {
		const context = await newContext(session.browser);
		await refusingClipboard(context);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/doctor/`);
		await page.locator('w403-log-doctor textarea').fill(LOG);
		await page.locator('w403-log-doctor [data-copy-summary]').click();
		await expect
			.poll(() => page.locator('w403-log-doctor [data-note]').textContent())
			.toBe(en['doctor.summaryNotCopied']);
		const summary = page.locator('w403-log-doctor [data-summary]');
		expect(await summary.isVisible()).toBe(true);
		expect(await summary.textContent()).toContain(en['doctor.summaryTitle']);
		expect(await page.evaluate(() => String(getSelection()))).toContain(en['doctor.summaryTitle']);
		await context.close();
	});
});

describe('the name checker’s result', () => {
	it('colours errors and warnings apart from the text around them', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/causes/wrong-entity/`);
		const checker = page.locator('w403-name-checker');
		await checker.locator('input[name="entity"]').fill('Acme');
		await checker.locator('input[name="project"]').fill('a/b');
		await checker.locator('.w403-warning strong').first().waitFor();
		const colours = await checker.evaluate((el) => {
			const colour = (selector: string) => getComputedStyle(el.querySelector(selector)!).color;
			return {
				error: colour('.w403-error strong'),
				warning: colour('.w403-warning strong'),
				text: colour('.w403-error'),
			};
		});
		expect(colours.error).not.toBe(colours.text);
		expect(colours.warning).not.toBe(colours.text);
		expect(colours.warning).not.toBe(colours.error);
		await context.close();
	});

	it('says the link was not copied when the clipboard refuses, and gives it to copy by hand', async () => {
		const context = await newContext(session.browser);
		await refusingClipboard(context);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/causes/wrong-entity/`);
		const checker = page.locator('w403-name-checker');
		await checker.locator('input[name="entity"]').fill('acme-ml');
		await checker.locator('input[name="project"]').fill('vision');
		await checker.locator('[data-copy-link]').click();
		await expect
			.poll(() => checker.locator('[data-link-note]').textContent())
			.toContain(en['tool.linkNotCopied'].split('{{')[0]);
		expect(await checker.locator('[data-link-note]').textContent()).toContain('entity=acme-ml');
		await context.close();
	});
});

describe('the support desk', () => {
	it('says the reply was not copied when the clipboard refuses, and leaves it selected', async () => {
		const context = await newContext(session.browser);
		await refusingClipboard(context);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/support/`);
		const desk = page.locator('w403-support-desk');
		await desk.locator('[name="entity"]').fill('acme-ml');
		await desk.locator('[name="section"]').selectOption('not-a-member');
		await desk.locator('button[type="submit"]').click();
		await desk.locator('[data-copy-reply]').click();
		await expect.poll(() => desk.locator('[data-note]').textContent()).toBe(en['desk.notCopied']);
		expect(
			await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).selectionEnd > 0)
		).toBe(true);
		await context.close();
	});
});

describe('the tools’ buttons', () => {
	it('sit on one line at the same height', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/doctor/`);
		await page.locator('w403-log-doctor textarea').fill(LOG);
		await page.locator('w403-log-doctor [data-copy-summary]').waitFor();
		const boxes = await page
			.locator('w403-log-doctor .w403-actions button')
			.evaluateAll((buttons) =>
				buttons
					.map((b) => b.getBoundingClientRect())
					.map((r) => ({ top: Math.round(r.top), height: Math.round(r.height) }))
			);
		expect(boxes).toHaveLength(2);
		expect(boxes[1]).toEqual(boxes[0]);
		await context.close();
	});
});

describe('code blocks on a phone', () => {
	it('start a wrapped line’s continuation further in than the line itself', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${siteUrl}en/causes/wrong-entity/`);
		const offsets = await page.locator('.expressive-code .ec-line .code').evaluateAll((lines) =>
			lines
				.map((line) => {
					const range = document.createRange();
					range.selectNodeContents(line);
					const rects = [...range.getClientRects()].filter((r) => r.width > 0);
					const rows: number[] = [];
					const tops: number[] = [];
					for (const r of rects) {
						const row = tops.findIndex((top) => Math.abs(top - r.top) < 4);
						if (row < 0) {
							tops.push(r.top);
							rows.push(r.left);
						} else rows[row] = Math.min(rows[row], r.left);
					}
					return rows.length > 1 ? rows[1] - rows[0] : null;
				})
				.filter((offset): offset is number => offset !== null)
		);
		expect(offsets.length).toBeGreaterThan(3);
		expect(offsets.filter((offset) => offset <= 0)).toEqual([]);
		await context.close();
	});
});

describe('an API key that reached a link', () => {
	const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
	it('is not carried by a short link, and leaves the address bar of the page it opens', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}go/wrong-entity/?entity=acme&project=${KEY}`);
		await page.waitForURL(/\/en\/causes\/wrong-entity\//);
		expect(page.url()).not.toContain(KEY);
		expect(new URL(page.url()).search).toBe('?entity=acme');
		await page.goto(`${siteUrl}en/causes/wrong-entity/?entity=acme&project=${KEY}#confirm`);
		await expect.poll(() => page.url()).not.toContain(KEY);
		expect(new URL(page.url()).hash).toBe('#confirm');
		// The checker still shows what the link held, flagged.
		expect(await page.locator('w403-name-checker [data-problems]').textContent()).toContain(
			'API key'
		);
		await context.close();
	});
});

describe('large logs in the doctor', () => {
	it('reads a file too large to read whole from both ends, and says so', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/doctor/`);
		const [login, , error] = LOG.split('\n');
		// The file is made in the page (sending 13 MB through the DevTools protocol took most of
		// this test's time) and handed to the file input as a reader's choice would be.
		await page.locator('w403-log-doctor input[type="file"]').evaluate(
			(input: HTMLInputElement, [login, error]) => {
				const filler = 'INFO step ok\n'.repeat(1_000_000); // 13 MB between the login line and the error
				const files = new DataTransfer();
				files.items.add(
					new File([`${login}\n${filler}${error}\n`], 'train.log', { type: 'text/plain' })
				);
				input.files = files.files;
				input.dispatchEvent(new Event('change', { bubbles: true }));
			},
			[login, error]
		);
		await page.locator('w403-log-doctor :is([data-causes], [data-suspects]) li').first().waitFor();
		expect(await page.locator('w403-log-doctor [data-facts]').innerText()).toContain(
			'PERMISSION_ERROR'
		);
		expect(await page.locator('w403-log-doctor [data-facts]').innerText()).toContain('alice');
		expect(await page.locator('w403-log-doctor [data-note]').textContent()).toMatch(
			new RegExp(
				`^${format(en['doctor.tooBig'], { size: '12.4', head: 2, tail: 8 }).replace(/[.]/g, '\\.')} `
			)
		);
		await context.close();
	});

	it('diagnoses a very large paste on request only, so typing in it stays quick', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/doctor/`);
		const textarea = page.locator('w403-log-doctor textarea');
		expect(await textarea.evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
		// Set as a paste would, in one input event (typing 650 KB key by key is not the case here).
		await textarea.evaluate(
			(el: HTMLTextAreaElement, text) => {
				el.value = text;
				el.dispatchEvent(new Event('input', { bubbles: true }));
			},
			`${'INFO step ok\n'.repeat(50_000)}${LOG}`
		);
		await expect
			.poll(() => page.locator('w403-log-doctor [data-note]').textContent())
			.toBe(en['doctor.large']);
		await page.waitForTimeout(400);
		expect(await page.locator('w403-log-doctor [data-result]').isHidden()).toBe(true);
		await page.locator('w403-log-doctor button[type="submit"]').click();
		await page.locator('w403-log-doctor :is([data-causes], [data-suspects]) li').first().waitFor();
		await context.close();
	});
});

describe('the checker’s format tabs on a phone', () => {
	it('are all visible at 360 px, none hidden behind a scroll', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.setViewportSize({ width: 360, height: 780 });
		await page.goto(`${siteUrl}fr/causes/wrong-entity/`);
		const tabs = page.locator('w403-name-checker [role="tab"]');
		expect(await tabs.count()).toBe(6);
		const outside = await tabs.evaluateAll((links) =>
			links
				.filter((a) => {
					const r = a.getBoundingClientRect();
					const box = a.closest('.tablist-wrapper')!.getBoundingClientRect();
					return r.left < box.left - 1 || r.right > box.right + 1;
				})
				.map((a) => a.textContent?.trim())
		);
		expect(outside).toEqual([]);
		await context.close();
	});
});

describe('fields where names are compared character by character', () => {
	it('use a monospaced font (l and 1, O and 0 apart)', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/causes/wrong-entity/`);
		const families = await page
			.locator('w403-name-checker input')
			.evaluateAll((inputs) => inputs.map((input) => getComputedStyle(input).fontFamily));
		await page.goto(`${siteUrl}en/doctor/`);
		families.push(
			await page
				.locator('w403-log-doctor textarea')
				.evaluate((el) => getComputedStyle(el).fontFamily)
		);
		for (const family of families) expect(family).toMatch(/mono/i);
		await context.close();
	});
});

describe('on a French phone', () => {
	it('gives the doctor’s values room to be read beside their long labels', async () => {
		const context = await newContext(session.browser, 'fr-FR');
		const page = await context.newPage();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${siteUrl}fr/doctor/`);
		await page.locator('w403-log-doctor textarea').fill(LOG);
		await page.locator('w403-log-doctor [data-facts] dd').first().waitFor();
		const widths = await page
			.locator('w403-log-doctor [data-facts] dd')
			.evaluateAll((dds) => dds.map((dd) => dd.getBoundingClientRect().width));
		expect(Math.min(...widths)).toBeGreaterThan(120);
		await context.close();
	});

	it('shows the whole “not copied” message when the clipboard refuses', async () => {
		const context = await newContext(session.browser, 'fr-FR');
		await refusingClipboard(context);
		const page = await context.newPage();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${siteUrl}fr/doctor/`);
		await page.locator('w403-log-doctor textarea').fill(LOG);
		await page.locator('w403-log-doctor [data-copy-summary]').click();
		const note = page.locator('w403-log-doctor [data-note]');
		await expect.poll(() => note.textContent()).toContain('Rien n’a été copié');
		const place = await note.evaluate((el) => ({
			top: el.getBoundingClientRect().top,
			bottom: el.getBoundingClientRect().bottom,
			header: document.querySelector('header.header')!.getBoundingClientRect().bottom,
			height: innerHeight,
		}));
		expect(place.top).toBeGreaterThanOrEqual(place.header);
		expect(place.bottom).toBeLessThanOrEqual(place.height);
		await context.close();
	});

	it('wraps the access check’s long script lines on a phone instead of hiding their ends', async () => {
		const context = await newContext(session.browser);
		onTestFinished(() => context.close());
		const page = await context.newPage();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${siteUrl}fr/access-check/`);
		const script = page.locator('#w403-check-script');
		expect(await script.evaluate((pre) => pre.scrollWidth <= pre.clientWidth + 1)).toBe(true);
		// A wrapped line continues further in than its own text starts, so Python's indentation reads right.
		const offsets = await script.evaluate((pre) =>
			[...pre.querySelectorAll('.w403-line')].flatMap((line) => {
				const text = line.firstChild!;
				const indent = /^ */.exec(text.textContent ?? '')![0].length;
				const range = document.createRange();
				range.setStart(text, indent);
				range.setEnd(text, (text.textContent ?? '').trimEnd().length);
				const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
				return rects.length > 1 ? [rects[1].left - rects[0].left] : [];
			})
		);
		expect(offsets.length).toBeGreaterThan(10);
		expect(Math.min(...offsets)).toBeGreaterThan(0);
	});

	it('brings the reader back to the access check’s script when it is closed from its end', async () => {
		const context = await newContext(session.browser, 'fr-FR');
		const page = await context.newPage();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${siteUrl}fr/access-check/`);
		const toggle = page.locator('w403-name-checker button[data-show-all]');
		await toggle.click();
		await toggle.scrollIntoViewIfNeeded();
		await toggle.click();
		const box = await page.locator('w403-name-checker pre.w403-script').evaluate((el) => ({
			top: el.getBoundingClientRect().top,
			bottom: el.getBoundingClientRect().bottom,
			height: innerHeight,
		}));
		expect(box.bottom).toBeGreaterThan(0);
		expect(box.top).toBeLessThan(box.height);
		await context.close();
	});
});
