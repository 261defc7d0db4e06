import { franc } from "franc-min";
import type { Token } from "../pipeline/tokenize.js";

export type Language = "nl" | "en" | "mixed" | "und";

export interface LanguageResult {
  readonly code: Language;
  /** 0..1: how sure the detector is. */
  readonly confidence: number;
}

export interface LanguageEvidence {
  readonly nl: ReadonlySet<string>;
  readonly en: ReadonlySet<string>;
}

const FRANC_ONLY = { only: ["nld", "eng"], minLength: 10 };

/**
 * Stage 3: language. Counting distinctive function words settles almost every
 * chat message for the price of one set lookup per word; franc (restricted to
 * Dutch and English, ~26 µs) runs only when that evidence is thin or even.
 */
export function detectLanguage(
  text: string,
  words: readonly Token[],
  evidence: LanguageEvidence,
): LanguageResult {
  let nl = 0;
  let en = 0;
  for (const w of words) {
    if (evidence.nl.has(w.norm)) nl++;
    else if (evidence.en.has(w.norm)) en++;
  }
  const total = nl + en;
  const minor = Math.min(nl, en);
  const major = Math.max(nl, en);
  if (minor >= 2 && minor / total >= 0.3) {
    return { code: "mixed", confidence: round(0.5 + minor / total) };
  }
  if (major >= 2 && major >= 3 * minor) {
    return {
      code: nl > en ? "nl" : "en",
      confidence: round(Math.min(0.99, 0.6 + 0.08 * (major - minor))),
    };
  }
  if (words.length >= 3 && text.length >= 15) {
    const guess = franc(text, FRANC_ONLY);
    if (guess === "nld" || guess === "eng") {
      const code = guess === "nld" ? "nl" : "en";
      const agrees = (code === "nl" ? nl : en) >= minor;
      return { code, confidence: agrees ? 0.7 : 0.55 };
    }
  }
  if (major >= 1 && nl !== en) return { code: nl > en ? "nl" : "en", confidence: 0.5 };
  return { code: "und", confidence: 0 };
}

function round(x: number): number {
  return Math.round(Math.min(1, x) * 100) / 100;
}
