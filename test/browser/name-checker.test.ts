import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe';
import type { BrowserContext, Page } from 'playwright-core';
import en from '../../src/content/i18n/en.json';
import fr from '../../src/content/i18n/fr.json';
import { generateSnippet, SNIPPET_FORMATS, snippetComments } from '../../src/lib/snippets';
import { copiedBy, newContext, useBrowser } from '../support/browser';
import { LOCALES } from '../../src/lib/locale';

const siteUrl = inject('siteUrl');
const PAGE = 'causes/wrong-entity/';
const WHITESPACE = en['problem.whitespace'].split(' (')[0];
const FORMAT_LABELS = ['Python', 'Notebook', 'Bash', 'PowerShell', '.env', 'wandb login'];

const session = useBrowser();

async function open(
	path: string,
	options: { locale?: string; javaScriptEnabled?: boolean } = {}
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await newContext(session.browser, options.locale ?? 'en-US', {
		javaScriptEnabled: options.javaScriptEnabled ?? true,
	});
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
		origin: new URL(siteUrl).origin,
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	(page as Page & { errors: string[] }).errors = errors;
	await page.goto(siteUrl + path);
	return { context, page };
}

const tool = (page: Page) => page.locator('w403-name-checker').first();
const field = (page: Page, name: string) => tool(page).locator(`input[name="${name}"]`);

/** The code a reader sees in the visible panel of the active tab. */
async function visibleCode(page: Page): Promise<string> {
	return tool(page)
		.locator('[role="tabpanel"]:not([hidden]) [data-snippet]:not([hidden]) .ec-line')
		.evaluateAll((lines) => lines.map((line) => line.textContent.replace(/\n$/, '')).join('\n'));
}

async function copyButtonCode(page: Page): Promise<string> {
	const code = await tool(page)
		.locator('[role="tabpanel"]:not([hidden]) [data-snippet]:not([hidden]) button[data-code]')
		.getAttribute('data-code');
	return (code ?? '').replace(/\u007f/g, '\n');
}

