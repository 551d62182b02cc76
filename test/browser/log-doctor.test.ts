import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { axeViolations } from '../support/axe';
import { copiedBy, newContext, useBrowser } from '../support/browser';
import en from '../../src/content/i18n/en.json';
import fr from '../../src/content/i18n/fr.json';
import { LOCALES } from '../../src/lib/locale';

const siteUrl = inject('siteUrl');
const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const LOG = [
	'wandb: Currently logged in as: lzwjava (lzwjava-teksystems) to https://api.wandb.ai. Use `wandb login --relogin` to force relogin',
	'Traceback (most recent call last):',
	'  File "wandbrun.py", line 3, in <module>',
	'    run = wandb.init(entity="my-awesome-team-name", project="my-awesome-project")',
	'wandb: ERROR Error uploading run: returned error 403: {"data":{"upsertBucket":null},"errors":[{"message":"permission denied","path":["upsertBucket"],"extensions":{"code":"PERMISSION_ERROR"}}]}',
	`WANDB_API_KEY=${KEY}`,
].join('\n');

const session = useBrowser();

describe('the log doctor page', () => {
	it('is linked from the start page in both languages', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		for (const locale of [...LOCALES]) {
			await page.goto(`${siteUrl}${locale}/`);
			expect(await page.locator(`.sl-markdown-content a[href="doctor/"]`).count()).toBeGreaterThan(
				0
			);
		}
		await context.close();
	});

	it('is offered on the first screen of the start page on a phone, in both languages', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.setViewportSize({ width: 390, height: 844 });
		for (const locale of [...LOCALES]) {
			await page.goto(`${siteUrl}${locale}/`);
			const top = await page
				.locator('.sl-markdown-content a[href="doctor/"]')
				.first()
				.evaluate((a) => a.getBoundingClientRect().bottom);
			expect(top, locale).toBeLessThan(844);
		}
		await context.close();
	});

	it('diagnoses a pasted log without any request, and follows a cause link into a prefilled checker', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/doctor/`, { waitUntil: 'networkidle' });
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.locator('w403-log-doctor textarea').fill(LOG);
		const first = page.locator('w403-log-doctor [data-causes] li a').first();
		await first.waitFor();
		expect(requests).toEqual([]);
		expect(await first.getAttribute('data-cause')).toBe('wrong-entity');
		const facts = await page.locator('w403-log-doctor [data-facts]').innerText();
		expect(facts).toContain('my-awesome-team-name');
		expect(facts).toContain('PERMISSION_ERROR');
		expect(await page.locator('w403-log-doctor').innerText()).not.toContain(KEY);
		await first.click();
		await page.waitForURL(/\/en\/causes\/wrong-entity\//);
		expect(new URL(page.url()).hash).toBe('#confirm');
		expect(await page.locator('w403-name-checker input[name="entity"]').inputValue()).toBe(
			'my-awesome-team-name'
		);
		expect(await page.locator('w403-name-checker input[name="project"]').inputValue()).toBe(
			'my-awesome-project'
		);
		await context.close();
	});

	it('lists the cause a line points to with that line, the other suspects apart with what would confirm them, and no line claimed for them', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/doctor/`);
		await page.locator('w403-log-doctor textarea').fill(LOG);
		const doctor = page.locator('w403-log-doctor');
		await doctor.locator('[data-causes] li').first().waitFor();
		expect(
			await doctor
				.locator('[data-causes] li a')
				.evaluateAll((links) => links.map((a) => a.getAttribute('data-cause')))
		).toEqual(['wrong-entity']);
		expect(await doctor.locator('[data-causes] li pre').first().textContent()).toContain(
			'my-awesome-team-name'
		);
		const suspects = doctor.locator('[data-suspects] li');
		expect(await suspects.count()).toBeGreaterThan(2);
		expect(await doctor.locator('[data-suspects] pre').count()).toBe(0);
		for (const text of await suspects.allInnerTexts())
			expect(text).toContain(en['doctor.confirmLabel']);
		await context.close();
	});

	it.each([...LOCALES])(
		'in /%s/, with no entity in the log, names no cause, asks for the wandb.init() line and offers the login line’s team and the access check',
		async (locale) => {
			const dict = locale === 'fr' ? fr : en;
			const context = await newContext(session.browser);
			const page = await context.newPage();
			await page.goto(`${siteUrl}${locale}/doctor/`);
			await page
				.locator('w403-log-doctor textarea')
				.fill([LOG.split('\n')[0], LOG.split('\n')[4]].join('\n'));
			const doctor = page.locator('w403-log-doctor');
			await doctor.locator('[data-suspects] li').first().waitFor();
			expect(await doctor.locator('[data-causes-heading]').isVisible()).toBe(false);
			expect(await doctor.locator('[data-next]').innerText()).toContain(dict['doctor.askInit']);
			// After a paste the status line says so and links to the diagnosis, in view.
			await expect
				.poll(() => doctor.locator('[data-note]').textContent())
				.toBe(`${dict['doctor.announceSuspects']} ${dict['doctor.see']}`);
			await expect
				.poll(() =>
					doctor
						.locator('[data-note]')
						.evaluate((note) => note.getBoundingClientRect().bottom <= window.innerHeight + 1)
				)
				.toBe(true);
			expect(
				await doctor
					.locator('[data-next] a', { hasText: dict['doctor.accessCheck'] })
					.getAttribute('href')
			).toMatch(new RegExp(`/${locale}/access-check/$`));
			const team = doctor.locator('[data-next] a', { hasText: 'lzwjava-teksystems' });
			await team.click();
			await page.waitForURL(new RegExp(`/${locale}/causes/wrong-entity/`));
			expect(new URL(page.url()).hash).toBe('#check-names');
			expect(await page.locator('w403-name-checker input[name="entity"]').inputValue()).toBe(
				'lzwjava-teksystems'
			);
			await context.close();
		}
	);

	it('offers the login line’s team in place of a placeholder the log shows, and not next to a real target', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/doctor/`);
		const doctor = page.locator('w403-log-doctor');
		await doctor.locator('textarea').fill(LOG);
		await doctor.locator('[data-causes] li').first().waitFor();
		const offer = doctor.locator('[data-next] a', { hasText: 'lzwjava-teksystems' });
		expect(await offer.textContent()).toContain('my-awesome-team-name');
		// The placeholder project is not carried into the checker either.
		expect(new URL((await offer.getAttribute('href'))!).search).toBe('?entity=lzwjava-teksystems');
		await doctor.locator('textarea').fill(LOG.replace('my-awesome-team-name', 'acme-research'));
		await expect
			.poll(() => doctor.locator('[data-next] a', { hasText: 'lzwjava-teksystems' }).count())
			.toBe(0);
		await context.close();
	});

	it('shows no empty causes heading for text with no wandb error, and offers the access check', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/doctor/`);
		await page.locator('w403-log-doctor textarea').fill('hello world\nnothing failed here');
		const doctor = page.locator('w403-log-doctor');
		await doctor.locator('[data-next] p').first().waitFor();
		expect(await doctor.locator('[data-causes-heading]').isVisible()).toBe(false);
		expect(await doctor.locator('[data-suspects-heading]').isVisible()).toBe(false);
		expect(await doctor.locator('[data-next]').innerText()).toContain(en['doctor.noCause']);
		await context.close();
	});

	// Fresh eyes: a full server or a local file error announced "no wandb error found" above its own summary.
	it('announces and explains a failure no cause explains (a 507, a local file), with the line its advice speaks of', async () => {
		for (const [locale, dict] of [
			['en', en],
			['fr', fr],
		] as const) {
			// A new context each time: the same tab would restore the last log first.
			const context = await newContext(session.browser);
			onTestFinished(() => context.close());
			const page = await context.newPage();
			await page.goto(`${siteUrl}${locale}/doctor/`);
			const doctor = page.locator('w403-log-doctor');
			await doctor
				.locator('textarea')
				.fill(
					"Traceback (most recent call last):\nPermissionError: [Errno 13] Permission denied: '/data/wandb'"
				);
			await doctor.locator('[data-result]').waitFor();
			const note = await doctor.locator('[data-note]').innerText();
			expect(note).not.toContain(dict['doctor.announceNone']);
			expect(note).toContain(dict['doctor.announceKind']);
			expect(await doctor.locator('[data-shown] pre').innerText()).toContain(
				"[Errno 13] Permission denied: '/data/wandb'"
			);
			// No W&B detail in that log: one sentence, not nine "not shown" rows.
			expect(await doctor.locator('[data-no-facts]').isVisible()).toBe(true);
			expect(await doctor.locator('[data-facts]').isVisible()).toBe(false);
			expect(await doctor.locator('[data-next]').innerText()).toBe('');
			await doctor
				.locator('textarea')
				.fill('wandb: ERROR Error uploading "config.yaml": CommError, <Response [507]>');
			await expect.poll(() => doctor.locator('[data-category]').innerText()).toContain('507');
			expect(await doctor.locator('[data-shown] pre').innerText()).toContain('<Response [507]>');
			expect(await doctor.locator('[data-facts]').isVisible()).toBe(true);
			expect(await doctor.locator('[data-note]').innerText()).not.toContain(
				dict['doctor.announceNone']
			);
		}
	});

	it('keeps the diagnosis for Back from a cause page and for a language switch, with the key redacted', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/doctor/`);
		const doctor = page.locator('w403-log-doctor');
		await doctor.locator('textarea').fill(LOG);
		await doctor.locator('[data-causes] li a').first().click();
		await page.waitForURL(/\/causes\//);
		await page.goBack();
		await expect
			.poll(() =>
				page.locator('w403-log-doctor [data-causes] li a').first().getAttribute('data-cause')
			)
			.toBe('wrong-entity');
		const kept = await page.locator('w403-log-doctor textarea').inputValue();
		expect(kept).toContain('my-awesome-team-name');
		expect(kept).not.toContain(KEY);
		expect(await page.locator('w403-log-doctor [data-note]').textContent()).toBe(
			en['doctor.restored']
		);
		// A click then a paste replaces the old log instead of landing inside it.
		await page.locator('w403-log-doctor textarea').click({ position: { x: 40, y: 20 } });
		await page.keyboard.insertText('wandb: ERROR user is not logged in');
		expect(await page.locator('w403-log-doctor textarea').inputValue()).toBe(
			'wandb: ERROR user is not logged in'
		);
		await page.locator('w403-log-doctor textarea').fill(kept);
		await page.goto(`${siteUrl}fr/doctor/`);
		await expect
			.poll(() => page.locator('w403-log-doctor [data-causes] li a').count())
			.toBeGreaterThan(0);
		// Emptied by the reader, it is gone for the next visit too.
		await page.locator('w403-log-doctor textarea').fill('');
		await expect.poll(() => page.locator('w403-log-doctor [data-result]').isHidden()).toBe(true);
		await page.reload();
		expect(await page.locator('w403-log-doctor textarea').inputValue()).toBe('');
		await context.close();
	});

	// Fresh eyes: the access check opened empty, so the reader retyped what the doctor had just read.
	it('opens the access check and the cause sections with the entity, project and server the log showed', async () => {
		const context = await newContext(session.browser);
		onTestFinished(() => context.close());
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/doctor/`);
		const doctor = page.locator('w403-log-doctor');
		await doctor
			.locator('textarea')
			.fill(
				readFileSync(
					join(import.meta.dirname, '../fixtures/logs/sdk-0.30.0-view-only-member.log'),
					'utf8'
				)
			);
		const check = doctor.locator('[data-next] a', { hasText: en['doctor.accessCheck'] });
		await check.waitFor();
		const values = { entity: 'acme', project: 'vision', host: 'http://127.0.0.1:8799' };
		expect(Object.fromEntries(new URL((await check.getAttribute('href'))!).searchParams)).toEqual(
			values
		);
		expect(await doctor.locator('[data-next]').innerText()).toContain(en['doctor.suspectsCheck']);
		const wrongEntity = doctor.locator('[data-cause="wrong-entity"]');
		expect(
			Object.fromEntries(new URL((await wrongEntity.getAttribute('href'))!).searchParams)
		).toEqual(values);
		await check.click();
		await expect
			.poll(() => page.locator('w403-name-checker input').first().inputValue())
			.toBe('acme');
	});

	it('copies a redacted summary in the page’s language', async () => {
		const context = await newContext(session.browser, 'fr-FR');
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(siteUrl).origin,
		});
		const page = await context.newPage();
		await page.goto(`${siteUrl}fr/doctor/`);
		await page.locator('w403-log-doctor textarea').fill(LOG);
		const summary = await copiedBy(page, page.locator('w403-log-doctor [data-copy-summary]'));
		expect(summary).toContain('Causes probables');
		expect(summary).toContain(
			`${siteUrl}fr/causes/wrong-entity/?entity=my-awesome-team-name&project=my-awesome-project#confirm`
		);
		expect(summary).not.toContain(KEY);
		await context.close();
	});

	it('reads a chosen or dropped log file', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.goto(`${siteUrl}en/doctor/`);
		await page
			.locator('w403-log-doctor input[type="file"]')
			.setInputFiles({ name: 'train.log', mimeType: 'text/plain', buffer: Buffer.from(LOG) });
		await expect
			.poll(() =>
				page.locator('w403-log-doctor [data-causes] li a').first().getAttribute('data-cause')
			)
			.toBe('wrong-entity');
		expect(await page.locator('w403-log-doctor textarea').inputValue()).toContain(
			'my-awesome-team-name'
		);
		await page.reload();
		const drop = await page.evaluateHandle((text) => {
			const data = new DataTransfer();
			data.items.add(
				new File(
					[
						'wandb: ERROR Error while calling W&B API: permission denied (<Response [401]>)\n' +
							text,
					],
					'ci.log',
					{ type: 'text/plain' }
				)
			);
			return data;
		}, 'more output');
		await page.locator('w403-log-doctor').dispatchEvent('drop', { dataTransfer: drop });
		await expect
			.poll(() =>
				page.locator('w403-log-doctor [data-causes] li a').first().getAttribute('data-cause')
			)
			.toBe('auth-401');
		await context.close();
	});

	it('shows pasted markup as text and stays responsive on a 5 MB paste', async () => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${siteUrl}en/doctor/`);
		const hostile = `wandb: ERROR Error while calling W&B API: permission denied (<Response [403]>)\n<html><body><img src=x onerror="window.__pwned=1">403 Forbidden</body></html>\n`;
		// Built inside the page: 5 MB would be slow to send over the DevTools protocol.
		await page.evaluate((head) => {
			const textarea = document.querySelector<HTMLTextAreaElement>('w403-log-doctor textarea')!;
			textarea.value = head + 'noise line, nothing to see\n'.repeat(190_000);
			textarea.dispatchEvent(new Event('input', { bubbles: true }));
		}, hostile);
		// A paste this large waits for Diagnose (typing in it stays quick).
		await page.locator('w403-log-doctor button[type="submit"]').click();
		await page.locator('w403-log-doctor [data-causes] li').first().waitFor({ timeout: 20_000 });
		expect(await page.locator('w403-log-doctor img').count()).toBe(0);
		expect(
			await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
		).toBeUndefined();
		expect(
			await page.locator('w403-log-doctor [data-causes] li a').first().getAttribute('data-cause')
		).toBe('proxy-403');
		expect(await page.locator('w403-log-doctor [data-causes] pre').first().innerText()).toContain(
			'<img src=x'
		);
		expect(await page.evaluate(() => 1 + 1)).toBe(2);
		expect(errors).toEqual([]);
		await context.close();
	});

	it.each([...LOCALES])(
		'has no accessibility violation in /%s/ with a diagnosis showing',
		async (locale) => {
			const context = await newContext(session.browser);
			const page = await context.newPage();
			await page.goto(`${siteUrl}${locale}/doctor/`);
			await page.locator('w403-log-doctor textarea').fill(LOG);
			await page.locator('w403-log-doctor [data-causes] li').first().waitFor();
			for (const theme of ['light', 'dark']) {
				await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
				const violations = await axeViolations(page, { include: 'w403-log-doctor' });
				expect(violations.map((line) => `${theme} ${line}`)).toEqual([]);
			}
			await context.close();
		}
	);
});
