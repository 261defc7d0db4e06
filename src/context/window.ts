import type { PhraseMatch } from "../lexicon/matcher.js";
import { lowerBound, maxSpan } from "../lexicon/ranges.js";
import type { Analysis, Detection } from "../recognizers/types.js";

/** Index of the sentence each word belongs to (a break before a word starts a new one). */
export function sentenceIds(analysis: Analysis): Int32Array {
  const ids = new Int32Array(analysis.words.length);
  let s = 0;
  analysis.words.forEach((w, i) => {
    if (i > 0 && w.breakBefore) s++;
    ids[i] = s;
  });
  return ids;
}

/** True when a cue match lies within `before` words before or `after` words after the detection, in its sentence. */
export function cueNear(
  analysis: Analysis,
  sentence: Int32Array,
  matches: readonly PhraseMatch<unknown>[],
  d: Detection,
  before: number,
  after: number,
): PhraseMatch<unknown> | null {
  if (d.firstWord < 0) return null;
  const sid = sentence[d.firstWord];
  // Matches are sorted by start word: skip those that end too early to be
  // near, stop at those that start too late (long messages stay linear).
  const from = lowerBound(matches, d.firstWord - before - maxSpan(matches));
  for (let k = from; k < matches.length && matches[k]!.first <= d.lastWord + after; k++) {
    const m = matches[k]!;
    if (sentence[m.first] !== sid && sentence[m.last - 1] !== sid) continue;
    const endsBefore = m.last <= d.firstWord && d.firstWord - m.last <= before;
    const startsAfter = m.first >= d.lastWord && m.first - d.lastWord <= after;
    const overlaps = m.first < d.lastWord && m.last > d.firstWord;
    if (endsBefore || startsAfter || overlaps) return m;
  }
  return null;
}

/** True when the detection's words lie inside the match's whole range. */
export function inside(m: PhraseMatch<unknown>, d: Detection): boolean {
  return d.firstWord >= m.first && d.lastWord <= m.last;
}

const LINKERS = ["", "s", "e", "en"];

/**
 * Dutch compounds: true when `rest` (the part of a word after a stem) is one
 * of `heads`, optionally after a linking "s", "e" or "en" ("kanker|patiënt",
 * "kanker|s|onderzoek").
 */
export function isCompoundHead(rest: string, heads: ReadonlySet<string>): boolean {
  return LINKERS.some((l) => rest.startsWith(l) && heads.has(rest.slice(l.length)));
}
