// The header's menus show their whole label: Starlight sizes them for English words.
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { newContext, useBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const session = useBrowser();

describe('the header on a desktop', () => {
	it.each([
		['en', 'light'],
		['fr', 'dark'],
		['fr', 'light'],
	])(
		'shows the theme and language menus’ labels whole (/%s/, %s theme, 1366 and 800 px)',
		async (locale, theme) => {
			const context = await newContext(session.browser);
			onTestFinished(() => context.close());
			await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			const page = await context.newPage();
			for (const width of [1366, 800]) {
				await page.setViewportSize({ width, height: 600 });
				await page.goto(`${siteUrl}${locale}/causes/wrong-entity/`);
				// The width the selected option's text needs, in the select's own font, against the room
				// the select leaves it between its icon and its caret.
				const cut = await page.evaluate(() =>
					[...document.querySelectorAll<HTMLSelectElement>('header select')].flatMap((select) => {
						const style = getComputedStyle(select);
						const context = document.createElement('canvas').getContext('2d')!;
						context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
						const text = select.selectedOptions[0]?.textContent?.trim() ?? '';
						const room =
							select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
						const needed = context.measureText(text).width;
						return needed > room + 0.5
							? [`${text}: needs ${needed.toFixed(1)} px, has ${room.toFixed(1)} px`]
							: [];
					})
				);
				expect(cut, `at ${width} px`).toEqual([]);
			}
		}
	);
});
