import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertBuilt, fileForPath, htmlPaths } from '../support/dist';

assertBuilt();
const pages = htmlPaths().filter((path) => !path.startsWith('/pagefind/'));

describe('stylesheets load from the head', () => {
  it.each(pages)('%s links no stylesheet from its body (a late stylesheet restyles the whole page)', (path) => {
    const html = readFileSync(fileForPath(path), 'utf8');
    const body = html.slice(html.indexOf('</head>'));
    expect(body.match(/<link[^>]+rel="stylesheet"[^>]*>/g) ?? []).toEqual([]);
  });
});
