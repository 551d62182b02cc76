// The pages outside the guide have no theme menu: they follow the system's dark mode.
// (No page scrolls sideways on a phone: every-page.test.ts.)
import { describe, expect, inject, it } from 'vitest';
import { newContext, useBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const session = useBrowser();
describe('pages outside the guide (language choice, short links, 404)', () => {
	it.each(['/', '/go/', '/404.html'])('%s follows the system’s dark mode', async (path) => {
		const context = await newContext(session.browser);
		const page = await context.newPage();
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(`${siteUrl}${path.slice(1)}`);
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const [r, g, b] = background.match(/\d+/g)!.map(Number);
		expect(r + g + b).toBeLessThan(150);
		await context.close();
	});
});
