// Where a section link lands: after the page has settled, the heading sits below the sticky
// header (and the phone's "On this page" bar), in the top third of the window, unless the page
// ends before it can scroll that far.
import type { Page } from 'playwright-core';

/** Where the heading is, and what a reader needs of it; null when it is where it should be. */
export async function misplacedHeading(page: Page, id: string): Promise<string | null> {
	return page.evaluate((id) => {
		const heading = document.getElementById(id);
		if (!heading) return `#${id} is not on the page`;
		// A tool's result heading stays hidden until there is a result: nothing to show yet.
		if (heading.getClientRects().length === 0) return null;
		const covers = [...document.querySelectorAll('header.header, mobile-starlight-toc nav')]
			.map((el) => el.getBoundingClientRect())
			.filter((r) => r.height > 0 && r.top <= 1)
			.reduce((bottom, r) => Math.max(bottom, r.bottom), 0);
		const top = heading.getBoundingClientRect().top;
		const atEnd =
			Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1;
		if (top < covers - 1) return `#${id} is ${Math.round(covers - top)} px under the header`;
		if (top > window.innerHeight / 3 && !(atEnd && top < window.innerHeight))
			return `#${id} is at ${Math.round(top)} px of ${window.innerHeight}`;
		return null;
	}, id);
}

/**
 * Waits until the page has finished what can still move the heading (the document and its
 * fonts loaded, then the heading's place unchanged over three frames `intervalMs` apart:
 * 100 ms after a load, for late styles and scripts; less after a hash change on a loaded page),
 * then says where it is, as misplacedHeading() does. A place still moving after 5 s is a fault.
 */
export async function settled(page: Page, id: string, intervalMs = 100): Promise<string | null> {
	const steady = await page
		.waitForFunction(
			async ([id, intervalMs]) => {
				if (document.readyState !== 'complete') return false;
				await document.fonts.ready;
				const place = () =>
					`${window.scrollY}:${document.getElementById(id)?.getBoundingClientRect().top}:${document.documentElement.scrollHeight}`;
				const seen = [place()];
				for (let i = 0; i < 2; i++) {
					await new Promise((resolve) => setTimeout(resolve, intervalMs));
					await new Promise((resolve) => requestAnimationFrame(resolve));
					seen.push(place());
				}
				return seen.every((p) => p === seen[0]);
			},
			[id, intervalMs] as const,
			{ timeout: 5_000, polling: 50 }
		)
		.then(
			() => true,
			() => false
		);
	if (!steady) return `#${id} was still moving 5 s after the page loaded`;
	return misplacedHeading(page, id);
}
