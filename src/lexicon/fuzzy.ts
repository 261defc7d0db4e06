/**
 * Typo matching against one-word lexicon terms (DETECTION-NOTES: edit
 * distance 1 for words of 6+ letters, 2 for 9+), with a deletion
 * neighbourhood index (SymSpell): the index holds every term with one (and
 * for long terms two) letters deleted, a query looks up its own deletions,
 * and candidates are confirmed with the optimal-string-alignment distance.
 * Cost per query is a few dozen map lookups, independent of lexicon size.
 */
export const FUZZY_MIN = 6;
export const FUZZY_MIN_TWO = 9;
/** Longer tokens (codes, blobs, glued nonsense) are never typos of a term: skip them. */
export const FUZZY_MAX = 24;

export class FuzzyIndex<T> {
  private readonly keys = new Map<string, { word: string; payload: T }[]>();
  private readonly exact = new Set<string>();
  /** Chat repeats its words: remember answers (bounded, cleared when full). */
  private readonly cache = new Map<string, { word: string; payload: T; distance: number } | null>();

  add(word: string, payload: T): void {
    if (word.length < FUZZY_MIN || this.exact.has(word)) return;
    this.exact.add(word);
    const entry = { word, payload };
    for (const key of neighbourhood(word, maxDistance(word.length))) {
      const list = this.keys.get(key);
      if (list === undefined) this.keys.set(key, [entry]);
      else list.push(entry);
    }
  }

  /** The closest term within the allowed distance, or null. Exact hits are not reported. */
  lookup(token: string): { word: string; payload: T; distance: number } | null {
    if (token.length < FUZZY_MIN - 1 || token.length > FUZZY_MAX || this.exact.has(token))
      return null;
    const cached = this.cache.get(token);
    if (cached !== undefined) return cached;
    const found = this.search(token);
    if (this.cache.size >= 20_000) this.cache.clear();
    this.cache.set(token, found);
    return found;
  }

  private search(token: string): { word: string; payload: T; distance: number } | null {
    let best: { word: string; payload: T; distance: number } | null = null;
    // A term may be up to two letters longer than the token; query deep enough for it.
    const depth = token.length + 2 >= FUZZY_MIN_TWO ? 2 : 1;
    for (const key of neighbourhood(token, depth)) {
      const list = this.keys.get(key);
      if (list === undefined) continue;
      for (const c of list) {
        // People rarely mistype the first letter; requiring it halves false typo hits.
        if (c.word[0] !== token[0]) continue;
        const allowed = maxDistance(c.word.length);
        if (Math.abs(c.word.length - token.length) > allowed) continue;
        const d = osaDistance(token, c.word, allowed);
        if (d <= allowed && (best === null || d < best.distance)) best = { ...c, distance: d };
      }
    }
    return best;
  }
}

function maxDistance(length: number): number {
  return length >= FUZZY_MIN_TWO ? 2 : 1;
}

/** The word and its deletions up to `depth` letters. */
export function neighbourhood(word: string, depth: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const del = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(del)) {
          out.add(del);
          next.push(del);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transposition), capped. */
export function osaDistance(a: string, b: string, cap: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > cap) return cap + 1;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}
