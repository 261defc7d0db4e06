import type { PhraseMatch } from "../../lexicon/matcher.js";
import type { Token } from "../../pipeline/tokenize.js";
import type { Analysis, Detection } from "../types.js";

/**
 * Small helpers the identifier recognizers share: sentence ids, cue lookups
 * around a word, offset-to-word mapping. Everything per message is computed
 * once and cached on the analysis object.
 */

const sentenceCache = new WeakMap<Analysis, Int32Array>();

/** Sentence index of every word (a break before a word starts a new sentence). */
export function sentences(analysis: Analysis): Int32Array {
  let ids = sentenceCache.get(analysis);
  if (ids === undefined) {
    const words = analysis.words;
    ids = new Int32Array(words.length);
    let s = 0;
    for (let i = 0; i < words.length; i++) {
      if (i > 0 && words[i]!.breakBefore) s++;
      ids[i] = s;
    }
    sentenceCache.set(analysis, ids);
  }
  return ids;
}

/** A cue match of `name` that ends at most `gap` words before word `i`, in its sentence. */
export function cueBefore(
  analysis: Analysis,
  name: string,
  i: number,
  gap = 0,
): PhraseMatch<unknown> | null {
  const s = sentences(analysis);
  let best: PhraseMatch<unknown> | null = null;
  for (const m of analysis.cues(name)) {
    if (m.last > i || i - m.last > gap || s[m.last - 1] !== s[i]) continue;
    if (best === null || m.last > best.last || (m.last === best.last && m.first < best.first))
      best = m;
  }
  return best;
}

/** A cue match of `name` that starts at most `gap` words after word index `end` (exclusive end), in its sentence. */
export function cueAfter(
  analysis: Analysis,
  name: string,
  end: number,
  gap = 0,
): PhraseMatch<unknown> | null {
  const s = sentences(analysis);
  const sid = s[end - 1];
  for (const m of analysis.cues(name)) {
    if (m.first >= end && m.first - end <= gap && s[m.first] === sid) return m;
  }
  return null;
}

/** True when a cue match of `name` lies within words [from, to). */
export function cueWithin(analysis: Analysis, name: string, from: number, to: number): boolean {
  for (const m of analysis.cues(name)) if (m.first >= from && m.last <= to) return true;
  return false;
}

/** True when a cue match of `name` covers word `i`. */
export function cueCovers(analysis: Analysis, name: string, i: number): boolean {
  for (const m of analysis.cues(name)) if (m.first <= i && m.last > i) return true;
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
