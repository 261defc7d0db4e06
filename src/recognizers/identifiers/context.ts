import type { Token } from "../../pipeline/tokenize.js";
import type { Analysis, Detection } from "../types.js";
import { idCues, type CueMatch } from "./cues.js";
import { stateOf } from "./state.js";

/**
 * Small helpers the identifier recognizers share: sentence ids, cue lookups
 * around a word, offset-to-word mapping. Everything per message is computed
 * once and cached on the analysis object.
 */

const HARD_BREAK = /[!?\n…]/;
// Abbreviations a full stop follows without ending the sentence.
const ABBREVIATIONS = new Set(
  (
    "geb tel nr dhr mevr mw mej mr mrs ms dr st ca bijv evt jr sr vs ref cust klt tnv dob prof ir " +
    "ing drs mgr sept feb mrt apr aug okt oct nov dec jan jun jul no incl excl ong resp wk wkn mnd"
  ).split(" "),
);

/**
 * Sentence index of every word. Only real sentence ends count: ! ? … a
 * newline, or a full stop that does not end an abbreviation ("geb.", "tel.",
 * "Cust.", "J.") and is followed by a capital. A colon, semicolon,
 * emoji or link keeps the sentence going ("woont: Venlo", "klant: Gerrit").
 */
export function sentences(analysis: Analysis): Int32Array {
  const state = stateOf(analysis);
  let ids = state.sentences;
  if (ids === undefined) {
    const { words, text } = analysis;
    ids = new Int32Array(words.length);
    let s = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (i > 0 && w.breakBefore) {
        const prev = words[i - 1]!;
        const gap = text.slice(prev.end, w.start);
        if (HARD_BREAK.test(gap)) s++;
        else if (gap.includes(".")) {
          const abbreviation =
            prev.kind === "word" && (prev.end - prev.start === 1 || ABBREVIATIONS.has(prev.norm));
          if (!abbreviation && w.capitalized) s++;
        }
      }
      ids[i] = s;
    }
    state.sentences = ids;
  }
  return ids;
}

/** A cue match of `name` that ends at most `gap` words before word `i`, in its sentence. */
export function cueBefore(analysis: Analysis, name: string, i: number, gap = 0): CueMatch | null {
  const s = sentences(analysis);
  let best: CueMatch | null = null;
  for (const m of idCues(analysis, name)) {
    if (m.last > i || i - m.last > gap || s[m.last - 1] !== s[i]) continue;
    if (best === null || m.last > best.last || (m.last === best.last && m.first < best.first))
      best = m;
  }
  return best;
}

/** A cue match of `name` that starts at most `gap` words after word index `end` (exclusive end), in its sentence. */
export function cueAfter(analysis: Analysis, name: string, end: number, gap = 0): CueMatch | null {
  const s = sentences(analysis);
  const sid = s[end - 1];
  for (const m of idCues(analysis, name)) {
    if (m.first >= end && m.first - end <= gap && s[m.first] === sid) return m;
  }
  return null;
}

/** True when a cue match of `name` lies within words [from, to). */
export function cueWithin(analysis: Analysis, name: string, from: number, to: number): boolean {
  for (const m of idCues(analysis, name)) if (m.first >= from && m.last <= to) return true;
  return false;
}

/** True when a cue match of `name` covers word `i`. */
export function cueCovers(analysis: Analysis, name: string, i: number): boolean {
  for (const m of idCues(analysis, name)) if (m.first <= i && m.last > i) return true;
  return false;
}

/** Index of the first word that starts at or after `offset` (words.length if none). */
export function wordAtOrAfter(words: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A detection over a character span, with the word range it covers (or -1). */
export function spanDetection(
  analysis: Analysis,
  category: Detection["category"],
  start: number,
  end: number,
  confidence: number,
  recognizer: string,
): Detection {
  const words = analysis.words;
  const first = wordAtOrAfter(words, start);
  let last = first;
  while (last < words.length && words[last]!.end <= end) last++;
  const hasWords = last > first;
  return {
    category,
    start,
    end,
    confidence,
    recognizer,
    firstWord: hasWords ? first : -1,
    lastWord: hasWords ? last : -1,
  };
}

/** The raw text between two words (exclusive), e.g. ", " or " (". */
export function between(analysis: Analysis, a: number, b: number): string {
  const w = analysis.words;
  return analysis.text.slice(w[a]!.end, w[b]!.start);
}

/** True when word i is the first word of its sentence. */
export function sentenceStart(analysis: Analysis, i: number): boolean {
  return i === 0 || analysis.words[i]!.breakBefore;
}

const DIGIT = /\d/;

/** Cheap pre-check: does the message contain a digit at all? */
export function hasDigit(analysis: Analysis): boolean {
  return DIGIT.test(analysis.text);
}

/** The folded word set of a word list, or an empty set. */
export function wordSet(analysis: Analysis, key: string): ReadonlySet<string> {
  return analysis.lexicons.words.get(key) ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();
