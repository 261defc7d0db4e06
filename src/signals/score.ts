import type { Signal } from "../categories.js";
import type { PhraseMatch } from "../lexicon/matcher.js";
import { RangeSet, lowerBound, maxSpan, someStartsAt, someWithin } from "../lexicon/ranges.js";
import type { Analysis } from "../recognizers/types.js";
import { contextScan, cueScan, matchesOf, type CueRef, type SignalScan } from "./cues.js";
import { isTracing, recordSignal } from "./trace.js";
import type { SignalEvidence, SignalHit } from "./types.js";

/** How one cue list counts towards a signal. */
export interface CueListSpec {
  /** Cue list name (`lexicons/<lang>/cues/<name>.json`, both languages). */
  readonly name: string;
  /** Weight of one match; a message needs a sum of 1. */
  readonly weight: number;
  /** The number in the match must lie in [min, max] (ages, school years). */
  readonly range?: readonly [number, number];
  /** The match must end a clause: punctuation, end of text or a clause-end word follows. */
  readonly final?: boolean;
  /** Counts only when a cue of another, non-supporting list counted in the same message. */
  readonly support?: boolean;
}

export interface SignalSpec {
  readonly signal: Signal;
  readonly lists: readonly CueListSpec[];
  /** Cue lists whose matches cancel any cue they overlap (hyperbole, negation, other readings). */
  readonly block: readonly string[];
  /**
   * The signal is about the writer: a cue right after a third person
   * ("mijn moeder woont in een verpleeghuis") does not count, unless the cue
   * itself holds a first-person word ("mijn begeleider") or one stands in
   * between, or a new clause starts.
   */
  readonly selfOnly?: boolean;
  /** A bare age in an operator note ("Wim, 82, weduwnaar", "klant (15)"). */
  readonly bareAge?: { readonly range: readonly [number, number]; readonly weight: number };
}

/** Shared helper lists. */
const OTHER_PERSON = "signal-other-person";
const SELF = "signal-self";
const CLAUSE_END = "signal-clause-end";
const CLAUSE_BREAK = "signal-clause-break";
const CLAUSE_PUNCT: ReadonlySet<string> = new Set([",", ";", ":", "(", ")", "-", "–"]);
/** Words between a third person and the cue that still make the cue about them. */
const OTHER_WINDOW = 6;
const LETTER = /\p{L}/u;

export const THRESHOLD = 1;

/** A cue match before blockers and checks; `list` is null for a bare age. */
interface RawCue {
  readonly first: number;
  readonly last: number;
  readonly key: string;
  readonly list: CueListSpec | null;
}

interface Candidate {
  readonly first: number;
  readonly last: number;
  readonly weight: number;
  readonly key: string;
  readonly support: boolean;
}

/** Evidence a detector finds itself (contact data), computed only when it can matter. */
export interface ExtraCues {
  /** The most the cues can add together. */
  readonly maxWeight: number;
  find(): readonly ExtraCue[];
}

/** Extra evidence a detector found itself, in word indices. */
export interface ExtraCue {
  readonly first: number;
  readonly last: number;
  readonly weight: number;
  readonly key: string;
  /** Character offsets, for evidence that is not a word range (an e-mail token). */
  readonly start?: number;
  readonly end?: number;
}

/**
 * Scores one message for one signal: every cue of the spec's lists that is
 * not blocked counts with its list's weight; overlapping cues count once
 * (the heaviest). Returns a hit when the sum reaches 1. Below 1 the score is
 * still handed to an open conversation trace.
 */
