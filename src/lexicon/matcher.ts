import type { Token } from "../pipeline/tokenize.js";
import { MAX_GAP, firstAtoms, type Atom, type Pattern } from "./pattern.js";

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
}

const PREFIX_KEY = 3;

/**
 * A compiled set of patterns, indexed by the words that can start them, so a
 * message is scanned once: per word one map lookup, then only the candidate
 * patterns are tried. Built once per lexicon set, reused for every message.
 */
export class PhraseMatcher<T> {
  private readonly byWord = new Map<string, Compiled<T>[]>();
  private readonly byPrefix = new Map<string, Compiled<T>[]>();
  private readonly byNumber: Compiled<T>[] = [];
  private size = 0;

  add(pattern: Pattern, payload: T): void {
    const c: Compiled<T> = { pattern, payload };
    this.size++;
    for (const atom of firstAtoms(pattern)) {
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
   * All matches in the message. A match that lies inside an earlier match of
   * the same pattern entry ("depressief" inside "heel depressief") is left out.
   */
  scan(text: string, words: readonly Token[], out: PhraseMatch<T>[]): void {
    const from = out.length;
    for (let i = 0; i < words.length; i++) {
      const before = out.length;
      this.scanAt(text, words, i, out);
      for (let k = out.length - 1; k >= before; k--) {
        const m = out[k]!;
        if (containedInEarlier(out, from, before, m)) out.splice(k, 1);
      }
    }
  }

  scanAt(text: string, words: readonly Token[], i: number, out: PhraseMatch<T>[]): void {
    const w = words[i];
    if (w === undefined) return;
    const direct = this.byWord.get(w.norm);
    if (direct !== undefined) for (const c of direct) tryMatch(c, text, words, i, out);
    if (this.byPrefix.size > 0 && w.norm.length >= PREFIX_KEY) {
      const pre = this.byPrefix.get(w.norm.slice(0, PREFIX_KEY));
      if (pre !== undefined) for (const c of pre) tryMatch(c, text, words, i, out);
    }
    if (w.kind === "number") for (const c of this.byNumber) tryMatch(c, text, words, i, out);
  }
}

function containedInEarlier<T>(
  out: readonly PhraseMatch<T>[],
  from: number,
  to: number,
  m: PhraseMatch<T>,
): boolean {
  for (let j = to - 1; j >= from; j--) {
    const e = out[j]!;
    if (e.last <= m.first) continue;
    if (e.payload === m.payload && e.first <= m.first && e.last >= m.last) return true;
  }
  return false;
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

function tryMatch<T>(
  c: Compiled<T>,
  text: string,
  words: readonly Token[],
  start: number,
  out: PhraseMatch<T>[],
): void {
  const slots = c.pattern.slots;
  // slotAt[k] = [from, to) word range matched by slot k in the current path.
  const from = new Int32Array(slots.length);
  const to = new Int32Array(slots.length);
  const ok = (wi: number): boolean => {
    const t = words[wi];
    return t !== undefined && (wi === start || !t.breakBefore);
  };
  const walk = (si: number, wi: number): number => {
    if (si === slots.length) return wi;
    const slot = slots[si]!;
    from[si] = wi;
    if (slot.gap) {
      for (let g = 0; g <= MAX_GAP; g++) {
        if (g > 0 && !ok(wi + g - 1)) break;
        to[si] = wi + g;
        const end = walk(si + 1, wi + g);
        if (end >= 0) return end;
      }
      return -1;
    }
    for (const alt of slot.alts) {
      let k = 0;
      while (k < alt.length && ok(wi + k) && atomMatches(alt[k]!, words[wi + k]!, text)) k++;
      if (k === alt.length) {
        to[si] = wi + k;
        const end = walk(si + 1, wi + k);
        if (end >= 0) return end;
      }
    }
    if (slot.optional) {
      from[si] = wi;
      to[si] = wi;
      return walk(si + 1, wi);
    }
    return -1;
  };
  const end = walk(0, start);
  if (end < 0 || end === start) return;
  let spanFirst = -1;
  let spanLast = -1;
  for (let k = 0; k < slots.length; k++) {
    if (!slots[k]!.span || to[k] === from[k]) continue;
    if (spanFirst < 0) spanFirst = from[k]!;
    spanLast = to[k]!;
  }
  if (spanFirst < 0) {
    spanFirst = start;
    spanLast = end;
  }
  out.push({ payload: c.payload, first: start, last: end, spanFirst, spanLast });
}
