// The short-link page's redirect (see [id].astro): to the page and section in the reader's language.
import { goLinkLocale, resolveGoLink, type GoLink } from '../../lib/golinks';
import { isLocale } from '../../lib/locale';
import { withoutApiKeys } from '../../lib/links';

const data = document.getElementById('w403-go')?.textContent;
const main = document.querySelector<HTMLElement>('main[data-base]');
if (data && main) {
	const link = JSON.parse(data) as GoLink;
	const locale = goLinkLocale(location.search, navigator.languages ?? [navigator.language]);
	// The link's own section wins; a short link without one keeps the reader's #hash.
	// A key pasted into a link is not carried into the page or its history.
	const search = withoutApiKeys(location.search);
	const target = resolveGoLink(link, main.dataset.base ?? '/', locale, search);
	// Should the redirect be slow or blocked, the links shown meanwhile carry the values too.
	// (Without JavaScript they cannot, on a static host; nor would the values be used: the
	// tools that read them are scripts.)
	for (const anchor of main.querySelectorAll<HTMLAnchorElement>('a[data-locale]')) {
		const other = anchor.dataset.locale;
		if (isLocale(other))
			anchor.href =
				resolveGoLink(link, main.dataset.base ?? '/', other, search) +
				(link.section ? '' : location.hash);
	}
	location.replace(link.section ? target : target + location.hash);
}
