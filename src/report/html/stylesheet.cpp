#include "report/html/stylesheet.hpp"

namespace pdurate::report::html {
namespace {

constexpr std::string_view kStylesheet = R"css(
@page { size: A4; margin: 14mm 12mm 16mm 12mm; }
:root { --r0: #D55E00; --r1: #E69F00; --r2: #009E73; --r3: #0072B2; --plain: #5B6F86; --ink: #1b1b1b; --soft: #555; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, Helvetica, sans-serif; color: var(--ink); font-size: 15px;
  line-height: 1.45; max-width: 1040px; margin: 0 auto; padding: 28px 32px 48px; background: #fff; }
header { border-bottom: 3px solid var(--ink); padding-bottom: 10px; margin-bottom: 18px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 22px; margin: 0 0 10px; padding-top: 4px; }
h3 { font-size: 17px; margin: 20px 0 6px; }
p { margin: 6px 0; }
.meta, .quiet, figcaption, caption { color: var(--soft); font-size: 13px; }
.banner { border: 2px solid var(--ink); background: #fff7d6; padding: 8px 12px; font-weight: bold; margin: 10px 0; }
section.part { margin-top: 30px; }
section.part + section.part:not(.tail) { break-before: page; }
.standard { margin: 18px 0 26px; }
.standard h3, h2 { break-after: avoid; }
.standard h3 { display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
figure { margin: 8px 0 10px; break-inside: avoid; }
svg.chart { display: block; width: 100%; height: auto; max-width: 1000px; }
.headline { display: flex; gap: 28px; align-items: center; flex-wrap: wrap; border: 1px solid #bbb;
  border-left: 10px solid var(--ink); padding: 12px 18px; margin: 6px 0 10px; break-inside: avoid; }
.headline.r0 { border-left-color: var(--r0); } .headline.r1 { border-left-color: var(--r1); }
.headline.r2 { border-left-color: var(--r2); } .headline.r3 { border-left-color: var(--r3); }
.headline .big { font-size: 30px; font-weight: bold; }
.headline .what { font-size: 13px; color: var(--soft); text-transform: uppercase; letter-spacing: .05em; }
.rating { display: inline-block; padding: 1px 9px; border-left: 8px solid #999; background: #f1f1f1;
  font-weight: bold; white-space: nowrap; }
.rating.r0 { border-color: var(--r0); background: #FBE4D6; } .rating.r1 { border-color: var(--r1); background: #FCF0D4; }
.rating.r2 { border-color: var(--r2); background: #D6F0E7; } .rating.r3 { border-color: var(--r3); background: #D6E7F3; }
.rating.none { font-weight: normal; font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 13.5px; break-inside: avoid; }
caption { text-align: left; padding: 2px 0 4px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #ddd; vertical-align: top; }
th { border-bottom: 2px solid #888; font-weight: bold; }
th[scope="row"] { border-bottom: 1px solid #ddd; }  /* a row's heading: ruled as its row, not as the table's head */
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
tr.domain th { background: #f3f3f3; border-bottom: 1px solid #bbb; padding-top: 8px; }
tr.total th, tr.total td { border-top: 2px solid #888; border-bottom: 1px solid #ddd; font-weight: bold; }
tr.lowest td { font-weight: bold; }
table.key-questions th:first-child, table.key-questions td:first-child { width: 32%; }
table.key-questions th:last-child, table.key-questions td:last-child { width: 22%; }
td.out-of { white-space: nowrap; }
.ratings td.rating-cell { width: 38%; }
table.agreement-ratings td:first-child { width: 19%; }
table.agreement-ratings .rating { white-space: normal; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: 13px; margin: 4px 0; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 5px; vertical-align: -1px; }
.swatch.r0 { background: var(--r0); } .swatch.r1 { background: var(--r1); }
.swatch.r2 { background: var(--r2); } .swatch.r3 { background: var(--r3); } .swatch.plain { background: var(--plain); }
.check { margin: 4px 0; padding-left: 10px; border-left: 3px solid #bbb; }
.check.departure { border-left-color: var(--r0); }
blockquote { margin: 6px 0; padding: 6px 12px; background: #f6f6f6; border-left: 3px solid #888; }
.warning { font-weight: bold; }
ul.notes { padding-left: 20px; font-size: 13.5px; }
footer { margin-top: 36px; border-top: 1px solid #bbb; padding-top: 8px; font-size: 12px; color: var(--soft); }
svg.chart text { font-family: inherit; font-size: 15px; fill: var(--ink); }
svg.chart .fill.r0 { fill: var(--r0); } svg.chart .fill.r1 { fill: var(--r1); }
svg.chart .fill.r2 { fill: var(--r2); } svg.chart .fill.r3 { fill: var(--r3); }
svg.chart .fill.plain { fill: var(--plain); }
svg.chart .fill.before { fill-opacity: .4; }
svg.chart .zone.r0 { fill: var(--r0); fill-opacity: .13; } svg.chart .zone.r1 { fill: var(--r1); fill-opacity: .13; }
svg.chart .zone.r2 { fill: var(--r2); fill-opacity: .13; } svg.chart .zone.r3 { fill: var(--r3); fill-opacity: .13; }
svg.chart .whisker { stroke: #000; stroke-width: 1.6; }
svg.chart .edge { stroke: #333; stroke-width: 1; stroke-dasharray: 4 3; }
svg.chart .axis { stroke: #666; stroke-width: 1; }
svg.chart .rule { stroke: #e6e6e6; stroke-width: 1; }
svg.chart .label.marked { font-weight: bold; }
svg.chart .mark { font-size: 13px; font-style: italic; fill: var(--soft); }
svg.chart .note { font-variant-numeric: tabular-nums; }
svg.chart .aside { font-size: 14px; fill: var(--soft); }
svg.chart .zone-label, svg.chart .tick { font-size: 13px; fill: #444; }
svg.chart .segment-label, svg.chart .zone-name { font-size: 14px; font-weight: bold;
  paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
svg.chart .marker { fill: var(--ink); }
svg.chart .marker-line { stroke: var(--ink); stroke-width: 3; }
svg.chart .bracket { stroke: var(--ink); stroke-width: 2; fill: none; }
svg.chart .caption { font-size: 15px; font-weight: bold; }
svg.chart .stripe { fill: #f4f4f4; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h1 { font-size: 20pt; } h2 { font-size: 15pt; } h3 { font-size: 12pt; }
  table { font-size: 9.5pt; }
  section.part { margin-top: 0; }
}
)css";

}  // namespace

std::string_view stylesheet() { return kStylesheet; }

std::string tone(const rules::Rules& rules, rules::Level level) {
  const std::size_t n = rules.scale.size();
  if (n <= 1) return "r3";
  // Level 0 is r0, the top is r3, and the levels between spread over r1 and r2 by position.
  const std::size_t index = (level * 3 * 2 + (n - 1)) / (2 * (n - 1));
  return "r" + std::to_string(index);
}

}  // namespace pdurate::report::html
