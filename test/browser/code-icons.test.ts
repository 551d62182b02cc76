// The copy button of a code block, as the page draws it, against Expressive Code's icon drawn
// independently in a box of the same size. A mask that shows only part of the icon (a bitmap
// with no mask-size in a smaller box showed only its top-left corner) fails here.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, useBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const session = useBrowser();

/** Expressive Code's copy icon (@expressive-code/plugin-frames 0.44, `copyIcon`). */
const EXPRESSIVE_CODE_COPY_ICON =
	"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='black' stroke-width='1.75'><path d='M3 19a2 2 0 0 1-1-2V2a2 2 0 0 1 1-1h13a2 2 0 0 1 2 1'/><rect x='6' y='5' width='16' height='18' rx='1.5' ry='1.5'/></svg>";

/** RGBA pixels of a PNG screenshot. */
async function pixels(page: Page, png: Buffer): Promise<{ width: number; data: number[] }> {
	return page.evaluate(async (base64) => {
		const bitmap = await createImageBitmap(
			await (await fetch(`data:image/png;base64,${base64}`)).blob()
		);
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const context = canvas.getContext('2d')!;
		context.drawImage(bitmap, 0, 0);
		return {
			width: bitmap.width,
			data: Array.from(context.getImageData(0, 0, bitmap.width, bitmap.height).data),
		};
	}, png.toString('base64'));
}

/** Which pixels are ink: far from the most common colour of the picture (its background). */
function ink({ data }: { data: number[] }): boolean[] {
	const count = new Map<string, number>();
	for (let i = 0; i < data.length; i += 4) {
		const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
		count.set(key, (count.get(key) ?? 0) + 1);
	}
	const background = [...count.entries()]
		.sort((a, b) => b[1] - a[1])[0][0]
		.split(',')
		.map(Number);
	const out: boolean[] = [];
	for (let i = 0; i < data.length; i += 4)
		out.push(
			Math.abs(data[i] - background[0]) +
				Math.abs(data[i + 1] - background[1]) +
				Math.abs(data[i + 2] - background[2]) >
				90
		);
	return out;
}

describe('code block icons', () => {
	it.each(['light', 'dark'])(
		'draws Expressive Code’s whole copy icon in the copy button (%s theme)',
		async (theme) => {
			const context = await newContext(session.browser, 'en-US');
			await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			const page = await context.newPage();
			await page.setViewportSize({ width: 1366, height: 900 });
			await page.goto(`${siteUrl}en/causes/wrong-entity/`);
			const block = page.locator('.expressive-code').first();
			await block.scrollIntoViewIfNeeded();
			const button = block.locator('.copy button');
			await button.hover();
			await expect.poll(() => button.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
			// The icon's box: the button less the margin Expressive Code gives its ::after.
			const box = await button.evaluate((el) => {
				const rect = el.getBoundingClientRect();
				const margin = parseFloat(getComputedStyle(el, '::after').marginTop);
				return {
					x: rect.x + margin,
					y: rect.y + margin,
					width: Math.round(rect.width - 2 * margin),
					height: Math.round(rect.height - 2 * margin),
				};
			});
			expect(box.width).toBeGreaterThan(10);
			const shot = await page.screenshot({ clip: box });

			// A blank page (the site's CSP allows no data: fetch) draws the reference and reads both pictures.
			const reference = await context.newPage();
			await reference.setContent(
				`<body style="margin:0;background:#fff"><img id="icon" style="display:block;width:${box.width}px;height:${box.height}px;object-fit:contain" src="data:image/svg+xml,${encodeURIComponent(EXPRESSIVE_CODE_COPY_ICON)}"></body>`
			);
			await reference.locator('#icon').evaluate((img: HTMLImageElement) => img.decode());
			const expected = ink(await pixels(reference, await reference.locator('#icon').screenshot()));
			const drawn = ink(await pixels(reference, shot));

			expect(drawn.length).toBe(expected.length);
			const both = drawn.filter((value, i) => value && expected[i]).length;
			const either = drawn.filter((value, i) => value || expected[i]).length;
			// Antialiased edges differ by a pixel here and there; a cut or shifted icon overlaps far less.
			expect(expected.filter(Boolean).length).toBeGreaterThan(50);
			expect(both / either).toBeGreaterThan(0.6);
			await context.close();
		}
	);
});
