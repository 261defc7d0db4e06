import type { Token } from "../pipeline/tokenize.js";
import { AnchorIndex } from "./anchors.js";
import { MAX_GAP, firstAtoms, type Atom, type Pattern, type Slot } from "./pattern.js";

export interface PhraseMatch<T> {
  readonly payload: T;
  /** Word indices, end exclusive: the whole match. */
  readonly first: number;
  readonly last: number;
  /** Word indices of the span part (brackets), end exclusive. */
  readonly spanFirst: number;
  readonly spanLast: number;
}

interface Compiled<T> {
  readonly pattern: Pattern;
  readonly payload: T;
  /** Id among anchored patterns, or -1 for patterns found by their first word. */
  readonly anchor: number;
  /** Atoms that can match the first word of a match. */
  readonly starts: readonly Atom[];
  /** The same, as a set of words, for a cheap test at every position. */
  readonly startWords: ReadonlySet<string>;
  /** True when some start atom is not a plain word (prefix, number, case-sensitive). */
  readonly startOther: boolean;
}

const PREFIX_KEY = 3;
/**
 * Up to this many (active anchored patterns × words), a message is scanned
 * pattern by pattern over all words; beyond it the start index of
 * `AnchorIndex` keeps long messages linear. Both find the same matches, and
 * the sort by position makes their order the same too: tied matches start
 * at the same word, where both loops try patterns in activation order.
 */
const PLAIN_LOOP_LIMIT = 2048;

/**
 * A compiled set of patterns, indexed by the words that can start them, so a
 * message is scanned once: per word one map lookup, then only the candidate
 * patterns are tried. Built once per lexicon set, reused for every message.
 */
export class PhraseMatcher<T> {
  /** Patterns without a rare anchor, indexed by the words that can start them. */
  private readonly byWord = new Map<string, Compiled<T>[]>();
  private readonly byPrefix = new Map<string, Compiled<T>[]>();
  private readonly byNumber: Compiled<T>[] = [];
  /** Patterns with a rare anchor word: tried only in messages that contain it. */
  private readonly anchored: Compiled<T>[] = [];
  private readonly anchors = new AnchorIndex();
  /** Scratch list for `AnchorIndex.startsAt`. */
  private readonly startIds: number[] = [];
  private size = 0;
  /** The most words any pattern can match (bounds the containment check). */
  private maxWords = 0;

  /**
   * @param common words too frequent to anchor on (function words). A pattern
   *   is anchored on its required slot with the fewest common words, so
   *   "ik ben [depressief]" costs nothing in a message without "depressief".
   */
  constructor(private readonly common: ReadonlySet<string> = new Set()) {}

  add(pattern: Pattern, payload: T): void {
    this.size++;
    this.maxWords = Math.max(this.maxWords, maxLength(pattern));
    const anchorWords = chooseAnchor(pattern, this.common);
    const starts = firstAtoms(pattern);
    const startWords = new Set<string>();
    let startOther = false;
    for (const a of starts) {
      if (a.kind === "word" && a.exact === null) for (const f of a.forms) startWords.add(f);
      else startOther = true;
    }
    if (anchorWords !== null) {
      const id = this.anchored.length;
      this.anchored.push({ pattern, payload, anchor: id, starts, startWords, startOther });
      this.anchors.add(id, anchorWords, starts);
      return;
    }
    const c: Compiled<T> = { pattern, payload, anchor: -1, starts, startWords, startOther };
    for (const atom of starts) {
      if (atom.kind === "word") {
        for (const form of atom.forms) push(this.byWord, form, c);
      } else if (atom.kind === "prefix") {
        push(this.byPrefix, atom.prefix.slice(0, PREFIX_KEY), c);
      } else if (!this.byNumber.includes(c)) this.byNumber.push(c);
    }
  }

  get count(): number {
    return this.size;
  }

  /**
   * All matches in the message, ordered by start (longest first). A match
   * that lies inside another match of the same entry ("depressief" inside
   * "heel depressief") is left out.
   */
  scan(text: string, words: readonly Token[], out: PhraseMatch<T>[]): void {
    const found: PhraseMatch<T>[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const direct = this.byWord.get(w.norm);
      if (direct !== undefined) for (const c of direct) tryMatch(c, text, words, i, found);
      if (this.byPrefix.size > 0 && w.norm.length >= PREFIX_KEY) {
        const pre = this.byPrefix.get(w.norm.slice(0, PREFIX_KEY));
        if (pre !== undefined) for (const c of pre) tryMatch(c, text, words, i, found);
      }
      if (w.kind === "number") for (const c of this.byNumber) tryMatch(c, text, words, i, found);
    }
    // Anchored patterns: only those whose anchor occurs in the message.
    const active = this.anchors.hasAnchors ? this.anchors.activate(words) : 0;
    if (active > 0 && active * words.length <= PLAIN_LOOP_LIMIT) {
      // Short messages: test each active pattern at every word (no index
      // lookups at all), pattern by pattern in activation order.
      for (const id of this.anchors.activeIds) {
        const c = this.anchored[id]!;
        for (let i = 0; i < words.length; i++) {
          if (startsHere(c, words[i]!, text)) tryMatch(c, text, words, i, found);
        }
      }
    } else if (active > 0) {
      // Long messages: only where a start atom can match, word by word.
      for (let i = 0; i < words.length; i++) {
        const wi = words[i]!;
        for (const id of this.anchors.startsAt(wi, this.startIds)) {
          const c = this.anchored[id]!;
          if (startsHere(c, wi, text)) tryMatch(c, text, words, i, found);
        }
      }
    }
    if (found.length === 0) return;
    found.sort((a, b) => a.first - b.first || b.last - a.last);
    for (let k = 0; k < found.length; k++) {
      const m = found[k]!;
      if (!containedInEarlier(found, k, m, this.maxWords)) out.push(m);
    }
  }
}

