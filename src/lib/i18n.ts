// The site's UI strings, one dictionary per language (src/content/i18n/<locale>.json), for the
// code that runs at build time and in the CLI. Browser code receives only the strings it needs
// (data-strings), so it imports src/lib/locale.ts, never this file.
import en from '../content/i18n/en.json' with { type: 'json' };
import fr from '../content/i18n/fr.json' with { type: 'json' };
import type { Locale } from './locale.ts';

export type Dictionary = Readonly<Record<string, string>>;

/** Every language's dictionary; adding a language adds its JSON here and its entry in locale.ts. */
export const DICTIONARIES: Readonly<Record<Locale, Dictionary>> = { en, fr };
