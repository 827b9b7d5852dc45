"""The style sheet and speaker palette of :mod:`newsparse.render`: data, not logic.

The page needs no script: the furniture toggle is a checkbox read by a CSS sibling selector,
and details show in ``title`` tooltips and side tables. The page loads nothing from the
network; its Content-Security-Policy (:data:`CSP`) forbids it.
"""

from __future__ import annotations

__all__ = ["CSP", "CSS", "PALETTE"]

#: Forbids every fetch (scripts, fonts, images, frames); allows the inline style sheet only.
CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

#: Speaker colours: (highlight background, strong ink) pairs, chosen to stay readable behind
#: black text and to differ in hue. More speakers than pairs get generated hues.
PALETTE: tuple[tuple[str, str], ...] = (
    ("#ffd8a8", "#d9480f"),  # orange
    ("#a5d8ff", "#1864ab"),  # blue
    ("#b2f2bb", "#2b8a3e"),  # green
    ("#fcc2d7", "#a61e4d"),  # pink
    ("#d0bfff", "#5f3dc4"),  # violet
    ("#ffec99", "#e67700"),  # yellow
    ("#99e9f2", "#0b7285"),  # cyan
    ("#ffc9c9", "#c92a2a"),  # red
    ("#d8f5a2", "#5c940d"),  # lime
)

#: Colours of quotes with no speaker.
UNATTRIBUTED = ("#e9ecef", "#495057")

CSS = """
:root { --ink: #1d1d1f; --muted: #6b6b70; --rule: #d9d9de; --paper: #ffffff;
  --qty: #2f9e44; --date: #1c7ed6; --side: #f7f7f9; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font: 16px/1.55 Georgia, "Times New Roman", serif; }
.page-head { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: baseline;
  padding: .75rem 1.25rem; border-bottom: 1px solid var(--rule);
  font: 14px/1.4 system-ui, sans-serif; }
.page-head h1 { font-size: 1rem; margin: 0; }
.page-head .key { display: flex; flex-wrap: wrap; gap: .25rem 1rem; color: var(--muted); }
.controls { display: block; cursor: pointer; font: 14px/1.4 system-ui, sans-serif;
  padding: .5rem 1.25rem .5rem 3rem; background: var(--side);
  border-bottom: 1px solid var(--rule); }
#hide-furniture { position: absolute; margin: .6rem 0 0 1.4rem; }
#hide-furniture:checked ~ main .furniture { display: none; }
nav.toc { font: 14px/1.5 system-ui, sans-serif; padding: .5rem 1.25rem;
  border-bottom: 1px solid var(--rule); }
nav.toc ol { margin: .25rem 0; padding-left: 1.5rem; }
main { padding: 0 1.25rem; }
.article { display: grid; grid-template-columns: minmax(0, 40rem) minmax(20rem, 1fr);
  gap: 1.5rem 2.5rem; padding: 1.5rem 0; border-bottom: 2px solid var(--rule); }
.article > .text { min-width: 0; }
.article .art-no { font: 12px/1 system-ui, sans-serif; color: var(--muted);
  text-transform: uppercase; letter-spacing: .08em; }
.blk { white-space: pre-wrap; overflow-wrap: anywhere; }
h2.blk { font-size: 1.9rem; line-height: 1.2; margin: .35rem 0 .75rem; }
.blk-byline { font: 600 .95rem/1.4 system-ui, sans-serif; margin: .25rem 0; }
.blk-stamp { font: .85rem/1.4 system-ui, sans-serif; color: var(--muted); margin: .15rem 0; }
ul.bullets { margin: .75rem 0; padding-left: 1.25rem; font-weight: 600; }
figure.caption { margin: 1rem 0; padding: .5rem .75rem; border-left: 4px solid var(--rule);
  background: var(--side); font: italic .9rem/1.45 system-ui, sans-serif; }
figure.caption figcaption { margin: 0; }
.credit { font-style: normal; font-weight: 600; color: var(--muted); }
p.blk-body { margin: 0 0 .9rem; }
.furniture { opacity: .45; font: .85rem/1.4 system-ui, sans-serif; margin: .2rem 0;
  border-left: 3px dashed var(--rule); padding-left: .5rem; }
.m-quote { background: var(--bg); border-radius: 2px; box-decoration-break: clone;
  -webkit-box-decoration-break: clone; }
.m-quote.k-indirect { background: linear-gradient(transparent 68%, var(--bg) 68%); }
.m-quote.k-mixed { background: linear-gradient(transparent 40%, var(--bg) 40%); }
.m-speaker { font-weight: 700; border-bottom: 2px solid var(--fg); }
.m-cue { font-style: italic; text-decoration: underline dotted var(--fg, var(--muted)); }
.m-qty { outline: 1.5px solid var(--qty); outline-offset: 0; border-radius: 2px; }
.m-date { border-bottom: 3px double var(--date); }
.m-dateline { font-variant: small-caps; font-weight: 700; letter-spacing: .03em; }
.m-stamp { border-bottom: 1px dotted var(--muted); }
.m-credit { font-weight: 700; font-style: normal; }
.m[title] { cursor: help; }
:target { outline: 3px solid #f59f00 !important; }
aside.facts { font: 13px/1.4 system-ui, sans-serif; background: var(--side);
  border: 1px solid var(--rule); border-radius: 6px; padding: .75rem 1rem; align-self: start;
  min-width: 0; }
aside.facts h3 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em;
  color: var(--muted); margin: .9rem 0 .35rem; }
aside.facts h3:first-child { margin-top: 0; }
ul.legend { list-style: none; margin: 0; padding: 0; }
ul.legend li { display: flex; gap: .5rem; align-items: center; margin: .2rem 0; }
.swatch { display: inline-block; width: 1.1em; height: 1.1em; border-radius: 3px;
  background: var(--bg); border: 2px solid var(--fg); flex: none; }
.legend .count { margin-left: auto; font-variant-numeric: tabular-nums; color: var(--muted); }
.legend .title { color: var(--muted); }
.scroll { overflow-x: auto; }
table.side { border-collapse: collapse; width: 100%; }
table.side th, table.side td { text-align: left; vertical-align: top; padding: .2rem .35rem;
  border-bottom: 1px solid var(--rule); }
table.side td.nw { white-space: nowrap; }
table.side th { font-weight: 600; color: var(--muted); }
table.side td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
.none { color: var(--muted); font-style: italic; margin: 0; }
@media (max-width: 1100px) {
  .article { grid-template-columns: minmax(0, 44rem); }
}
@media (max-width: 760px) {
  body { font-size: 15px; }
  main { padding: 0 .75rem; }
  .article { grid-template-columns: minmax(0, 1fr); }
  h2.blk { font-size: 1.5rem; }
  aside.facts { overflow-x: auto; }
}
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 11pt; }
  .controls, nav.toc, #hide-furniture { display: none; }
  .furniture { display: none; }
  .article { display: block; border: 0; break-before: page; }
  .article:first-child { break-before: auto; }
  aside.facts { break-inside: avoid; margin-top: 1rem; }
  table.side tr { break-inside: avoid; }
  .m-qty { outline: 0; border-bottom: 1.5px solid var(--qty); }
}
"""
