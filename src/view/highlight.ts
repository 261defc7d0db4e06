import type { Category } from "../categories.js";
import type { Finding, RedactResult } from "../redactor/types.js";
import { CATEGORY_STYLES } from "./categories.js";
import { escapeHtml } from "./escape.js";
import { segmentsOf } from "./segments.js";

/**
 * The redacted text as HTML: every redacted region is a `<mark>` in its
 * category's colour, followed by the category label. Only the redacted text
 * and finding metadata (category, confidence, recognizer, flags) are used,
 * never `finding.value`, and everything is escaped.
 *
 * Marks carry `data-categories` (space-separated) for filters and tests.
 */
export function renderHighlightedText(result: Pick<RedactResult, "text" | "findings">): string {
  const { segments } = segmentsOf(result);
  let html = "";
  for (const s of segments) {
    if (s.kind === "plain") {
      html += escapeHtml(s.text);
      continue;
    }
    const style = CATEGORY_STYLES[s.primary];
    const label = s.categories.map((c) => CATEGORY_STYLES[c].label).join(" + ");
    const text = s.text.length > 0 ? escapeHtml(s.text) : "&#8709;";
    html +=
      `<mark class="hl" data-categories="${s.categories.join(" ")}" style="--hl:${style.color}"` +
      ` title="${escapeHtml(describe(s.categories, s.findings))}">` +
      `<span class="hl-text">${text}</span><span class="hl-label">${escapeHtml(label)}</span></mark>`;
  }
  return html;
}

/** A tooltip line per category: confidence, recognizer and annotations (never the raw text). */
function describe(categories: readonly Category[], findings: readonly Finding[]): string {
  return categories
    .map((c) => {
      const fs = findings.filter((f) => f.category === c);
      const confidence = Math.max(...fs.map((f) => f.confidence));
      const notes = [
        `confidence ${confidence.toFixed(2)}`,
        [...new Set(fs.map((f) => f.recognizer))].join(", "),
        fs.some((f) => f.negated === true) ? "negated" : "",
        fs.some((f) => f.experiencer === "other") ? "about someone else" : "",
        fs.some((f) => f.nude === true) ? "nude" : "",
      ].filter((n) => n !== "");
      return `${CATEGORY_STYLES[c].label}: ${notes.join("; ")}`;
    })
    .join("\n");
}
