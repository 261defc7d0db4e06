import type { Category, Signal } from "../categories.js";
import { SIGNAL_ACTIONS } from "../report/actions.js";
import { riskOf, summarize } from "../report/build.js";
import { REPORT_SCHEMA_VERSION, type ConversationReport } from "../report/schema.js";
import type { RedactResult } from "./types.js";

/** The conversation aggregate a logbook can store instead of the raw text. */
export function aggregateConversation(results: readonly RedactResult[]): ConversationReport {
  const categories: Partial<Record<Category, number>> = {};
  const languages: ConversationReport["languages"] = {};
  const signals = new Map<Signal, { confidence: number; messages: number[] }>();
  let nude = false;
  results.forEach((r, i) => {
    const rep = r.report;
    languages[rep.language.code] = (languages[rep.language.code] ?? 0) + 1;
    for (const [c, n] of Object.entries(rep.categories) as [Category, number][]) {
      categories[c] = (categories[c] ?? 0) + n;
    }
    if (rep.nude) nude = true;
    for (const s of rep.signals) {
      const agg = signals.get(s.signal) ?? { confidence: 0, messages: [] };
      agg.confidence = Math.max(agg.confidence, s.confidence);
      agg.messages.push(i);
      signals.set(s.signal, agg);
    }
  });
  const signalList = [...signals].map(([signal, a]) => ({
    signal,
    confidence: a.confidence,
    action: SIGNAL_ACTIONS[signal],
    messages: a.messages,
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
