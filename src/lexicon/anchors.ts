import type { Token } from "../pipeline/tokenize.js";
import type { Atom } from "./pattern.js";

/** Prefix atoms are indexed by this many leading letters (shorter prefixes go to `anyWord`). */
const PREFIX_KEY = 3;
/** Up to this many active patterns, `startsAt` skips the index and returns them all. */
const FEW = 4;

/**
 * Patterns anchored on a rare word, in two indexes: by anchor word (a
 * message activates a pattern only when it contains the anchor) and by the
 * atoms that can start the pattern (so an active pattern is tried only at
 * the words where it can start, not at every word of the message).
 *
 * The start index is built on the first `startsAt` call: only long messages
 * need it, and building it for every pattern would slow compilation down.
 *
 * Ids are small integers handed out by the caller. Activation is per scan:
 * `activate` stamps the ids with a generation number instead of clearing a
 * set, so a scan allocates nothing. Active ids come back from `startsAt` in
 * the order they were activated; the phrase matcher relies on that order to
 * report tied matches exactly as a plain word-by-word loop would.
 */
export class AnchorIndex {
  private readonly byAnchor = new Map<string, number[]>();
  private readonly byStart = new Map<string, number[]>();
  private readonly byPrefix = new Map<string, number[]>();
  /** Ids with a number start atom: candidates at every number token. */
  private readonly numbers: number[] = [];
  /** Ids with a start prefix shorter than PREFIX_KEY: candidates at every word. */
  private readonly anyWord: number[] = [];
  /** Start atoms per id, until the start index is built. */
  private pending: (readonly Atom[])[] | null = [];
  /** stamp[id] === gen when id is active in the current scan; rank[id] is its activation order. */
  private stamp = new Uint32Array(64);
  private rank = new Int32Array(64);
  /** The active ids of the current scan, in activation order. */
  private readonly active: number[] = [];
  private gen = 0;
  private size = 0;

  /**
   * @param anchorWords folded words; any of them activates the pattern.
   * @param starts the atoms that can match the first word of a match.
   */
  add(id: number, anchorWords: readonly string[], starts: readonly Atom[]): void {
    for (const w of anchorWords) pushId(this.byAnchor, w, id);
    if (this.pending !== null) this.pending[id] = starts;
    else this.indexStarts(id, starts);
    if (id >= this.size) this.size = id + 1;
    if (this.size > this.stamp.length) {
      const cap = Math.max(this.size, this.stamp.length * 2);
      const stamp = new Uint32Array(cap);
      stamp.set(this.stamp);
      const rank = new Int32Array(cap);
      rank.set(this.rank);
      this.stamp = stamp;
      this.rank = rank;
    }
  }

  /** The active ids of the last `activate`, in activation order. */
  get activeIds(): readonly number[] {
    return this.active;
  }

  private indexStarts(id: number, starts: readonly Atom[]): void {
    for (const atom of starts) {
      if (atom.kind === "word") for (const f of atom.forms) pushId(this.byStart, f, id);
      else if (atom.kind === "num") pushOnce(this.numbers, id);
      else if (atom.prefix.length >= PREFIX_KEY)
        pushId(this.byPrefix, atom.prefix.slice(0, PREFIX_KEY), id);
      else pushOnce(this.anyWord, id);
    }
  }

  get hasAnchors(): boolean {
    return this.byAnchor.size > 0;
  }

  /** Activates every pattern whose anchor occurs in `words`; returns how many are active. */
  activate(words: readonly Token[]): number {
    this.gen++;
    if (this.gen === 0xffffffff) {
      this.stamp.fill(0);
      this.gen = 1;
    }
    const active = this.active;
    active.length = 0;
    for (const w of words) {
      const ids = this.byAnchor.get(w.norm);
      if (ids === undefined) continue;
      for (const id of ids) {
        if (this.stamp[id] === this.gen) continue;
        this.stamp[id] = this.gen;
        this.rank[id] = active.length;
        active.push(id);
      }
    }
    return active.length;
  }

  /**
   * The active ids that may start at word `w`, without duplicates, in
   * activation order. This is a superset: the caller still tests the start
   * atoms. Whichever is shorter is walked: the start-index lists of the word
   * (filtered by activation), or the active ids themselves (a common start
   * word such as "ik" may start thousands of patterns, few of them active).
   * May write to `out` (cleared first); do not keep the returned array.
   */
  startsAt(w: Token, out: number[]): readonly number[] {
    // A handful of active patterns are cheaper to test than the index lookups.
    if (this.active.length <= FEW) return this.active;
    if (this.pending !== null) {
      const pending = this.pending;
      this.pending = null;
      pending.forEach((starts, id) => this.indexStarts(id, starts));
    }
    const start = this.byStart.get(w.norm);
    const prefix =
      this.byPrefix.size > 0 && w.norm.length >= PREFIX_KEY
        ? this.byPrefix.get(w.norm.slice(0, PREFIX_KEY))
        : undefined;
    const number = w.kind === "number" ? this.numbers : undefined;
    const listed =
      (start?.length ?? 0) + (prefix?.length ?? 0) + (number?.length ?? 0) + this.anyWord.length;
    if (listed >= this.active.length) return this.active;
    out.length = 0;
    this.collect(start, out);
    this.collect(prefix, out);
    this.collect(number, out);
    this.collect(this.anyWord, out);
    if (out.length > 1) {
      const rank = this.rank;
      out.sort((a, b) => rank[a]! - rank[b]!);
    }
    return out;
  }

  private collect(ids: readonly number[] | undefined, out: number[]): void {
    if (ids === undefined) return;
    for (const id of ids) {
      if (this.stamp[id] === this.gen && !out.includes(id)) out.push(id);
    }
  }
}

function pushId(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else pushOnce(list, id);
}

/** Ids are added in increasing order, so a repeat can only be the last element. */
function pushOnce(list: number[], id: number): void {
  if (list[list.length - 1] !== id) list.push(id);
}
