// Which of the site's languages a reader gets when nothing in the URL says.

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself (language menus, tables) and its Open Graph code. */
export const LOCALE_INFO: Readonly<Record<Locale, { label: string; og: string }>> = {
	en: { label: 'English', og: 'en_US' },
	fr: { label: 'Français', og: 'fr_FR' },
};

/** `en|fr`: for usage texts and patterns that match a path's language segment. */
export const LOCALE_ALTERNATION = LOCALES.join('|');

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the first of the browser's preferred languages that the site has
 * (`fr-CA` counts as `fr`), else English.
 */
export function pickLocale(preferred: readonly string[]): Locale {
	for (const tag of preferred) {
		const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
		if (isLocale(primary)) return primary;
	}
	return DEFAULT_LOCALE;
}
