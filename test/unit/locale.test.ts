import { describe, expect, it } from 'vitest';
import { pickLocale, isLocale } from '../../src/lib/locale';

describe('picking the reader’s language', () => {
	it('sends French-preferring browsers to French, whatever the region', () => {
		expect(pickLocale(['fr-FR', 'en-US'])).toBe('fr');
		expect(pickLocale(['fr-CA'])).toBe('fr');
		expect(pickLocale(['FR'])).toBe('fr');
	});

	it('sends everyone else to English', () => {
		expect(pickLocale(['en-US', 'fr-FR'])).toBe('en');
		expect(pickLocale(['de-DE', 'ja'])).toBe('en');
		expect(pickLocale([])).toBe('en');
	});

	it('takes the first language the site has, in the browser’s order', () => {
		expect(pickLocale(['de-DE', 'fr-FR', 'en'])).toBe('fr');
	});

	it('knows its locales', () => {
		expect(isLocale('fr')).toBe(true);
		expect(isLocale('de')).toBe(false);
		expect(isLocale(undefined)).toBe(false);
	});
});
