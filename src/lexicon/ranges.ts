import type { PhraseMatch } from "./matcher.js";

/**
 * Range queries on match lists sorted by start word (what `PhraseMatcher.scan`
 * returns), so rules that relate every cue to nearby cues stay linear in
 * long messages instead of scanning the whole list per cue.
 */

/** Index of the first match whose `first` is at least `word` (list length when none). */
export function lowerBound(matches: readonly PhraseMatch<unknown>[], word: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (matches[mid]!.first < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when some match lies wholly inside words [from, to). */
export function someWithin(
  matches: readonly PhraseMatch<unknown>[],
  from: number,
  to: number,
): boolean {
  for (let k = lowerBound(matches, from); k < matches.length; k++) {
    const m = matches[k]!;
    if (m.first >= to) return false;
    if (m.last <= to) return true;
  }
  return false;
}

/** True when some match starts at word `word`. */
export function someStartsAt(matches: readonly PhraseMatch<unknown>[], word: number): boolean {
  const k = lowerBound(matches, word);
  return k < matches.length && matches[k]!.first === word;
}

/**
 * Overlap tests against a fixed set of word ranges in any order: sorted by
 * start once, with the running maximum of the ends, a query is one binary
 * search.
 */
export class RangeSet {
  private readonly starts: Int32Array;
  /** maxEnd[k]: the largest end among the first k + 1 ranges by start. */
  private readonly maxEnd: Int32Array;

  constructor(ranges: readonly { readonly first: number; readonly last: number }[]) {
    const sorted = [...ranges].sort((a, b) => a.first - b.first);
    this.starts = new Int32Array(sorted.length);
    this.maxEnd = new Int32Array(sorted.length);
    let max = -1;
    sorted.forEach((r, k) => {
      this.starts[k] = r.first;
      max = Math.max(max, r.last);
      this.maxEnd[k] = max;
    });
  }

  /** True when some range overlaps words [first, last). */
  overlaps(first: number, last: number): boolean {
    // Ranges starting before `last`: a prefix of the sorted list.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < last) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnd[lo - 1]! > first;
  }
}

const spans = new WeakMap<readonly PhraseMatch<unknown>[], number>();

/** The most words one match of the list spans (computed once per list). */
export function maxSpan(matches: readonly PhraseMatch<unknown>[]): number {
  let max = spans.get(matches);
  if (max === undefined) {
    max = 0;
    for (const m of matches) max = Math.max(max, m.last - m.first);
    spans.set(matches, max);
  }
  return max;
}
