import { isSpecial, type Category, type Signal } from "../categories.js";
import type { LanguageResult } from "../language/detect.js";
import { REPORT_SCHEMA_VERSION, type Report, type Risk, type SignalReport } from "./schema.js";

export interface ReportInput {
  readonly categories: readonly Category[];
  readonly language: LanguageResult;
  readonly nude: boolean;
  readonly signals: readonly SignalReport[];
}

/** Stage 8: the report. Counts, flags and a one-line summary; never raw text. */
export function buildReport(input: ReportInput): Report {
  const counts: Partial<Record<Category, number>> = {};
  for (const c of input.categories) counts[c] = (counts[c] ?? 0) + 1;
  const special = input.categories.some(isSpecial);
  const signals = input.signals.map((s) => s.signal);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    language: { code: input.language.code, confidence: input.language.confidence },
    categories: counts,
    special,
    nude: input.nude,
    signals: [...input.signals],
    risk: riskOf(counts, input.nude, signals),
    summary: summarize(counts, signals),
  };
}

export function riskOf(
  counts: Partial<Record<Category, number>>,
  nude: boolean,
  signals: readonly Signal[],
): Risk {
  if (signals.includes("crisis") || signals.includes("minor")) return "critical";
  const specials = (Object.keys(counts) as Category[]).filter(isSpecial);
  if (nude || specials.length >= 2 || signals.includes("vulnerability")) return "high";
  if (specials.length === 1) return "medium";
  if (Object.keys(counts).length > 0 || signals.length > 0) return "low";
  return "none";
}

/** "health ×2, mental ×1; signals: vulnerability" — special categories first. */
export function summarize(
  counts: Partial<Record<Category, number>>,
  signals: readonly Signal[],
): string {
  const cats = (Object.entries(counts) as [Category, number][])
    .sort((a, b) => Number(isSpecial(b[0])) - Number(isSpecial(a[0])) || b[1] - a[1])
    .map(([c, n]) => `${c} ×${n}`);
  const parts: string[] = [];
  parts.push(cats.length > 0 ? cats.join(", ") : "nothing sensitive");
  if (signals.length > 0) parts.push(`signals: ${[...new Set(signals)].join(", ")}`);
  return parts.join("; ");
}
