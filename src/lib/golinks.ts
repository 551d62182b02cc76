// Short, language-neutral links for support replies: /go/<id>/ opens the right page and
// section in the reader's language. Ids are permanent, like the catalogue's.
import { CAUSES, causeAnchor } from './causes.ts';
import { buildLink, type LinkResult, type Prefill } from './links.ts';
import { DEFAULT_LOCALE, isLocale, pickLocale, type Locale } from './locale.ts';
import { pageUrl, shortLinkUrl } from './urls.ts';

/** Query parameter that pins a short link's language (a reply written in French opens in French). */
export const LANG_PARAM = 'lang';

export interface GoLink {
	id: string;
	/** Page slug under each locale ('' for the start page). */
	page: string;
	section?: string;
}

/** Sections a support agent sends people to that are not a cause of their own. */
const EXTRA: GoLink[] = [
	{ id: 'start', page: '' },
	{ id: 'triage', page: '', section: 'triage' },
	{ id: 'login-line', page: '', section: 'login-line' },
	{ id: 'doctor', page: 'doctor' },
	{ id: 'access-check', page: 'access-check' },
	{ id: 'check-names', page: 'causes/wrong-entity', section: 'check-names' },
	{ id: 'create-project', page: 'causes/wrong-project', section: 'create-project' },
	{ id: 'relogin', page: 'causes/stale-credentials', section: 'relogin' },
	{ id: 'check-key', page: 'causes/stale-credentials', section: 'check-key' },
	{ id: 'naming-rules', page: 'reference/naming-rules' },
	{ id: 'environment', page: 'reference/environment' },
	{ id: 'precedence', page: 'reference/environment', section: 'precedence' },
	{ id: 'error-messages', page: 'reference/error-messages' },
	{ id: 'glossary', page: 'reference/glossary' },
];

export const GO_LINKS: readonly GoLink[] = [
	...CAUSES.map((cause) => ({ id: cause.id, page: cause.page, section: causeAnchor(cause) })),
	...EXTRA,
];

const BY_ID = new Map(GO_LINKS.map((link) => [link.id, link]));

/**
 * The page a link id opens (`'access-check'` → `'access-check'`, `'relogin'` →
 * `'causes/stale-credentials'`): the tools link to pages by these ids, not by paths.
 * @throws Error for an id that is not in GO_LINKS (a typo fails the build, not a reader's click).
 */
export function pageOf(id: string): string {
	const link = BY_ID.get(id);
	if (!link) throw new Error(`no short link "${id}" in GO_LINKS`);
	return link.page;
}

export function getGoLink(id: string): GoLink | undefined {
	return BY_ID.get(id);
}

/**
 * `/go/<id>/` under the site's base, with the values in the query string; with `lang`, the link
 * opens in that language whatever the reader's browser prefers (`?lang=fr` first).
 */
export function shortLink(
	base: string,
	id: string,
	values: Prefill = {},
	lang?: Locale
): LinkResult {
	if (!BY_ID.has(id)) return { ok: false, reason: 'bad-section' };
	// buildLink checks the values (no API key) and encodes them.
	const full = buildLink({ base, locale: DEFAULT_LOCALE, values });
	if (!full.ok) return full;
	const url = new URL(shortLinkUrl(base, id, new URL(full.url).search));
	if (lang) url.search = new URLSearchParams([[LANG_PARAM, lang], ...url.searchParams]).toString();
	return { ok: true, url: url.href };
}

/** The language a short link opens in: its `?lang=` when that is a language of the site, else the browser's. */
export function goLinkLocale(search: string, preferred: readonly string[]): Locale {
	const pinned = new URLSearchParams(search).get(LANG_PARAM);
	return isLocale(pinned ?? undefined) ? (pinned as Locale) : pickLocale(preferred);
}

/** Where a short link lands for one language: the long link, query string kept as is. */
export function resolveGoLink(
	link: GoLink,
	basePath: string,
	locale: Locale,
	search: string
): string {
	// The language pin has done its work here; the page itself has no use for it.
	const params = new URLSearchParams(search);
	if (params.has(LANG_PARAM)) {
		params.delete(LANG_PARAM);
		search = params.size ? `?${params}` : '';
	}
	return pageUrl(basePath, { locale, page: link.page, section: link.section, search });
}
