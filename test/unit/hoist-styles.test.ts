import { describe, expect, it } from 'vitest';
import { hoistCodeStylesheet } from '../../src/lib/hoist-styles';

const LINK = '<link rel="stylesheet" href="/_astro/ec.w36nc.css">';

describe('hoistCodeStylesheet', () => {
  it('moves the code stylesheet from the body to the head, once', () => {
    const html = `<html><head><title>x</title></head><body><div>${LINK}<pre>a</pre></div><div>${LINK}<pre>b</pre></div></body></html>`;
    expect(hoistCodeStylesheet(html)).toBe(`<html><head><title>x</title>${LINK}</head><body><div><pre>a</pre></div><div><pre>b</pre></div></body></html>`);
  });

  it('keeps the base path and leaves other stylesheets and pages without code alone', () => {
    const sub = '<link rel="stylesheet" href="/wandb-403/_astro/ec.ab_1-.css">';
    const other = '<link rel="stylesheet" href="/_astro/index.B-AS4CzG.css">';
    expect(hoistCodeStylesheet(`<head></head><body>${other}${sub}</body>`)).toBe(`<head>${sub}</head><body>${other}</body>`);
    const plain = `<head>${other}</head><body><p>no code</p></body>`;
    expect(hoistCodeStylesheet(plain)).toBe(plain);
  });
});
