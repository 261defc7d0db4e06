import type { CompiledLexicons } from "../../lexicon/compile.js";
import { defaultLexicons, lexiconBundle } from "../../lexicon/default.js";
import { tokenize } from "../../pipeline/tokenize.js";
import type { Analysis } from "../types.js";
import { stateOf } from "./state.js";

/** A cue match: words [first, last) of the message. */
export interface CueMatch {
  readonly first: number;
  readonly last: number;
}

interface Entry {
  readonly list: string;
  readonly words: readonly string[];
}

/**
 * All `id-*` cue lists matched in one pass over the words. The identifier
 * recognizers consult some thirty small cue lists; scanning the message once
 * per list (`analysis.cues`) would cost more than everything else they do. The
 * `id-*` lists are plain word sequences, so one index keyed by first word
 * finds every match of every list at once. Lists that use pattern syntax, and
 * lexicon sets other than the shipped one, fall back to `analysis.cues`.
 */
const PREFIX = "id-";
// Lists read word by word through `cueWords` (street endings, units): not indexed here,
// they hold the most frequent short words and would only slow the scan down.
const WORD_LISTS = new Set([
  "id-not-handle",
  "id-not-street",
  "id-short-words",
  "id-street-first",
  "id-street-prefix",
  "id-street-suffix",
  "id-street-suffix-weak",
  "id-street-type",
  "id-unit",
]);
const PATTERN_SYNTAX = /[|?*[\]<>]|\.\.\./;

interface Index {
  readonly byFirst: ReadonlyMap<string, readonly Entry[]>;
  /** First and last words of the cues of each list, for cheap pre-checks. */
  readonly firstWords: ReadonlyMap<string, ReadonlySet<string>>;
  readonly lastWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every word of every cue of each list. */
  readonly allWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** Lists with pattern syntax: matched by the lexicon matcher instead. */
  readonly complex: ReadonlySet<string>;
}

let shared: { lexicons: CompiledLexicons; index: Index } | null = null;

function index(lexicons: CompiledLexicons): Index | null {
  if (shared !== null && shared.lexicons === lexicons) return shared.index;
  if (lexicons !== defaultLexicons()) return null;
  const byFirst = new Map<string, Entry[]>();
  const firstWords = new Map<string, Set<string>>();
  const lastWords = new Map<string, Set<string>>();
  const allWords = new Map<string, Set<string>>();
  const complex = new Set<string>();
  for (const list of lexiconBundle().cues) {
    if (!list.name.startsWith(PREFIX) || WORD_LISTS.has(list.name)) continue;
    if (list.cues.some((c) => PATTERN_SYNTAX.test(c))) {
      complex.add(list.name);
      continue;
    }
    for (const cue of list.cues) {
      // Tokenized like messages, so "it's" and "m'n" split the same way.
      const words = tokenize(cue).words.map((w) => w.norm);
      if (words.length === 0) continue;
      const entries = byFirst.get(words[0]!) ?? [];
      entries.push({ list: list.name, words });
      byFirst.set(words[0]!, entries);
      let firsts = firstWords.get(list.name);
      if (firsts === undefined) firstWords.set(list.name, (firsts = new Set()));
      firsts.add(words[0]!);
      let lasts = lastWords.get(list.name);
      if (lasts === undefined) lastWords.set(list.name, (lasts = new Set()));
      lasts.add(words[words.length - 1]!);
      let every = allWords.get(list.name);
      if (every === undefined) allWords.set(list.name, (every = new Set()));
      for (const w of words) every.add(w);
    }
  }
  for (const name of complex)
    for (const [k, v] of byFirst)
      byFirst.set(
        k,
        v.filter((e) => e.list !== name),
      );
  const built: Index = { byFirst, firstWords, lastWords, allWords, complex };
  shared = { lexicons, index: built };
  return built;
}

const EMPTY: readonly CueMatch[] = [];

/** Matches of the `id-*` cue list `name` in this message (computed for all lists at once). */
export function idCues(analysis: Analysis, name: string): readonly CueMatch[] {
  const idx = index(analysis.lexicons);
  if (idx === null || idx.complex.has(name)) return analysis.cues(name);
  const state = stateOf(analysis);
  state.cues ??= scan(analysis, idx);
  return state.cues.get(name) ?? EMPTY;
}

/**
 * Cheap pre-check: can the cue list `name` match in this message at all (some
 * word starts one of its cues)? Lets a recognizer skip work on most messages
 * without running the full cue scan.
 */
export function mayMatch(analysis: Analysis, name: string): boolean {
  const state = stateOf(analysis);
  if (state.cues !== undefined) return (state.cues.get(name)?.length ?? 0) > 0;
  const idx = index(analysis.lexicons);
  const firsts = idx?.firstWords.get(name);
  if (idx === null || firsts === undefined) return true;
  const words = analysis.words;
  for (let i = 0; i < words.length; i++) if (firsts.has(words[i]!.norm)) return true;
  return false;
}

/** Cheap pre-check: could a cue of list `name` end right before word i (its last word is word i-1)? */
export function mayEndBefore(analysis: Analysis, name: string, i: number): boolean {
  if (i === 0) return false;
  const idx = index(analysis.lexicons);
  const lasts = idx?.lastWords.get(name);
  return idx === null || lasts === undefined || lasts.has(analysis.words[i - 1]!.norm);
}

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * The last words (`"last"`) or all words (`"all"`) of the cues of list `name`,
 * for pre-checks; null when the list is not indexed (then check precisely).
 */
export function cueWordSet(
  analysis: Analysis,
  name: string,
  which: "last" | "all",
): ReadonlySet<string> | null {
  const idx = index(analysis.lexicons);
  if (idx === null || idx.complex.has(name)) return null;
  return (which === "last" ? idx.lastWords : idx.allWords).get(name) ?? NO_WORDS;
}

function scan(analysis: Analysis, idx: Index): Map<string, CueMatch[]> {
  const words = analysis.words;
  const out = new Map<string, CueMatch[]>();
  for (let i = 0; i < words.length; i++) {
    const entries = idx.byFirst.get(words[i]!.norm);
    if (entries === undefined) continue;
    for (const e of entries) {
      const n = e.words.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        const w = words[i + k]!;
        ok = !w.breakBefore && w.norm === e.words[k];
      }
      if (!ok) continue;
      const list = out.get(e.list);
      const m = { first: i, last: i + n };
      if (list === undefined) out.set(e.list, [m]);
      else list.push(m);
    }
  }
  return out;
}
