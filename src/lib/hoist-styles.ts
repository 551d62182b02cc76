// Expressive Code links its stylesheet from the first code block of a page, in the body.
// The browser finds it late and, when it arrives, restyles and lays out the whole page
// again; on a phone that second pass was one of the longest tasks of the load. Linked from
// the head, it loads with the page's other styles and applies in the first pass.
// Pure string work on built HTML; src/integrations/hoist-styles.ts applies it.

const CODE_STYLESHEET = /<link rel="stylesheet" href="[^"]*\/ec\.[A-Za-z0-9_-]+\.css"\s*\/?>/g;

export function hoistCodeStylesheet(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const links = [...html.slice(headEnd).matchAll(CODE_STYLESHEET)].map((match) => match[0]);
  if (links.length === 0) return html;
  const head = html.slice(0, headEnd);
  const body = html.slice(headEnd).replace(CODE_STYLESHEET, '');
  const missing = [...new Set(links)].filter((link) => !head.includes(link));
  return head + missing.join('') + body;
}