export function scoreSignal(
  analysis: Analysis,
  spec: SignalSpec,
  extraCues?: ExtraCues,
): SignalHit | null {
  const cues = cueScan(analysis);
  const raw: RawCue[] = [];
  for (const list of spec.lists) {
    for (const m of matchesOf(cues, list.name)) {
      raw.push({ first: m.first, last: m.last, key: m.payload.key, list });
    }
  }
  if (spec.bareAge !== undefined) {
    for (const w of analysis.words) {
      if (w.kind !== "number" || !bareAge(analysis.text, w.start, w.end, spec.bareAge.range))
        continue;
      raw.push({ first: w.index, last: w.index + 1, key: `${spec.signal}:bare-age`, list: null });
    }
  }
  // Blockers and third persons only take weight away: when even every cue
  // together cannot reach the threshold, the message needs no more work
  // (unless a conversation wants its weak cues).
  const tracing = isTracing();
  let bound = extraCues?.maxWeight ?? 0;
  for (const r of raw) bound += r.list === null ? spec.bareAge!.weight : r.list.weight;
  if (bound === 0 || (bound < THRESHOLD && !tracing)) return null;
  const extra = extraCues?.find() ?? [];
  if (raw.length === 0 && extra.length === 0) return null;

  // Only messages with a cue pay for the context lists.
  const context = contextScan(analysis);
  const blockList: PhraseMatch<CueRef>[] = [];
  for (const name of spec.block) blockList.push(...matchesOf(context, name));
  // Sorted once with running maximum ends: each overlap test is a binary search.
  const blocks = new RangeSet(blockList);
  const keep = (first: number, last: number, support = false): boolean => {
    if (blocks.overlaps(first, last)) return false;
    return support || spec.selfOnly !== true || !aboutOther(analysis, context, first, last);
  };
  const candidates: Candidate[] = [];
  const offsets = new Map<Candidate, { start: number; end: number }>();
  for (const r of raw) {
    const list = r.list;
    const support = list?.support === true;
    if (!keep(r.first, r.last, support)) continue;
    if (list?.range !== undefined && !numberIn(analysis, r.first, r.last, list.range)) continue;
    if (list?.final === true && !endsClause(analysis, context, r.last)) continue;
    candidates.push({
      first: r.first,
      last: r.last,
      weight: list === null ? spec.bareAge!.weight : list.weight,
      key: r.key,
      support,
    });
  }
  for (const e of extra) {
    if (e.first >= 0 && !keep(e.first, e.last)) continue;
    const c: Candidate = {
      first: e.first,
      last: e.last,
      weight: e.weight,
      key: e.key,
      support: false,
    };
    if (e.start !== undefined && e.end !== undefined)
      offsets.set(c, { start: e.start, end: e.end });
    candidates.push(c);
  }
  if (candidates.length === 0) return null;

  // Heaviest first; a cue overlapping one already counted adds nothing.
  candidates.sort((a, b) => b.weight - a.weight || a.first - b.first);
  const counted: Candidate[] = [];
  // A supporting cue may lie inside the cue it supports ("weduwnaar sinds
  // maart"); it only competes with other supporting cues.
  const take = (support: boolean) => {
    for (const c of candidates) {
      if (c.support !== support) continue;
      const clash = counted.some(
        (k) =>
          k.support === support &&
          k.first >= 0 &&
          c.first >= 0 &&
          k.first < c.last &&
          c.first < k.last,
      );
      if (!clash) counted.push(c);
    }
  };
  take(false);
  if (counted.length > 0) take(true);
  if (counted.length === 0) return null;

  let score = 0;
  const evidence: SignalEvidence[] = [];
  const words = analysis.words;
  for (const c of counted) {
    score += c.weight;
    const off = offsets.get(c);
    evidence.push({
      start: off?.start ?? words[c.first]!.start,
      end: off?.end ?? words[c.last - 1]!.end,
      weight: c.weight,
      key: c.key,
    });
  }
  evidence.sort((a, b) => a.start - b.start);
  score = Math.round(score * 100) / 100;
  const hit: SignalHit = { signal: spec.signal, confidence: confidenceOf(score), evidence, score };
  recordSignal(hit);
  return score >= THRESHOLD ? hit : null;
}

/** 1 → 0.6, 1.5 → 0.7, 2 → 0.8, 3 or more → 0.99. */
export function confidenceOf(score: number): number {
  if (score < THRESHOLD) return Math.max(0, Math.min(0.59, score * 0.6));
  return Math.min(0.99, 0.6 + 0.2 * (score - THRESHOLD));
}

/**
 * A third person ends a few words before `first`, in the same clause (no
 * sentence break, comma or conjunction between), with no first-person word
 * between: "mijn moeder woont in een verpleeghuis", not "ik mis mijn man,
 * het huis is zo stil".
 */
