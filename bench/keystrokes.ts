// Time from a keystroke in the checker to the updated snippet on screen, in Chromium:
// the clock starts at keydown (in the page) and stops at the first animation frame after
// the visible snippet shows the new value.
import type { Browser } from 'playwright-core';

export async function keystrokeLatencies(
	browser: Browser,
	pageUrl: string,
	count: number
): Promise<number[]> {
	const page = await browser.newPage();
	await page.goto(pageUrl);
	// A valid entity first: while a field has errors the snippet keeps its placeholders.
	await page.locator('w403-name-checker input[name="entity"]').first().fill('acme-ml');
	const field = page.locator('w403-name-checker input[name="project"]').first();
	await field.fill('p');
	await page.evaluate(() => {
		const tool = document.querySelector('w403-name-checker')!;
		const input = tool.querySelector<HTMLInputElement>('input[name="project"]')!;
		const state = { start: 0, samples: [] as number[], waiting: false };
		(window as unknown as { __latency: typeof state }).__latency = state;
		input.addEventListener(
			'keydown',
			() => {
				state.start = performance.now();
				state.waiting = true;
			},
			{ capture: true }
		);
		const visibleCode = () =>
			tool.querySelector('[role="tabpanel"]:not([hidden]) [data-snippet]:not([hidden]) pre')
				?.textContent ?? '';
		new MutationObserver(() => {
			if (!state.waiting || !visibleCode().includes(input.value)) return;
			state.waiting = false;
			requestAnimationFrame(() => state.samples.push(performance.now() - state.start));
		}).observe(tool, { subtree: true, childList: true, characterData: true, attributes: true });
	});
	await field.focus();
	await page.keyboard.press('End');
	// Short runs between hyphens: 40 letters and digits in a row would look like an API key,
	// and the checker rightly keeps placeholders then.
	const keys = 'run4-lr2-';
	for (let i = 0; i < count; i++) {
		// A project name has at most 128 characters: start again before reaching it.
		if (i > 0 && i % 100 === 0) {
			await field.fill('p');
			await page.keyboard.press('End');
		}
		await page.keyboard.press(keys[i % keys.length]);
		await page.waitForFunction(
			(n) =>
				(window as unknown as { __latency: { samples: number[] } }).__latency.samples.length >= n,
			i + 1
		);
	}
	const samples = await page.evaluate(
		() => (window as unknown as { __latency: { samples: number[] } }).__latency.samples
	);
	await page.close();
	return samples;
}
