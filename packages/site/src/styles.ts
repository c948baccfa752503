import { createHash } from 'node:crypto';

// One small stylesheet for every page. Colours pass WCAG AA contrast on white (#1d1d1f text 16:1,
// #0b5cad links 6.6:1, #8a1c1c status 8.6:1); layout is one column that widens to 48rem and needs
// no media queries to work at 320 px. Printed (an event's programme handed out at the door), a page keeps
// what it says, the funding statement too (funders ask for it on printed material), and drops navigation,
// forms and calendar links, which do nothing on paper; an agenda item is not split across pages.
// Long words may break anywhere (a URL or an e-mail must not widen a page at 320 px), but not in a table: there
// `anywhere` lets a narrow column cut "Województwo" into pieces, so cells break between words and a table wider
// than the screen scrolls in its region (cooperation-table.tsx).
// A record's facts give their labels at most 40% of the width (a label wraps before its value is squeezed to a
// column where "40 000,00 zł" does not fit at 320 px).
export const STYLESHEET = `*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1d1d1f;background:#fff;overflow-wrap:anywhere}
a{color:#0b5cad;text-underline-offset:.15em}
a:hover{color:#083f78}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,.table-scroll:focus-visible{outline:3px solid #c25400;outline-offset:2px}
.skip{position:absolute;left:.5rem;top:-3rem;background:#fff;padding:.5rem 1rem;z-index:10;border:2px solid #0b5cad}
.skip:focus{top:.5rem}
.wrap{max-width:48rem;margin:0 auto;padding:0 1rem}
header.site{border-bottom:1px solid #d0d4da;background:#f5f7fa}
header.site .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem;padding-top:.75rem;padding-bottom:.75rem}
.brand{font-weight:700;font-size:1.25rem;text-decoration:none;color:#1d1d1f}
nav.main ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.lang{margin-left:auto}
main{display:block;padding:1rem 0 2rem}
h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.3rem;margin:2rem 0 .75rem}
h3{font-size:1.1rem;margin:1.25rem 0 .5rem}
dl.facts{display:grid;grid-template-columns:fit-content(40%) 1fr;gap:.35rem 1rem;margin:1rem 0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
.notice{background:#fff8d6;border:2px solid #8a6d00;padding:.5rem 1rem;margin:1rem 0}
.status{display:inline-block;background:#fbeaea;color:#8a1c1c;border:2px solid #8a1c1c;font-weight:700;padding:.25rem .75rem;margin:0 0 1rem}
.found{font-weight:700;margin:0 0 1rem}
.funding{border:2px solid #1d1d1f;padding:.75rem 1rem;margin:1.5rem 0;background:#fff}
.funding h2{margin-top:.25rem}
.funding p{margin:.25rem 0}
.funding .statement{font-weight:700}
.funding img{max-width:12rem;height:auto}
ol.agenda{list-style:none;padding:0;margin:0}
ol.agenda>li{border-left:4px solid #0b5cad;padding:.25rem 0 .25rem 1rem;margin:0 0 1.25rem}
.time{font-variant-numeric:tabular-nums;color:#4a4f57}
.kind{font-weight:600;text-transform:uppercase;font-size:.85rem;letter-spacing:.04em;color:#4a4f57}
ul.tags{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
ul.cards{list-style:none;padding:0}
ul.cards>li{border-bottom:1px solid #d0d4da;padding:.75rem 0}
.meta{color:#4a4f57;font-size:.95rem}
.cancelled{text-decoration:line-through}
form.filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;margin:1rem 0;padding:.75rem;background:#f5f7fa}
form.filters label{display:flex;flex-direction:column;font-size:.9rem;flex:1 1 12rem;min-width:0}
form.filters select{width:100%}
form.filters>p{flex:1 0 100%;margin:0}
input,select,button{font:inherit;padding:.35rem .5rem;border:1px solid #6b7280;border-radius:3px;max-width:100%}
button{background:#0b5cad;color:#fff;border-color:#0b5cad;cursor:pointer}
nav.pages ul{list-style:none;padding:0;display:flex;gap:1rem;flex-wrap:wrap}
.table-scroll{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #d0d4da;vertical-align:top;overflow-wrap:break-word}
td>p{margin:0 0 .5rem}
td>p:last-child{margin-bottom:0}
td>p.meta{margin-top:.35rem}
footer.site{border-top:1px solid #d0d4da;background:#f5f7fa;padding:1rem 0 2rem;font-size:.95rem}
footer.site ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.body{max-width:42rem}
@media print{@page{margin:1.5cm}
body{font-size:11pt;color:#000}
a{color:#000;text-decoration:none}
.skip,nav.main,.lang,form.filters,nav.pages,.subscribe,footer.site ul,section[aria-labelledby=kalendarz]{display:none}
header.site,footer.site{background:none;border:0}
.wrap,header.site .wrap{max-width:none;padding:0}
main{padding:0}
ol.agenda>li,.funding,dl.facts,ul.cards>li,tr{break-inside:avoid}
h2,h3,h4{break-after:avoid}
.table-scroll{overflow:visible}}
`;

/** The stylesheet's path: named by its content hash, so it can be cached for a year. */
export const STYLESHEET_PATH = `/assets/site-${createHash('sha256').update(STYLESHEET).digest('hex').slice(0, 10)}.css`;
