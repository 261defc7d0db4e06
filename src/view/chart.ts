import { CATEGORIES, isSpecial, type Category } from "../categories.js";
import { CATEGORY_STYLES } from "./categories.js";
import { escapeHtml } from "./escape.js";

/**
 * Counts per category as a small horizontal bar chart (plain HTML and CSS),
 * largest first. Each row is a button carrying `data-filter` so the page
 * script can filter by it; without the script it is still a readable list.
 */
export function renderCategoryChart(counts: Partial<Record<Category, number>>): string {
  const rows = CATEGORIES.filter((c) => (counts[c] ?? 0) > 0).sort(
    (a, b) => counts[b]! - counts[a]! || CATEGORIES.indexOf(a) - CATEGORIES.indexOf(b),
  );
  if (rows.length === 0) return `<p class="chart-empty">Nothing was redacted.</p>`;
  const max = Math.max(...rows.map((c) => counts[c]!));
  const items = rows
    .map((c) => {
      const n = counts[c]!;
      const style = CATEGORY_STYLES[c];
      const width = Math.max(4, Math.round((n / max) * 100));
      return (
        `<li><button type="button" class="chart-row" data-filter="${c}" data-count="${n}"` +
        ` title="Show only messages with ${escapeHtml(style.label)}">` +
        `<span class="chart-label">${escapeHtml(style.label)}${isSpecial(c) ? ' <abbr title="GDPR special category (Art. 9/10)">special</abbr>' : ""}</span>` +
        `<span class="chart-track"><span class="chart-bar" style="width:${width}%;background:${style.color}"></span></span>` +
        `<span class="chart-count">${n}</span></button></li>`
      );
    })
    .join("");
  return `<ol class="chart" aria-label="Findings per category">${items}</ol>`;
}
