import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { PAGE_END_ID } from '../../src/lib/first-paint';
import { assertBuilt, LOCALES, localePages, parsePage, select, selectAll } from '../support/dist';

assertBuilt();
const pages = LOCALES.flatMap((locale) => localePages(locale).map((slug) => `/${locale}/${slug ? slug + '/' : ''}`));

// src/lib/first-paint.ts: the first paint waits for the page's last element. If a layout
// change put content after that element, the page would again be painted before it is all
// there; if the element went missing, the hold would last to the end of parsing.
describe('guide pages hold their first paint until the article is parsed', () => {
  it.each(pages)('%s waits for the last element of <main>', (path) => {
    const tree = parsePage(path);
    const holds = selectAll('head link[rel~="expect"]', tree).map((link) => [link.properties.href, String(link.properties.blocking)]);
    expect(holds).toEqual([[`#${PAGE_END_ID}`, 'render']]);
    const main = select('main', tree)!;
    const inMain = selectAll('*', main) as Element[];
    expect(selectAll(`#${PAGE_END_ID}`, tree)).toHaveLength(1);
    expect(inMain.at(-1)?.properties.id).toBe(PAGE_END_ID);
  });
});
