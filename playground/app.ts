// The playground page: the browser bundle (chat-redact.global.js, global
// `ChatRedact`) redacts what the visitor types; the view helpers render it.
// Nothing leaves the page.
import type * as ChatRedactApi from "../src/index.js";
import type { RedactResult, Redactor } from "../src/index.js";
import { renderCategoryChart } from "../src/view/chart.js";
import { escapeHtml } from "../src/view/escape.js";
import { renderHighlightedText } from "../src/view/highlight.js";
import { renderSignals } from "../src/view/signals.js";
import { VIEW_CSS } from "../src/view/style.js";

declare const ChatRedact: typeof ChatRedactApi;

const PLAYGROUND_CSS = `
main { display: grid; gap: 1rem; }
.panels { margin-top: 0; }
textarea { width: 100%; font: inherit; padding: .5rem; margin-top: .35rem; border: 1px solid var(--line); border-radius: .35rem; resize: vertical; }
.controls { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin-top: .5rem; }
.controls select, .controls button { font: inherit; padding: .15rem .5rem; }
#highlighted { min-height: 1.5em; font-size: 1.05rem; }
#report { margin: 0; font-size: .8rem; max-height: 24rem; overflow: auto; background: #f6f8fa; padding: .5rem; border-radius: .35rem; }
`;

const EXAMPLE =
  "Hoi! Ik heb sinds vorig jaar suikerziekte en slik antidepressiva. Ben jij wel echt? Bel me op 06-12345678";

const DEBOUNCE_MS = 150;

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`playground: #${id} is missing`);
  return el as T;
}

function start(): void {
  const style = document.createElement("style");
  style.textContent = VIEW_CSS + PLAYGROUND_CSS;
  document.head.append(style);

  const message = byId<HTMLTextAreaElement>("message");
  const labels = byId<HTMLSelectElement>("labels");
  const status = byId<HTMLElement>("status");
  const redactors = new Map<string, Redactor>();
  const redactorFor = (l: string): Redactor => {
    let r = redactors.get(l);
    if (r === undefined) {
      r = ChatRedact.createRedactor({ labels: l as "en" | "nl" | "auto" });
      redactors.set(l, r);
    }
    return r;
  };

  const show = (): void => {
    const t0 = performance.now();
    const result: RedactResult = redactorFor(labels.value).redact(message.value);
    const ms = performance.now() - t0;
    const { report } = result;
    byId("highlighted").innerHTML = renderHighlightedText(result);
    byId("language").textContent =
      `${report.language.code} (${report.language.confidence.toFixed(2)})`;
    byId("risk").innerHTML =
      `<span class="risk risk-${report.risk}">${escapeHtml(report.risk)}</span>`;
    byId("summary").textContent = report.summary;
    byId("signals").innerHTML = renderSignals(report.signals);
    byId("counts").innerHTML = renderCategoryChart(report.categories);
    byId("report").textContent = JSON.stringify({ report, findings: result.findings }, null, 2);
    status.textContent = `redacted in ${ms.toFixed(1)} ms`;
    document.body.dataset.redactions = String(Number(document.body.dataset.redactions ?? 0) + 1);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(show, DEBOUNCE_MS);
  };
  message.addEventListener("input", schedule);
  labels.addEventListener("change", show);
  byId("example").addEventListener("click", () => {
    message.value = EXAMPLE;
    show();
  });

  // Compile the lexicons once, after the first paint.
  setTimeout(() => {
    const t0 = performance.now();
    redactorFor(labels.value).redact("");
    show();
    status.textContent = `ready (lexicons compiled in ${Math.round(performance.now() - t0)} ms)`;
    document.body.dataset.ready = "true";
  }, 0);
}

start();
