// The 404 page's suggestion: the page a mistyped address most likely meant (see 404.astro).
import { nearestPath } from '../lib/near-miss';
import { withoutApiKeys } from '../lib/links';

const box = document.querySelector<HTMLElement>('[data-near-miss]');
const base = document.querySelector<HTMLElement>('main[data-base]')?.dataset.base ?? '/';
if (box && location.pathname.startsWith(base)) {
	const nearest = nearestPath(
		decodeURIComponent(location.pathname.slice(base.length)),
		JSON.parse(box.dataset.nearMiss ?? '[]') as string[]
	);
	if (nearest) {
		// The link's values come along (an API key does not), and so does its section.
		const href = `${base}${nearest}${withoutApiKeys(location.search)}${location.hash}`;
		for (const link of box.querySelectorAll<HTMLAnchorElement>('[data-suggestion]')) {
			link.href = href;
			link.textContent = `${base}${nearest}`;
		}
		// Each language's sentence goes under that language's block.
		for (const sentence of box.querySelectorAll<HTMLElement>('p[lang]'))
			document.querySelector(`main > section[lang="${sentence.lang}"]`)?.append(sentence);
		box.hidden = false;
	}
}
