// The language chooser at /: sends the reader to the guide in the language their browser prefers.
import { pickLocale } from '../lib/locale';
import { pageUrl } from '../lib/urls';

const main = document.querySelector<HTMLElement>('main[data-base]');
if (main) {
	const locale = pickLocale(navigator.languages ?? [navigator.language]);
	location.replace(
		pageUrl(main.dataset.base ?? '/', { locale, search: location.search }) + location.hash
	);
}