describe('the name checker on a guide page', () => {
	it('checks as you type and announces the result in a live region', async () => {
		const { context, page } = await open(`en/${PAGE}`);
		await field(page, 'entity').fill('my-awesome-team-name');
		await field(page, 'project').fill('runs?2024');
		const problems = tool(page).locator('[data-problems] li');
		await expect
			.poll(() => problems.allTextContents())
			.toEqual([expect.stringContaining('placeholder'), expect.stringContaining('“?”')]);
		expect(await field(page, 'project').getAttribute('aria-invalid')).toBe('true');
		// A placeholder is an error: it never goes into the code below.
		expect(await field(page, 'entity').getAttribute('aria-invalid')).toBe('true');
		const status = tool(page).locator('[data-status]');
		expect(await status.getAttribute('aria-live')).toBe('polite');
		// The live region says what is wrong and where, not only how many problems there are.
		await expect
			.poll(() => status.textContent())
			.toMatch(/^Errors: 2 · Warnings: 0\. Entity: .*placeholder/);
		expect(await tool(page).locator('[data-summary]').textContent()).toBe(
			'Errors: 2 · Warnings: 0'
		);
		// Each field is described by its own messages.
		const describedBy = async (name: string) =>
			(await field(page, name).getAttribute('aria-describedby'))?.split(' ') ?? [];
		const texts = async (ids: string[]) =>
			Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
		expect(await texts(await describedBy('entity'))).toEqual([
			expect.stringContaining('placeholder'),
		]);
		expect(await texts(await describedBy('project'))).toEqual([expect.stringContaining('“?”')]);
		expect(await field(page, 'host').getAttribute('aria-describedby')).toBeNull();
		await context.close();
	});

	it('keeps what follows in place when the result is announced after typing stops', async () => {
		const { context, page } = await open(`en/${PAGE}`);
		const tabs = tool(page).getByRole('tablist');
		const top = () => tabs.evaluate((list) => list.getBoundingClientRect().top + window.scrollY);
		await field(page, 'entity').fill('acme');
		await field(page, 'project').fill('vision');
		const before = await top();
		// The announcement comes a moment later: a tab about to be clicked must not move then.
		await expect
			.poll(() => tool(page).locator('[data-status]').textContent())
			.toBe(en['tool.allGood']);
		expect(await top()).toBe(before);
		await context.close();
	});

	it('does not flash a whitespace error at each space while a name is typed, and reports one left at the end', async () => {
		const { context, page } = await open(`en/${PAGE}`);
		await page.setViewportSize({ width: 390, height: 844 });
		const tabs = tool(page).getByRole('tablist');
		const top = () =>
			tabs.evaluate((list) => Math.round(list.getBoundingClientRect().top + window.scrollY));
		const messages = () => tool(page).locator('[data-problems]').textContent();
		await field(page, 'project').fill('vision');
		await field(page, 'entity').click();
		const seen: { text: string; top: number }[] = [];
		for (const key of 'acme research ') {
			await field(page, 'entity').press(key === ' ' ? 'Space' : key);
			seen.push({ text: (await messages()) ?? '', top: await top() });
		}
		expect(seen.filter((step) => step.text.includes(WHITESPACE))).toEqual([]);
		// The inner space is a warning from its first keystroke on, so the code below moves at most once.
		expect(new Set(seen.map((step) => step.top)).size).toBeLessThanOrEqual(2);
		// Leaving the field with the space still at the end: now it is reported.
		await page.keyboard.press('Tab');
		await expect.poll(messages).toContain(WHITESPACE);
		await context.close();
	});

	it.each([
		['en', 390],
		['fr', 1366],
	])(
		'says at the landing section what a link carried and leads to the checker (/%s/, %i px)',
		async (locale, width) => {
			const dict = locale === 'fr' ? fr : en;
			const { context, page } = await open(`${locale}/`);
			await page.setViewportSize({ width, height: 844 });
			await page.goto(`${siteUrl}${locale}/${PAGE}?entity=acme-research&project=vision#confirm`);
			const note = page.locator('.w403-landing');
			await expect.poll(() => note.count()).toBe(1);
			// Right under the heading the reader lands on, with the values, and visible without scrolling.
			expect(
				await note.evaluate((el) => el.previousElementSibling?.querySelector('h2, h3')?.id)
			).toBe('confirm');
			const text = (await note.textContent()) ?? '';
			expect(text).toContain('acme-research');
			expect(text).toContain('vision');
			expect(
				await note.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight)
			).toBe(true);
			await note.getByRole('link', { name: dict['tool.fromLinkGo'] }).click();
			await expect
				.poll(() =>
					field(page, 'entity').evaluate((el) => {
						const r = el.getBoundingClientRect();
						return r.top >= 0 && r.bottom <= window.innerHeight;
					})
				)
				.toBe(true);
			await context.close();
		}
	);

	it('adds no landing note on the checker’s own section, and never repeats an API key', async () => {
		const { context, page } = await open(`en/${PAGE}?entity=acme&project=vision#check-names`);
		await expect.poll(() => field(page, 'entity').inputValue()).toBe('acme');
		expect(await page.locator('.w403-landing').count()).toBe(0);
		const key = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
		await page.goto(`${siteUrl}en/${PAGE}?entity=${key}&project=vision#confirm`);
		await expect.poll(() => page.locator('.w403-landing').count()).toBe(1);
		expect(await page.locator('.w403-landing').textContent()).not.toContain(key.slice(0, 12));
		expect(await page.locator('.w403-landing').textContent()).toContain(
			en['tool.fromLinkNoValues']
		);
		// A value the checker refuses is announced with the note, not shown as if all were well.
		await page.goto(`${siteUrl}en/${PAGE}?entity=ac%E2%80%8Bme&project=vision#confirm`);
		await expect
			.poll(() => page.locator('.w403-landing').textContent())
			.toContain(en['tool.fromLinkFaulty']);
		await page.goto(`${siteUrl}en/${PAGE}?entity=acme&project=vision#confirm`);
		await expect.poll(() => page.locator('.w403-landing').count()).toBe(1);
		expect(await page.locator('.w403-landing').textContent()).not.toContain(
			en['tool.fromLinkFaulty']
		);
		await context.close();
	});

	it('turns a pasted W&B URL into entity and project with one click', async () => {
		const { context, page } = await open(`en/${PAGE}`);
		await field(page, 'entity').fill(
			'https://wandb.ai/acme-ml/vision/runs/abc123?workspace=user-x'
		);
		const apply = tool(page).locator('[data-apply]');
		await expect.poll(() => apply.textContent()).toBe('Use entity “acme-ml” and project “vision”');
		await apply.click();
		expect(await field(page, 'entity').inputValue()).toBe('acme-ml');
		expect(await field(page, 'project').inputValue()).toBe('vision');
		expect(await apply.isHidden()).toBe(true);
		expect(await visibleCode(page)).toContain('entity="acme-ml"');
		await context.close();
	});

	it.each(['wandb.ai/acme-ml/vision/runs/abc', 'www.wandb.ai/acme-ml/vision'])(
		'reads %s, an address without https://, as a URL and never offers its host as the entity',
		async (typed) => {
			const { context, page } = await open(`en/${PAGE}`);
			await field(page, 'entity').fill(typed);
			const apply = tool(page).locator('[data-apply]');
			await expect
				.poll(() => apply.textContent())
				.toBe('Use entity “acme-ml” and project “vision”');
			await apply.click();
			await expect
				.poll(() => tool(page).locator('[data-summary]').textContent())
				.toBe(en['tool.allGood']);
			expect(await visibleCode(page)).toContain('entity="acme-ml"');
			await context.close();
		}
	);

	it('offers a name with a zero-width space or full-width letters cleaned, in one click', async () => {
		const { context, page } = await open(`en/${PAGE}`);
		await field(page, 'project').fill('vision');
		for (const typed of ['ac\u200Bme', 'ａｃｍｅ']) {
			await field(page, 'entity').fill(typed);
			const apply = tool(page).locator('[data-apply]');
			await expect.poll(() => apply.textContent()).toBe('Use entity “acme” and project “vision”');
			await apply.click();
			expect(await field(page, 'entity').inputValue()).toBe('acme');
			await expect
				.poll(() => tool(page).locator('[data-summary]').textContent())
				.toBe(en['tool.allGood']);
		}
		await context.close();
	});

	it('keeps a placeholder out of the corrected code, from a link as from typing', async () => {
		const { context, page } = await open(
			`en/${PAGE}?entity=my-awesome-team-name&project=resnet-sweep#check-names`
		);
		await expect.poll(() => field(page, 'entity').getAttribute('aria-invalid')).toBe('true');
		expect(await visibleCode(page)).not.toContain('my-awesome-team-name');
		expect(await copyButtonCode(page)).not.toContain('my-awesome-team-name');
		expect(await tool(page).locator('[data-snippet-note]').isVisible()).toBe(true);
		await field(page, 'entity').fill('acme-ml');
		await expect.poll(() => visibleCode(page)).toContain('entity="acme-ml"');
		await context.close();
	});

	it.each([
		['ac\u200Bme', 'error'],
		['ａｃｍｅ', 'warning'],
		['acme team', 'warning'],
	])('does not pass %j as “no problem found”', async (entity, severity) => {
		const { context, page } = await open(`en/${PAGE}`);
		await field(page, 'project').fill('vision');
		await field(page, 'entity').fill(entity);
		await expect
			.poll(() => tool(page).locator(`[data-problems] li.w403-${severity}`).count())
			.toBe(1);
		if (severity === 'error') expect(await visibleCode(page)).not.toContain(entity);
		await context.close();
	});

	it('shows and copies exactly the code for the typed values, in every format', async () => {
		const { context, page } = await open(`en/${PAGE}`);
		for (const host of ['https://acme.wandb.io/', '']) {
			const values = { entity: `o'brien "lab"`, project: 'été-{x}-$HOME-`y`-🙂', host };
			for (const [name, value] of Object.entries(values)) await field(page, name).fill(value);
			for (const [i, format] of SNIPPET_FORMATS.entries()) {
				await tool(page).getByRole('tab', { name: FORMAT_LABELS[i], exact: true }).click();
				const expected = generateSnippet(format, values, snippetComments(en));
				expect(await visibleCode(page), `${format} ${host}`).toBe(expected);
				expect(await copyButtonCode(page), `${format} ${host}`).toBe(expected);
				// The values were swapped into the highlighted tokens: the colours are still there.
				const coloured = await tool(page)
					.locator(
						'[role="tabpanel"]:not([hidden]) [data-snippet]:not([hidden]) .ec-line span[style*="--0:"]'
					)
					.count();
				expect(coloured, format).toBeGreaterThan(3);
			}
		}
		// python-dotenv would expand ${HOME}, even in quotes: the .env snippet leaves that line out and
		// says so, on screen as in the copy, and the line comes back for the next values.
		for (const entity of ['acme-${HOME}', 'acme']) {
			const values = { entity, project: 'vision', host: '' };
			for (const [name, value] of Object.entries(values)) await field(page, name).fill(value);
			await tool(page)
				.getByRole('tab', { name: FORMAT_LABELS[SNIPPET_FORMATS.indexOf('dotenv')], exact: true })
				.click();
			const expected = generateSnippet('dotenv', values, snippetComments(en));
			expect(expected.includes('WANDB_ENTITY=')).toBe(entity === 'acme');
			expect(await visibleCode(page), entity).toBe(expected);
			expect(await copyButtonCode(page), entity).toBe(expected);
		}
		const values = { entity: `o'brien "lab"`, project: 'été-{x}-$HOME-`y`-🙂', host: '' };
		for (const [name, value] of Object.entries(values)) await field(page, name).fill(value);
		await tool(page)
			.getByRole('tab', { name: FORMAT_LABELS[SNIPPET_FORMATS.indexOf('cli')], exact: true })
			.click();
		const copy = tool(page).locator(
			'[role="tabpanel"]:not([hidden]) [data-snippet]:not([hidden]) button[data-code]'
		);
		expect(await copiedBy(page, copy)).toBe(generateSnippet('cli', values, snippetComments(en)));
		await context.close();
	});

	it('keeps placeholders in the code while a value has errors', async () => {
		const { context, page } = await open(`en/${PAGE}`);
		await tool(page).getByRole('tab', { name: 'Python', exact: true }).click();
		await field(page, 'entity').fill('acme');
		await field(page, 'project').fill('a/b/c?');
		await expect.poll(() => visibleCode(page)).toContain('"<your-team>"');
		expect(await tool(page).locator('[data-snippet-note]').textContent()).toBe(
			en['tool.snippetPlaceholders']
		);
		await context.close();
	});

	it('refuses an API key for the snippet and the link, and never shows it back', async () => {
		const { context, page } = await open(`en/${PAGE}`);
		const key = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
		await field(page, 'entity').fill(key);
		await field(page, 'project').fill('vision');
		await tool(page).locator('[data-copy-link]').click();
		expect(await tool(page).locator('[data-link-note]').textContent()).toBe(en['tool.linkRefused']);
		expect(await tool(page).locator('[data-snippet-note]').textContent()).toBe(
			en['tool.snippetRefused']
		);
		const shown = await tool(page).evaluate(
			(el) =>
				el.textContent +
				[...el.querySelectorAll('[data-code]')].map((b) => b.getAttribute('data-code')).join('')
		);
		expect(shown).not.toContain(key);
		await context.close();
	});

	it('copies a link that reopens this section in this language with the values filled in', async () => {
		const { context, page } = await open(`fr/${PAGE}`, { locale: 'fr-FR' });
		await field(page, 'entity').fill('acme & co');
		await field(page, 'project').fill('vision#2');
		const url = await copiedBy(page, tool(page).locator('[data-copy-link]'));
		expect(url).toBe(`${siteUrl}fr/${PAGE}?entity=acme+%26+co&project=vision%232#check-names`);
		const reopened = await context.newPage();
		await reopened.goto(url);
		expect(await field(reopened, 'entity').inputValue()).toBe('acme & co');
		expect(await field(reopened, 'project').inputValue()).toBe('vision#2');
		await expect
			.poll(() => tool(reopened).locator('[data-problems] li').allTextContents())
			.toEqual(expect.arrayContaining([expect.stringContaining('Projet')]));
		await context.close();
	});

	it('fills the tools from the link as text, never as markup, and shows errors instead of dropping values', async () => {
		const entity = '<img src=x onerror="window.__pwned=1">';
		const { context, page } = await open(
			`fr/${PAGE}?entity=${encodeURIComponent(entity)}&project=a%2Fb&host=javascript%3Aalert(1)#check-names`,
			{ locale: 'fr-FR' }
		);
		expect(await field(page, 'entity').inputValue()).toBe(entity);
		expect(await field(page, 'project').inputValue()).toBe('a/b');
		expect(
			await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
		).toBeUndefined();
		expect(await tool(page).locator('img').count()).toBe(0);
		const problems = await tool(page).locator('[data-problems] li').allTextContents();
		expect(problems.join('\n')).toContain(fr['problem.not-a-url']);
		expect(problems.some((text) => text.startsWith('Projet'))).toBe(true);
		expect((page as Page & { errors: string[] }).errors).toEqual([]);
		await context.close();
	});

	it('can be used with the keyboard alone', async () => {
		const { context, page } = await open(`en/${PAGE}`);
		await field(page, 'entity').focus();
		await page.keyboard.type('https://wandb.ai/acme/vision');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(
			'project'
		);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(
			'host'
		);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-apply'))).toBe(
			true
		);
		await page.keyboard.press('Enter');
		expect(await field(page, 'entity').inputValue()).toBe('acme');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(
			'entity'
		);
		await context.close();
	});

	it('remembers the chosen code format on the next page', async () => {
		const { context, page } = await open(`en/${PAGE}`);
		await tool(page).getByRole('tab', { name: 'PowerShell', exact: true }).click();
		await page.goto(`${siteUrl}en/causes/wrong-project/`);
		expect(
			await tool(page)
				.getByRole('tab', { name: 'PowerShell', exact: true })
				.getAttribute('aria-selected')
		).toBe('true');
		await context.close();
	});

	it('shows a correct example with placeholders and the rules without JavaScript', async () => {
		const { context, page } = await open(`en/${PAGE}`, { javaScriptEnabled: false });
		expect(await tool(page).locator('[data-form]').isHidden()).toBe(true);
		const code = await tool(page)
			.locator('[data-snippet="python"][data-variant="plain"] .ec-line')
			.allTextContents();
		expect(code.map((line) => line.replace(/\n$/, '')).join('\n')).toBe(
			generateSnippet(
				'python',
				{ entity: '<your-team>', project: '<your-project>' },
				snippetComments(en)
			)
		);
		expect(await tool(page).locator('noscript').innerHTML()).toContain('naming-rules/#entity-name');
		await context.close();
	});

	it.each([...LOCALES])(
		'has no accessibility violation in /%s/ while showing errors and a suggestion',
		async (locale) => {
			const { context, page } = await open(`${locale}/${PAGE}`, {
				locale: locale === 'fr' ? 'fr-FR' : 'en-US',
			});
			await field(page, 'entity').fill('https://wandb.ai/acme/vision');
			await field(page, 'project').fill('a?b');
			await field(page, 'host').fill('nope');
			await tool(page).locator('[data-apply]').waitFor();
			for (const theme of ['light', 'dark']) {
				await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
				const violations = await axeViolations(page, { include: 'w403-name-checker' });
				expect(violations.map((line) => `${theme} ${line}`)).toEqual([]);
			}
			await context.close();
		}
	);
});
