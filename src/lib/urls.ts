// Every address of the site is built here: a page in a language (with values and a section)
// and a short link, under the base path. Components, pages, the CLI, the access check and the
// scripts call these, so the URL scheme lives in this one file (Starlight's utils/base.ts and
// utils/localizedUrl.ts do the same job for Starlight).

/**
 * A base with exactly one trailing slash: `/wandb-403` → `/wandb-403/`, `''` → `/`; an
 * absolute root keeps its origin (`https://docs.example.com/x` → `https://docs.example.com/x/`).
 */
export function withTrailingSlash(base: string): string {
	return base.replace(/\/?$/, '/');
}

export interface PageAddress {
	/** The page's language segment (`en`, `fr`). */
	locale: string;
	/** Slug under the language (`causes/wrong-entity`), `''` or absent for its start page. */
	page?: string;
	/** Heading id, without `#`. */
	section?: string;
	/** Query string as it goes into the URL: `''` or starting with `?`. */
	search?: string;
}

/**
 * `<base><locale>/<page>/<search>#<section>`: where a page of the guide is, e.g.
 * `/wandb-403/fr/causes/wrong-entity/?entity=acme#fix`. `base` is a path or an absolute root,
 * with or without its trailing slash; nothing is encoded here (values go through
 * `URLSearchParams` before they reach `search`).
 */
export function pageUrl(
	base: string,
	{ locale, page = '', section, search = '' }: PageAddress
): string {
	const slug = page.replace(/^\/+|\/+$/g, '');
	return `${withTrailingSlash(base)}${locale}/${slug ? slug + '/' : ''}${search}${section ? '#' + section : ''}`;
}

/** `<base>go/<id>/<search>`: a short link (src/lib/golinks.ts has the ids). */
export function shortLinkUrl(base: string, id: string, search = ''): string {
	return `${withTrailingSlash(base)}go/${id}/${search}`;
}
