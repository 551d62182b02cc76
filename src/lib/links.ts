// Support links: a page of the guide, in one language, at one section, with the reader's
// values in the query string. Links outlive the values' checks, so only secrets are refused.
import { containsApiKey } from './names.ts';
import { isLocale, type Locale } from './locale.ts';
import { pageUrl } from './urls.ts';

export const PREFILL_KEYS = ['entity', 'project', 'host'] as const;

/**
 * The pages that read `?entity=…&project=…&host=…`: those with the name checker (test:
 * content/pages-with-values checks this list against the MDX). A link to any other page
 * carries no values, and nothing may promise the reader they will be filled in there.
 */
export const PAGES_WITH_VALUES: readonly string[] = [
	'causes/wrong-entity',
	'causes/wrong-project',
	'causes/wrong-host',
	'access-check',
];

/** Whether the page (slug under the locale, '' for the start page) fills its tools from a link's values. */
export function pageUsesValues(page: string): boolean {
	return PAGES_WITH_VALUES.includes(page);
}
export type PrefillKey = (typeof PREFILL_KEYS)[number];
export type Prefill = Partial<Record<PrefillKey, string>>;

export interface LinkRequest {
	/** Where the site lives, with its base path: `https://example.org/` or `https://example.org/wandb-403/`. */
	base: string;
	locale: Locale;
	/** Page slug under the locale, e.g. `causes/wrong-entity`; empty for the start page. */
	page?: string;
	section?: string;
	values?: Prefill;
}

export type LinkResult =
	{ ok: true; url: string } | { ok: false; reason: 'api-key' | 'bad-locale' | 'bad-section' };

export function buildLink(request: LinkRequest): LinkResult {
	if (!isLocale(request.locale)) return { ok: false, reason: 'bad-locale' };
	const values = request.values ?? {};
	if (PREFILL_KEYS.some((key) => containsApiKey(values[key] ?? '')))
		return { ok: false, reason: 'api-key' };
	if (request.section !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(request.section))
		return { ok: false, reason: 'bad-section' };
	const url = new URL(pageUrl(request.base, { locale: request.locale, page: request.page }));
	for (const key of PREFILL_KEYS) {
		const value = values[key];
		if (value !== undefined && value !== '') url.searchParams.set(key, value);
	}
	if (request.section) url.hash = request.section;
	return { ok: true, url: url.href };
}

/** Reads `?entity=…&project=…&host=…`; values are untrusted text and are returned as they are. */
export function readPrefill(search: string): Prefill {
	const params = new URLSearchParams(search);
	const prefill: Prefill = {};
	for (const key of PREFILL_KEYS) {
		const value = params.get(key);
		if (value !== null) prefill[key] = value;
	}
	return prefill;
}

/**
 * The query string without any parameter whose value holds an API key (`?a=1&project=<key>` →
 * `?a=1`; '' when nothing is left; the string unchanged when it holds no key). A key that reached a link must not stay in the address bar,
 * in history, or be carried further by a redirect.
 */
export function withoutApiKeys(search: string): string {
	const params = new URLSearchParams(search);
	const keyed = [...params].filter(([, value]) => containsApiKey(value)).map(([name]) => name);
	if (keyed.length === 0) return search;
	for (const name of keyed) params.delete(name);
	return params.size ? `?${params}` : '';
}
