// Every page a reader can open, loaded once per window size, and checked for all a reader would
// notice there: accessibility in both themes, what the browser refused or reported (CSP, script
// errors, requests to another origin), where a support agent's section link lands, and, on a
// phone, that no page scrolls sideways with its tools showing their longest messages.
import { describe, expect, inject, it, type TestContext } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from '../support/axe';
import { newContext, useBrowser } from '../support/browser';
import { htmlPaths } from '../support/dist';
import { watchContext } from '../support/page-watch';
import { settled } from '../support/section-place';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const session = useBrowser();
// Only colours change between the themes, so the dark pass runs axe's colour rules.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

// /go/<id>/ pages are one template (test/content/short-links.test.ts reads all 30 as HTML):
// one of them stands for the others here.
const GO_PAGE = /^\/go\/[^/]+\/$/;
const allPaths = htmlPaths().filter((path) => !path.startsWith('/pagefind/'));
const pages = [
	...allPaths.filter((path) => !GO_PAGE.test(path)),
	allPaths.find((path) => GO_PAGE.test(path))!,
];

// Published section links (links/published.json), grouped by page.
const registry: { links: string[] } = JSON.parse(
	readFileSync(join(import.meta.dirname, '../../links/published.json'), 'utf8')
) as { links: string[] };
const sections = new Map<string, string[]>();
for (const link of registry.links.filter((l) => l.includes('#') && !l.startsWith('/go/'))) {
	const [path, hash] = link.split('#');
	sections.set(path, [...(sections.get(path) ?? []), hash]);
}

const LOG =
	'wandb: ERROR Error uploading run: returned error 403: {"data":{"upsertBucket":null},"errors":[{"message":"permission denied","path":["upsertBucket"],"extensions":{"code":"PERMISSION_ERROR"}}]}';

/** Opens a page in a new context that watches it; `/` and `/go/<id>/` are served without their redirect. */
async function open(
	test: TestContext,
	path: string,
	width: number,
	height: number,
	hash = ''
): Promise<{ page: Page; problems: () => Promise<string[]>; cspHeader: string }> {
	const context = await newContext(session.browser);
	// The test's own hook: with tests running at once, the global one may belong to another.
	test.onTestFinished(() => context.close());
	await context.addInitScript(() => {
		try {
			localStorage.setItem('starlight-theme', 'light');
		} catch {
			// about:blank, before the page: no storage there.
		}
	});
	const watch = await watchContext(context, origin);
	const page = await context.newPage();
	await page.setViewportSize({ width, height });
	if (path === '/' || GO_PAGE.test(path)) {
		// These pages send the reader on at once: their own markup is what is checked here (the
		// redirects are tested in language.test.ts and short-links.test.ts).
		await page.route(siteUrl + path.slice(1), async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace(
				/<script\b(?![^>]*application\/json)[\s\S]*?<\/script>/g,
				''
			);
			await route.fulfill({ response, body: html });
		});
	}
	const response = await page.goto(siteUrl + path.slice(1) + (hash ? `#${hash}` : ''), {
		waitUntil: 'load',
	});
	return {
		page,
		problems: () => watch.problems(),
		cspHeader: response?.headers()['content-security-policy'] ?? '',
	};
}

/** Switches the page to the dark theme the way it would be shown: Starlight's theme menu, or (on pages without one) the theme its first script applies. */
async function goDark(page: Page): Promise<void> {
	const menu = page.locator('starlight-theme-select select').first();
	if (await menu.count()) {
		// On a phone the menu sits in the closed site menu: set it as a click would.
		await menu.evaluate((select: HTMLSelectElement) => {
			select.value = 'dark';
			select.dispatchEvent(new Event('change'));
		});
	} else {
		await page.evaluate(() => {
			document.documentElement.dataset.theme = 'dark';
			document.documentElement.style.colorScheme = 'dark';
		});
	}
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
}

/** Section links of a page that sit out of place, one line each; the first one is opened with the page. */
async function sectionFaults(page: Page, hashes: string[]): Promise<string[]> {
	const faults: string[] = [];
	if (!hashes.length) return faults;
	// Still there once late styles, fonts and scripts have done their work.
	const fresh = await settled(page, hashes[0]);
	if (fresh) faults.push(`fresh load: ${fresh}`);
	for (const hash of hashes.slice(1)) {
		await page.evaluate((hash) => (location.hash = hash), hash);
		const moved = await settled(page, hash, 30);
		if (moved) faults.push(moved);
	}
	return faults;
}

/** Fills whatever tools the page has with bad values, so that they show their errors. */
async function fillTools(page: Page): Promise<void> {
	const checker = page.locator('w403-name-checker').first();
	if (await checker.count()) {
		await checker
			.locator('input[name="entity"]')
			.fill('https://wandb.ai/acme-research-laboratory/computer-vision-baseline');
		await checker.locator('input[name="project"]').fill('Speech Recognition Baseline/2024?');
		await checker.locator('input[name="host"]').fill('wandb.ai');
	}
	const doctor = page.locator('w403-log-doctor');
	if (await doctor.count()) {
		await doctor.locator('textarea').fill(LOG);
		await doctor.locator(':is([data-causes], [data-suspects]) li').first().waitFor();
	}
	const desk = page.locator('w403-support-desk');
	if (await desk.count()) {
		await desk
			.locator('[name="entity"]')
			.fill('https://wandb.ai/acme-research-laboratory/computer-vision-baseline');
		await desk.locator('[name="section"]').selectOption('view-only-role');
		await desk.locator('button[type="submit"]').click();
	}
}

describe('every page on a 1366 × 900 screen', () => {
	it.concurrent.for(pages)(
		'%s: no WCAG 2.2 AA violation in the light and dark themes, nothing blocked, failing or foreign, section links at the top',
		async (path, test) => {
			const hashes = sections.get(path) ?? [];
			const { page, problems, cspHeader } = await open(test, path, 1366, 900, hashes[0]);
			const misplaced = await sectionFaults(page, hashes);
			const light = await axeViolations(page);
			await goDark(page);
			const dark = await axeViolations(page, { rules: COLOUR_RULES });
			test
				.expect({ misplaced, light, dark, problems: await problems() })
				.toEqual({ misplaced: [], light: [], dark: [], problems: [] });
			// The header policy from _headers applies too (the browser enforces both).
			test.expect(cspHeader).toMatch(/script-src 'self'/);
		}
	);
});

describe('every page on a phone', () => {
	it.concurrent.for(pages.filter((path) => !GO_PAGE.test(path)))(
		'%s: section links at the top at 390 × 844, and at 360 px nothing scrolls sideways in either theme with the tools showing errors',
		async (path, test) => {
			const hashes = sections.get(path) ?? [];
			const { page, problems } = await open(test, path, 390, 844, hashes[0]);
			const misplaced = await sectionFaults(page, hashes);
			await page.setViewportSize({ width: 360, height: 780 });
			await fillTools(page);
			const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
			const wide = [`light: ${await scrollWidth()} px`];
			await goDark(page);
			wide.push(`dark: ${await scrollWidth()} px`);
			test
				.expect({ misplaced, wide, problems: await problems() })
				.toEqual({ misplaced: [], wide: ['light: 360 px', 'dark: 360 px'], problems: [] });
		}
	);
});