/**
 * The words of the required all-literal slot with the fewest common words
 * (later slots win ties: content words tend to come last), or null when no
 * slot qualifies (patterns of prefixes, numbers and optional slots only).
 */
function chooseAnchor(p: Pattern, common: ReadonlySet<string>): string[] | null {
  let best: string[] | null = null;
  let bestCommon = Infinity;
  for (const slot of p.slots) {
    if (slot.optional || slot.gap) continue;
    const words: string[] = [];
    let literal = true;
    let nCommon = 0;
    for (const alt of slot.alts) {
      // An alternative of several words is anchored on its first one.
      const atom = alt[0];
      if (atom?.kind !== "word") {
        literal = false;
        break;
      }
      for (const f of atom.forms) {
        words.push(f);
        if (common.has(f) || f.length <= 2) nCommon++;
      }
    }
    if (!literal || words.length === 0 || nCommon === words.length) continue;
    if (nCommon <= bestCommon) {
      best = words;
      bestCommon = nCommon;
    }
  }
  return best;
}

/**
 * True when a match of the same entry before index `k` of the sorted list
 * covers match `m`. The list is sorted by start and no match is longer than
 * `maxWords`, so the look-back stops at the first match that starts
 * `maxWords` or more before `m` (it and all earlier ones end before `m`
 * starts): long messages stay linear.
 */
function containedInEarlier<T>(
  found: readonly PhraseMatch<T>[],
  k: number,
  m: PhraseMatch<T>,
  maxWords: number,
): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const e = found[j]!;
    if (e.first + maxWords <= m.first) return false;
    if (e.last <= m.first) continue;
    if (e.payload === m.payload && e.first <= m.first && e.last >= m.last) return true;
  }
  return false;
}

/** The most words a match of `p` can span: each slot's longest alternative, gaps at their widest. */
function maxLength(p: Pattern): number {
  let n = 0;
  for (const slot of p.slots) {
    if (slot.gap) n += MAX_GAP;
    else n += Math.max(0, ...slot.alts.map((a) => a.length));
  }
  return n;
}

/** Can pattern `c` start at word `w`? */
function startsHere<T>(c: Compiled<T>, w: Token, text: string): boolean {
  return (
    c.startWords.has(w.norm) || (c.startOther && c.starts.some((a) => atomMatches(a, w, text)))
  );
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function atomMatches(atom: Atom, tok: Token, text: string): boolean {
  switch (atom.kind) {
    case "word":
      if (!atom.forms.has(tok.norm)) return false;
      return atom.exact === null || text.slice(tok.start, tok.end) === atom.exact;
    case "prefix":
      return tok.kind === "word" && tok.norm.startsWith(atom.prefix);
    case "num":
      return tok.kind === "number";
  }
}

// Scratch state of the one match in progress (matching is synchronous and
// not re-entrant), so trying a candidate allocates nothing.
const MAX_SLOTS = 64;
const slotFrom = new Int32Array(MAX_SLOTS);
const slotTo = new Int32Array(MAX_SLOTS);
let curSlots: readonly Slot[] = [];
let curWords: readonly Token[] = [];
let curText = "";
let curStart = 0;

function usable(wi: number): boolean {
  const t = curWords[wi];
  return t !== undefined && (wi === curStart || !t.breakBefore);
}

/** Match slots[si..] from word wi; returns the end word index or -1. Backtracks over alternatives, optional slots and gaps. */
function walk(si: number, wi: number): number {
  if (si === curSlots.length) return wi;
  const slot = curSlots[si]!;
  slotFrom[si] = wi;
  if (slot.gap) {
    for (let g = 0; g <= MAX_GAP; g++) {
      if (g > 0 && !usable(wi + g - 1)) break;
      slotTo[si] = wi + g;
      const end = walk(si + 1, wi + g);
      if (end >= 0) return end;
    }
    return -1;
  }
  for (const alt of slot.alts) {
    let k = 0;
    while (k < alt.length && usable(wi + k) && atomMatches(alt[k]!, curWords[wi + k]!, curText))
      k++;
    if (k === alt.length) {
      slotFrom[si] = wi;
      slotTo[si] = wi + k;
      const end = walk(si + 1, wi + k);
      if (end >= 0) return end;
    }
  }
  if (slot.optional) {
    slotFrom[si] = wi;
    slotTo[si] = wi;
    return walk(si + 1, wi);
  }
  return -1;
}

function tryMatch<T>(
  c: Compiled<T>,
  text: string,
  words: readonly Token[],
  start: number,
  out: PhraseMatch<T>[],
): void {
  const slots = c.pattern.slots;
  if (slots.length > MAX_SLOTS) return;
  curSlots = slots;
  curWords = words;
  curText = text;
  curStart = start;
  const end = walk(0, start);
  if (end < 0 || end === start) return;
  let spanFirst = -1;
  let spanLast = -1;
  for (let k = 0; k < slots.length; k++) {
    if (!slots[k]!.span || slotTo[k] === slotFrom[k]) continue;
    if (spanFirst < 0) spanFirst = slotFrom[k]!;
    spanLast = slotTo[k]!;
  }
  if (spanFirst < 0) {
    spanFirst = start;
    spanLast = end;
  }
  out.push({ payload: c.payload, first: start, last: end, spanFirst, spanLast });
}
