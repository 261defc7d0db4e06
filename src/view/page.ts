import { CATEGORIES } from "../categories.js";
import type { RedactResult } from "../redactor/types.js";
import type { ConversationReport, Risk } from "../report/schema.js";
import { CATEGORY_STYLES } from "./categories.js";
import { renderCategoryChart } from "./chart.js";
import { escapeHtml } from "./escape.js";
import { renderHighlightedText } from "./highlight.js";
import { VIEW_SCRIPT } from "./script.js";
import { renderSignals } from "./signals.js";
import { VIEW_CSS } from "./style.js";

/** One message of the viewer page. */
export interface ViewerMessage {
  /** Shown in the message header as given (a record id, not content). */
  readonly id?: string | number;
  /** Shown as given ("customer", "operator"); callers pass only known role words. */
  readonly role?: string;
  readonly result: RedactResult;
}

export interface ViewerInput {
  readonly title?: string;
  /** Where the messages came from (a file name), shown under the title. */
  readonly source?: string;
  readonly messages: readonly ViewerMessage[];
  /** The conversation report of the same messages (`redactConversation`). */
  readonly report: ConversationReport;
  /** When the page was made; shown under the title. */
  readonly generatedAt?: string;
}

/**
 * A self-contained HTML page for a logbook: conversation report, signals with
 * their recommended actions, counts per category as a bar chart, a category
 * filter, and every message's redacted text with its findings highlighted.
 *
 * Pure: a string from the results, everything escaped, CSS and script inline,
 * and a Content-Security-Policy that forbids every network request. It holds
 * the redacted text and finding metadata only, never `finding.value` or the
 * original text (with the `keep` operator the kept text is part of the
 * redacted text, as the caller asked).
 */
export function renderViewerPage(input: ViewerInput): string {
  const { report } = input;
  const title = input.title ?? "chat-redact logbook";
  const languages = Object.entries(report.languages)
    .map(([code, n]) => `${code} ×${n}`)
    .join(", ");
  const meta = [
    `${report.messages} message${report.messages === 1 ? "" : "s"}`,
    languages === "" ? "" : `languages: ${languages}`,
    input.source === undefined ? "" : `source: ${input.source}`,
    input.generatedAt === undefined ? "" : `generated ${input.generatedAt}`,
  ].filter((m) => m !== "");
  const present = CATEGORIES.filter((c) => (report.categories[c] ?? 0) > 0);
  const options = present
    .map(
      (c) =>
        `<option value="${c}">${escapeHtml(CATEGORY_STYLES[c].label)} (${report.categories[c]})</option>`,
    )
    .join("");
  const messages = input.messages.map((m, i) => renderMessage(m, i)).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="chat-redact">
<title>${escapeHtml(title)}</title>
<style>${VIEW_CSS}</style>
</head>
<body>
<header class="top">
<h1>${escapeHtml(title)}</h1>
<p class="meta">${meta.map(escapeHtml).join(" · ")}</p>
<div class="panels">
<section class="panel" id="report" aria-labelledby="report-h">
<h2 id="report-h">Report</h2>
<p>Risk: ${riskBadge(report.risk)}</p>
<p class="summary">${escapeHtml(report.summary)}</p>
<p class="meta">special categories: ${report.special ? "yes" : "no"} · nude image: ${report.nude ? "yes" : "no"}</p>
</section>
<section class="panel" id="signals" aria-labelledby="signals-h">
<h2 id="signals-h">Signals and actions</h2>
${renderSignals(report.signals)}
</section>
<section class="panel" id="counts" aria-labelledby="counts-h">
<h2 id="counts-h">Findings per category</h2>
${renderCategoryChart(report.categories)}
</section>
</div>
</header>
<main>
<div class="filter">
<label for="category-filter">Category</label>
<select id="category-filter"><option value="">all categories</option>${options}</select>
<span id="filter-status" class="filter-status" role="status"></span>
</div>
${messages}
</main>
<footer class="note">Made by chat-redact. This page holds the redacted messages and counts only; the original text is not in it. It makes no network requests.</footer>
<script>${VIEW_SCRIPT}</script>
</body>
</html>
`;
}

function riskBadge(risk: Risk): string {
  return `<span class="risk risk-${risk}">${risk}</span>`;
}

function renderMessage(message: ViewerMessage, index: number): string {
  const { result } = message;
  const categories = [...new Set(result.findings.map((f) => f.category))];
  if ((result.images?.length ?? 0) > 0 && !categories.includes("image")) categories.push("image");
  const head = [
    `<span class="msg-index">#${index + 1}</span>`,
    message.id === undefined ? "" : `<span class="msg-id">${escapeHtml(String(message.id))}</span>`,
    message.role === undefined ? "" : `<span class="msg-role">${escapeHtml(message.role)}</span>`,
    `<span class="msg-lang" title="language, confidence ${result.report.language.confidence}">${result.report.language.code}</span>`,
    riskBadge(result.report.risk),
    ...result.report.signals.map(
      (s) => `<span class="msg-signal" data-signal="${s.signal}">${s.signal}</span>`,
    ),
    (result.images?.length ?? 0) > 0
      ? `<span class="msg-attachments">${result.images!.length} attachment(s)${result.images!.some((i) => i.nude === true) ? ", nude" : ""}</span>`
      : "",
    result.report.failedClosed === true ? `<span class="msg-failed">redacted whole</span>` : "",
  ].filter((h) => h !== "");
  return (
    `<article class="msg${result.report.failedClosed === true ? " failed" : ""}" id="m-${index}" data-categories="${categories.join(" ")}">` +
    `<div class="msg-head">${head.join(" ")}</div>` +
    `<div class="msg-text">${renderHighlightedText(result)}</div></article>`
  );
}
