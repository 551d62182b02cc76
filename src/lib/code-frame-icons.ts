// Masks for the two icons Expressive Code draws in CSS: the copy button's and the three dots
// of a terminal frame. Expressive Code ships them as SVG data URLs, and every SVG image costs
// the browser a separate SVG document, built while the first code block on screen is styled:
// about 10 ms of main-thread work per page on this project's machines (Chromium traces), which
// Lighthouse's mobile profile counts four times over. These draw the same shapes without one:
// - the dots as three CSS circles, exactly;
// - the copy icon as a PNG, drawn by Chromium from Expressive Code's SVG at 64 × 64 px (four
//   times its 16 px size). test/browser/code-icons.test.ts compares both with the SVGs below
//   and prints a fresh PNG if Expressive Code's icon ever changes.

/** Expressive Code's SVGs (plugin-frames 0.44), kept to check the masks against. */
export const EXPRESSIVE_CODE_ICONS = {
  copy: "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='black' stroke-width='1.75'><path d='M3 19a2 2 0 0 1-1-2V2a2 2 0 0 1 1-1h13a2 2 0 0 1 2 1'/><rect x='6' y='5' width='16' height='18' rx='1.5' ry='1.5'/></svg>",
  terminal: "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 60 16' preserveAspectRatio='xMidYMid meet'><circle cx='8' cy='8' r='8'/><circle cx='30' cy='8' r='8'/><circle cx='52' cy='8' r='8'/></svg>",
} as const;

/** Three dots of radius 8 at x = 8, 30 and 52 in a 60 × 16 box, as Expressive Code's SVG has them. */
export const TERMINAL_DOTS_MASK = [8, 30, 52]
  .map((x) => `radial-gradient(circle closest-side at ${((x / 60) * 100).toFixed(3)}% 50%, #000 calc(100% - 0.5px), transparent calc(100% + 0.5px))`)
  .join(', ');

const COPY_ICON_PNG = [
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAADCklEQVR4AeybS8hOQRzGP1YkSW65JMVGYmWjXDeyEUuXwkoRKyU2',
  'LmXBysIlVhbuySULNhJKUUSSLGykbEhIUa6/p773NWfe872TGYf/O998Pc+ZOWc6/3nmmf/7vuf0zQztG/hvJk2X4S1DvImWU3AX',
  'nAKTMZAB6uAZ0VfCRYa4BC1r4V74Ch6CSagz4CgR1QGFeWxB4XUYDd+ApUTaBHsJyxC7G0bBN+B4VJT/f9OIWAm+AdO8QC85HwOH',
  'GOFIdKyDb6BwhoM0b6eMgm+AH+Q+F95BK/iEkJNwIZwL9YWoSaIah5ABmvm4yM3e9ZzwD2EyQgYkd2A9QDHA+gw1re9vZYAeSK4i',
  '9jX8aYhP0XIC6mmWohOpBuibWI/MeiRdTviJ0BJmIWYD1PvMWcpRsIIUA0YT6RrUSxOFeaxC4TFYQYoBSq1xlWj2T2SCXvDaSmMN',
  'mECEFdDHWy7cNsK76OgAF7bCNmINmN6O8LtykaoyYjGlBc5Hx2T4EbqY4Z7EGjDJDdJfv9BfWir0q3TDEzTVPY81oO6+H25gQ/Wu',
  'uuoGYkh781KKAc17bLuHkgG256d5dSUDmvfYdg8lA2zPT/PqSgY077HtHkoG2J6fdHWhCCUDQg7l3l4yIPcZDo2vZEDIodzbSwbk',
  'PsOh8ZUMCDmUe3vJgNxnODS+kgEBh74G2nu+2c2AYTWjGV5zLatLrgFfGJn+v0/RxoJ2rUcqfyrTNUD3PtDB4VjqWi1KkSd8AzrW',
  '0DDsDzBb+AZoqdsVZ7TfqW+G2cI3QGv81jDaO1A4zOEFzBa+ARroZw5aWLiTcg/MGnUGtAa8n8p7mDW6GZD1wFuDKwa0nBisZWwG',
  '+IsP5d94HQxSq1pdWRXtsQY8cSP21zdSzoaWoJ90/3H+sSsw1gCtwPQ3U80hsIzRs4QVnkaTj0fuhVgDFGOfDj1G7To76GpOMUCB',
  'zrvBeqC+Ho2VbXYpBhCrbzWHHfAbtAxttJ6HwEuwglQD9Fk/QER9/rdRnoP/dL9Al/601f4I7doyI333qHfgFwAAAP//lCJucAAA',
  'AAZJREFUAwB3Y/YD0fSRswAAAABJRU5ErkJggg==',
].join('');

export const COPY_ICON_MASK = `url("data:image/png;base64,${COPY_ICON_PNG}")`;
