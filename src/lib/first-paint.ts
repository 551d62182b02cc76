// When the browser first paints a guide page. Chromium paints as soon as it has parsed the
// first chunk of a long page, then restyles and lays the page out again for every further
// chunk; on a phone those later passes are long tasks that delay the first tap (Lighthouse's
// Total Blocking Time). A `<link rel="expect" blocking="render">` in the head holds the first
// paint until the element with this id, the last one in `<main>`, has been parsed: the page
// is then styled and laid out once, complete, as a short page is anyway. Browsers without
// rel=expect paint as before; if the element were missing, the end of parsing releases it.
export const PAGE_END_ID = 'w403-page-end';
