import type { Signal } from "../categories.js";
import { SIGNAL_LABELS } from "./categories.js";
import { escapeHtml } from "./escape.js";

/** A signal as the viewer lists it (message or conversation level). */
export interface SignalItem {
  readonly signal: Signal;
  readonly confidence: number;
  readonly action: string;
  /** Conversation level: indices of the messages that contributed. */
  readonly messages?: readonly number[];
}

const URGENT: ReadonlySet<Signal> = new Set(["crisis", "minor"]);

/**
 * Signals with their recommended actions, most urgent first. Message indices
 * become links to the messages (`#m-<index>`), numbered from 1 for people.
 */
export function renderSignals(signals: readonly SignalItem[]): string {
  if (signals.length === 0)
    return `<p class="signals-none">No signals: nothing an operator must act on.</p>`;
  const sorted = [...signals].sort(
    (a, b) =>
      (URGENT.has(b.signal) ? 1 : 0) - (URGENT.has(a.signal) ? 1 : 0) ||
      b.confidence - a.confidence,
  );
  const items = sorted
    .map((s) => {
      const where =
        s.messages === undefined || s.messages.length === 0
          ? ""
          : ` <span class="signal-where">in ${s.messages
              .map((i) => `<a href="#m-${i}">#${i + 1}</a>`)
              .join(", ")}</span>`;
      return (
        `<li class="signal${URGENT.has(s.signal) ? " urgent" : ""}" data-signal="${s.signal}">` +
        `<strong>${escapeHtml(SIGNAL_LABELS[s.signal])}</strong>` +
        ` <span class="signal-confidence">${s.confidence.toFixed(2)}</span>${where}` +
        `<br><span class="signal-action">${escapeHtml(s.action)}</span></li>`
      );
    })
    .join("");
  return `<ul class="signals">${items}</ul>`;
}
