import { sentenceIds } from "../context/window.js";
import type { Analysis, Detection } from "../recognizers/types.js";
import type { SignalHit } from "./types.js";

/** Evidence lighter than this ("help me", "ik kan niet meer") is not redacted on its own. */
const MIN_WEIGHT = 0.6;
const DANGER = "crisis-danger";

/**
 * Suicidality and self-harm are special-category data (`mental`, GUIDELINES),
 * and the words that carry them are exactly the crisis signal's evidence:
 * "ik wil er niet meer zijn", "I've started cutting again". When the crisis
 * signal fires, its strong evidence becomes `mental` detections so the words
 * are redacted, not only flagged. Evidence about danger from someone else
 * ("mijn man slaat me", cue list `crisis-danger`) stays a signal only: it is
 * not the writer's mental health. Evidence in a sentence that names such a
 * danger ("he's drunk again and threw a chair at me") is left alone too.
 */
export function crisisAsMental(analysis: Analysis, hit: SignalHit | null, out: Detection[]): void {
  if (hit === null || hit.signal !== "crisis") return;
  const words = analysis.words;
  let dangerSentences: Set<number> | null = null;
  let sentence: Int32Array | null = null;
  for (const e of hit.evidence) {
    if (e.weight < MIN_WEIGHT) continue;
    let first = -1;
    let last = -1;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.end <= e.start) continue;
      if (w.start >= e.end) break;
      if (first < 0) first = i;
      last = i + 1;
    }
    if (first < 0) continue;
    sentence ??= sentenceIds(analysis);
    if (dangerSentences === null) {
      dangerSentences = new Set();
      for (const d of analysis.cues(DANGER)) dangerSentences.add(sentence[d.first]!);
    }
    if (dangerSentences.has(sentence[first]!) || dangerSentences.has(sentence[last - 1]!)) continue;
    // "de pillen liggen klaar": a bare ambiguous health word inside the
    // evidence is the means, not a condition of the writer ("sleeping pills",
    // a named medication, stays health).
    for (const d of out) {
      if (
        d.category === "health" &&
        d.ambiguous === true &&
        d.lastWord - d.firstWord === 1 &&
        d.firstWord >= first &&
        d.lastWord <= last
      )
        d.dropped = "crisis";
    }
    out.push({
      category: "mental",
      start: e.start,
      end: e.end,
      confidence: hit.confidence,
      recognizer: "crisis",
      firstWord: first,
      lastWord: last,
      experiencer: "self",
    });
  }
}
