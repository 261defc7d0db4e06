import type { Category, Signal } from "../categories.js";
import { SIGNAL_ACTIONS } from "../report/actions.js";
import { riskOf, summarize } from "../report/build.js";
import { REPORT_SCHEMA_VERSION, type ConversationReport } from "../report/schema.js";
import { DEFAULT_SIGNAL_DETECTORS } from "../signals/index.js";
import { THRESHOLD, confidenceOf } from "../signals/score.js";
import { traceSignals } from "../signals/trace.js";
import type { SignalHit } from "../signals/types.js";
import type { RedactResult } from "./types.js";

/**
 * Signal scores of one message, also the ones below the threshold. Offsets,
 * weights and cue keys only: never text, never part of a result.
 */
export type MessageSignals = readonly SignalHit[];

/**
 * Redacts one message of a conversation and keeps the signal scores the
 * detectors computed for it, so weak cues can add up over messages. A message
 * that failed closed contributes nothing.
 */
export function traceMessage(redactOne: () => RedactResult): {
  readonly result: RedactResult;
  readonly signals: MessageSignals;
} {
  const { value, hits } = traceSignals(redactOne);
  return { result: value, signals: value.report.failedClosed === true ? [] : hits };
}

/** Signals whose cues describe the writer and so add up over messages. */
const ACCUMULATING: ReadonlySet<Signal> = new Set(
  DEFAULT_SIGNAL_DETECTORS.filter((d) => d.accumulates).map((d) => d.signal),
);

interface SignalAggregate {
  confidence: number;
  readonly messages: Set<number>;
}

/**
 * The conversation aggregate a logbook can store instead of the raw text.
 *
 * With the per-message signal scores (`traceMessage`), cues about the writer
 * (vulnerability, minor, crisis) add up over the conversation: every distinct
 * cue counts once with its highest weight, and a signal is reported when the
 * sum reaches 1 even if no single message did ("weduwnaar" in one message,
 * "woon alleen" in the next, "ik ben 81" later). Meeting and authenticity are
 * intents a message states itself; they do not add up.
 * `messages` then lists every message whose cue was counted, besides the
 * messages that reported the signal themselves.
 */
export function aggregateConversation(
  results: readonly RedactResult[],
  signalsPerMessage?: readonly MessageSignals[],
): ConversationReport {
  const categories: Partial<Record<Category, number>> = {};
  const languages: ConversationReport["languages"] = {};
  const signals = new Map<Signal, SignalAggregate>();
  const aggregate = (signal: Signal): SignalAggregate => {
    let agg = signals.get(signal);
    if (agg === undefined) signals.set(signal, (agg = { confidence: 0, messages: new Set() }));
    return agg;
  };
  let nude = false;
  results.forEach((r, i) => {
    const rep = r.report;
    languages[rep.language.code] = (languages[rep.language.code] ?? 0) + 1;
    for (const [c, n] of Object.entries(rep.categories) as [Category, number][]) {
      categories[c] = (categories[c] ?? 0) + n;
    }
    if (rep.nude) nude = true;
    for (const s of rep.signals) {
      const agg = aggregate(s.signal);
      agg.confidence = Math.max(agg.confidence, s.confidence);
      agg.messages.add(i);
    }
  });
  if (signalsPerMessage !== undefined) {
    for (const [signal, { score, messages }] of accumulate(signalsPerMessage)) {
      if (score < THRESHOLD) continue;
      const agg = aggregate(signal);
      agg.confidence = Math.max(agg.confidence, Math.round(confidenceOf(score) * 100) / 100);
      for (const i of messages) agg.messages.add(i);
    }
  }
  const signalList = [...signals].map(([signal, a]) => ({
    signal,
    confidence: a.confidence,
    action: SIGNAL_ACTIONS[signal],
    messages: [...a.messages].sort((x, y) => x - y),
  }));
  const names = signalList.map((s) => s.signal);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    messages: results.length,
    languages,
    categories,
    special: results.some((r) => r.report.special),
    nude,
    signals: signalList,
    risk: riskOf(categories, nude, names),
    summary: summarize(categories, names),
  };
}

/**
 * Per signal, the sum over distinct cues of each cue's highest weight in the
 * conversation (the same cue repeated counts once), and the messages those
 * counted cues came from (the first message with the highest weight).
 */
function accumulate(
  perMessage: readonly MessageSignals[],
): Map<Signal, { score: number; messages: Set<number> }> {
  const best = new Map<Signal, Map<string, { weight: number; message: number }>>();
  perMessage.forEach((hits, i) => {
    for (const hit of hits) {
      if (!ACCUMULATING.has(hit.signal)) continue;
      let cues = best.get(hit.signal);
      if (cues === undefined) best.set(hit.signal, (cues = new Map()));
      hit.evidence.forEach((e, k) => {
        const key = e.key ?? `${i}:${k}`;
        const seen = cues.get(key);
        if (seen === undefined || e.weight > seen.weight)
          cues.set(key, { weight: e.weight, message: i });
      });
    }
  });
  const out = new Map<Signal, { score: number; messages: Set<number> }>();
  for (const [signal, cues] of best) {
    let score = 0;
    const messages = new Set<number>();
    for (const { weight, message } of cues.values()) {
      score += weight;
      messages.add(message);
    }
    out.set(signal, { score: Math.round(score * 100) / 100, messages });
  }
  return out;
}