function aboutOther(analysis: Analysis, scan: SignalScan, first: number, last: number): boolean {
  const { words, text } = analysis;
  const selves = matchesOf(scan, SELF);
  // The cue names the writer itself: "mijn begeleider", "ben ik zo alleen".
  if (someWithin(selves, first, last)) return false;
  const breaks = matchesOf(scan, CLAUSE_BREAK);
  const others = matchesOf(scan, OTHER_PERSON);
  // Only third persons ending at most OTHER_WINDOW words before the cue
  // count; the lists are sorted by start, so start where they can begin.
  const start = lowerBound(others, first - OTHER_WINDOW - maxSpan(others));
  for (let k = start; k < others.length && others[k]!.first < first; k++) {
    const o = others[k]!;
    if (o.last > first || first - o.last > OTHER_WINDOW) continue;
    let sameClause = true;
    for (let i = o.last; i <= first && i < words.length; i++) {
      if (words[i]!.breakBefore) sameClause = false;
    }
    const from = words[o.last - 1]!.end;
    const to = words[first]!.start;
    for (let i = from; i < to && sameClause; i++)
      if (CLAUSE_PUNCT.has(text[i]!)) sameClause = false;
    if (!sameClause) continue;
    if (someWithin(selves, o.last, first)) continue;
    // A conjunction starts a new clause when a new subject follows it ("en
    // het huis is zo stil"), not when the verb does ("is 15 en zit in 3 havo").
    if (someWithin(breaks, o.last, first)) continue;
    return true;
  }
  return false;
}

/**
 * Some number in words [first, last) lies in range and is not a time, price
 * or decimal; a match without a number token ("zestien", "15yo") passes.
 */
function numberIn(
  analysis: Analysis,
  first: number,
  last: number,
  [min, max]: readonly [number, number],
): boolean {
  const text = analysis.text;
  let numbers = 0;
  for (let i = first; i < last; i++) {
    const w = analysis.words[i]!;
    if (w.kind !== "number") continue;
    numbers++;
    if (partOfNumber(text, w.start, w.end)) continue;
    const n = Number(w.norm);
    if (n >= min && n <= max) return true;
  }
  return numbers === 0;
}

/** "15:30", "16.5", "€15", "15,-": the number is not an age on its own. */
function partOfNumber(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? "";
  if (before === "€" || before === "$" || before === "£") return true;
  const after = text[end] ?? "";
  if (after === ":" || after === "." || after === ",") {
    const next = text[end + 1] ?? "";
    if (next >= "0" && next <= "9") return true;
    if (after === "," && next === "-") return true;
  }
  return false;
}

/**
 * A number set off by commas or brackets right after a word, as operator
 * notes write ages: "Wim, 82, weduwnaar", "klant (81)".
 */
function bareAge(
  text: string,
  start: number,
  end: number,
  [min, max]: readonly [number, number],
): boolean {
  if (end - start > 3) return false;
  const n = Number(text.slice(start, end));
  if (!(n >= min && n <= max)) return false;
  let i = start - 1;
  while (i >= 0 && text[i] === " ") i--;
  let k = end;
  while (k < text.length && text[k] === " ") k++;
  // An introduction that starts with the age: "16, uit Utrecht".
  if (i < 0) return text[k] === ",";
  const open = text[i];
  if (open !== "," && open !== "(") return false;
  let j = i - 1;
  while (j >= 0 && text[j] === " ") j--;
  if (j < 0 || !LETTER.test(text[j]!)) return false;
  if (k >= text.length) return open === ",";
  const close = text[k]!;
  if (close === ")" || close === ",") return true;
  return close === "." && (k + 1 >= text.length || text[k + 1] === " " || text[k + 1] === "\n");
}

/** Punctuation, an emoji or the end of the text follows word `last - 1`, or a clause-end word does. */
function endsClause(analysis: Analysis, scan: SignalScan, last: number): boolean {
  const words = analysis.words;
  const prev = words[last - 1];
  if (prev === undefined) return false;
  const next = words[last];
  const gapEnd = next === undefined ? analysis.text.length : next.start;
  if (next === undefined || next.breakBefore) return true;
  for (let i = prev.end; i < gapEnd; i++) {
    const ch = analysis.text[i]!;
    if (ch !== " " && ch !== "\t") return true;
  }
  return someStartsAt(matchesOf(scan, CLAUSE_END), last);
}
