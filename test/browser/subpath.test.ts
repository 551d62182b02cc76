import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { copiedBy, newContext, useBrowser } from '../support/browser';
import { startStaticServer, type StaticServer } from '../../tools/static-server';
import { watchContext } from '../support/page-watch';
import { searchSite } from '../support/search';
import { SUBPATH } from '../support/subpath.mjs';
import { getGoLink } from '../../src/lib/golinks';

// The sub-path build (test/run-all.mjs), served under its base as a static host would.
let server: StaticServer;
beforeAll(async () => {
	server = await startStaticServer(SUBPATH.outDir, SUBPATH.base);
});
afterAll(() => server.close());

const session = useBrowser();

async function open(path: string, locale = 'en-US') {
	const context = await newContext(session.browser, locale);
	const watch = await watchContext(context, new URL(server.url).origin);
	const failed: string[] = [];
	context.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
	});
	const page = await context.newPage();
	await page.goto(server.url + path);
	return { context, page, watch, failed };
}

describe('the site hosted under a sub-path', () => {
	it('sends a French reader from the sub-path root to the French start page, with its styles', async () => {
		const { context, page, watch, failed } = await open('', 'fr-FR');
		await page.waitForURL(`${server.url}fr/`);
		// Starlight's stylesheet loaded: the sidebar is laid out, not a bare list.
		expect(
			await page.locator('.sidebar-pane').evaluate((el) => getComputedStyle(el).position)
		).not.toBe('static');
		expect(failed).toEqual([]);
		expect(await watch.problems()).toEqual([]);
		await context.close();
	});

	it('resolves a short link with values into the checker under the sub-path', async () => {
		const { context, page, watch, failed } = await open(
			'go/wrong-entity/?entity=acme-ml&project=detector',
			'en-US'
		);
		await page.waitForURL((url) => url.pathname === `${SUBPATH.base}en/causes/wrong-entity/`);
		const tool = page.locator('w403-name-checker').first();
		await expect.poll(() => tool.locator('input[name="entity"]').inputValue()).toBe('acme-ml');
		expect(await tool.locator('input[name="project"]').inputValue()).toBe('detector');
		expect(new URL(page.url()).hash).toBe(`#${getGoLink('wrong-entity')!.section}`);
		expect(failed).toEqual([]);
		expect(await watch.problems()).toEqual([]);
		await context.close();
	});

	it('finds pages with search and links the results under the sub-path', async () => {
		const { context, page, watch, failed } = await open('en/');
		onTestFinished(() => context.close());
		const paths = await searchSite(page, 'PERMISSION_ERROR');
		expect(paths.filter((path) => !path.startsWith(`${SUBPATH.base}en/`))).toEqual([]);
		expect(failed).toEqual([]);
		expect(await watch.problems()).toEqual([]);
	});

	it('copies a checker link that points under the sub-path', async () => {
		const { context, page } = await open(
			'en/causes/wrong-project/?entity=acme-ml&project=detector'
		);
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(server.url).origin,
		});
		const tool = page.locator('w403-name-checker').first();
		await expect.poll(() => tool.locator('input[name="entity"]').inputValue()).toBe('acme-ml');
		const copied = await copiedBy(page, tool.locator('[data-copy-link]'));
		const url = new URL(copied);
		expect(url.pathname).toBe(`${SUBPATH.base}en/causes/wrong-project/`);
		expect(url.searchParams.get('entity')).toBe('acme-ml');
		// Opening the copied link lands on the same page with the values.
		await page.goto(copied);
		await expect.poll(() => tool.locator('input[name="project"]').inputValue()).toBe('detector');
		await context.close();
	});
});
