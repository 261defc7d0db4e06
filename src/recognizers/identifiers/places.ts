import type { CompiledLexicons } from "../../lexicon/compile.js";
import type { Analysis } from "../types.js";
import { cueWordSet } from "./cues.js";
import { stateOf } from "./state.js";

/** Dutch/Belgian place, or a large foreign city. */
export type PlaceKind = "home" | "foreign";

export interface PlaceEntry {
  /** Folded words of the name ("den haag" → ["den", "haag"]; "'s-hertogenbosch" → ["s", "hertogenbosch"]). */
  readonly words: readonly string[];
  readonly kind: PlaceKind;
  /** Also a common word (Best, Goes, Reading): only counts when capitalized. */
  readonly ambiguous: boolean;
}

/** A gazetteer match: words [first, last) of the message. */
export interface PlaceMatch {
  readonly first: number;
  readonly last: number;
  readonly entry: PlaceEntry;
  /** Folded text of the matched words, for finding repeats. */
  readonly key: string;
  /** Some word of the match starts with a capital. */
  readonly capitalized: boolean;
}

const LISTS: readonly (readonly [string, PlaceKind, boolean])[] = [
  ["nl/places", "home", false],
  ["nl/places-ambiguous", "home", true],
  ["en/places", "foreign", false],
  ["en/places-ambiguous", "foreign", true],
];
// Split a folded place name the way the tokenizer splits text into words.
const PIECE = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
// City parts written after a hyphen: Amsterdam-Noord, Rotterdam-Zuid.
const COMPASS = new Set([
  "noord",
  "zuid",
  "oost",
  "west",
  "centrum",
  "noordoost",
  "noordwest",
  "zuidoost",
  "zuidwest",
  "north",
  "south",
  "east",
  "centre",
  "center",
]);

const indexCache = new WeakMap<CompiledLexicons, Map<string, PlaceEntry[]>>();

/** The gazetteer keyed by first folded word, longest names first; built once per lexicon set. */
function placeIndex(lexicons: CompiledLexicons): Map<string, PlaceEntry[]> {
  let index = indexCache.get(lexicons);
  if (index !== undefined) return index;
  index = new Map();
  for (const [key, kind, ambiguous] of LISTS) {
    for (const name of lexicons.words.get(key) ?? []) {
      const words = name.match(PIECE);
      if (words === null) continue;
      const entry: PlaceEntry = { words, kind, ambiguous };
      const list = index.get(words[0]!);
      if (list === undefined) index.set(words[0]!, [entry]);
      else if (!list.some((e) => e.words.join(" ") === words.join(" "))) list.push(entry);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  indexCache.set(lexicons, index);
  return index;
}

/** True when the folded word can start a place name (cheap pre-check). */
export function mayStartPlace(lexicons: CompiledLexicons, norm: string): boolean {
  return placeIndex(lexicons).has(norm);
}

/** The longest gazetteer match starting at word i, extended over "-Noord", "-Overvecht". */
export function placeAt(analysis: Analysis, i: number): PlaceMatch | null {
  const words = analysis.words;
  const candidates = placeIndex(analysis.lexicons).get(words[i]!.norm);
  if (candidates === undefined) return null;
  for (const entry of candidates) {
    const n = entry.words.length;
    if (i + n > words.length) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) {
      const w = words[i + k]!;
      ok = w.norm === entry.words[k] && !w.breakBefore;
    }
    if (!ok) continue;
    let last = i + n;
    let capitalized = false;
    for (let k = i; k < last; k++) if (words[k]!.capitalized) capitalized = true;
    // A glued part after the name is a district: Utrecht-Overvecht, Amsterdam-Noord.
    while (last < words.length) {
      const w = words[last]!;
      if (!w.glued || w.kind !== "word" || !(w.capitalized || COMPASS.has(w.norm))) break;
      last++;
    }
    // "Almere Buiten" is matched whole above; "Liverpool-born" stops at the lowercase part.
    return { first: i, last, entry, key: entry.words.join(" "), capitalized };
  }
  return null;
}

/** All non-overlapping gazetteer matches of a message, left to right; computed once. */
export function placesIn(analysis: Analysis): readonly PlaceMatch[] {
  const state = stateOf(analysis);
  if (state.places !== undefined) return state.places;
  const out: PlaceMatch[] = [];
  const index = placeIndex(analysis.lexicons);
  const before = lowercaseLeads(analysis);
  const words = analysis.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind !== "word") continue;
    // A lowercase place only counts right after a residence cue or preposition
    // ("ik woon in apeldoorn"): skip the lookup for every other lowercase word.
    // ("'s-Hertogenbosch", "'t Harde" start with a lowercase "s" / "t".)
    if (
      !w.capitalized &&
      w.norm.length > 1 &&
      (i === 0 || (before !== null && !before.has(words[i - 1]!.norm)))
    )
      continue;
    if (!index.has(w.norm)) continue;
    // A glued word continues the word before it ("Liverpool-born", "Vlaams Belang-stemmer").
    if (w.glued && i > 0 && !words[i - 1]!.capitalized) continue;
    const m = placeAt(analysis, i);
    if (m === null) continue;
    out.push(m);
    i = m.last - 1;
  }
  state.places = out;
  return out;
}

// Words a lowercase place may follow: prepositions, and the last words of the
// residence, moving, origin and "hier in" cues.
const LEAD_PREPS = ["in", "te", "op", "bij", "naar", "to", "near", "at", "van", "from", "uit"];
const LEAD_LISTS = ["id-residence", "id-move", "id-origin", "id-place-here"];
let leads: { lexicons: CompiledLexicons; words: ReadonlySet<string> | null } | null = null;

function lowercaseLeads(analysis: Analysis): ReadonlySet<string> | null {
  if (leads !== null && leads.lexicons === analysis.lexicons) return leads.words;
  let words: Set<string> | null = new Set(LEAD_PREPS);
  for (const name of LEAD_LISTS) {
    const set = cueWordSet(analysis, name, "last");
    if (set === null) {
      words = null;
      break;
    }
    for (const w of set) words.add(w);
  }
  leads = { lexicons: analysis.lexicons, words };
  return words;
}

/** The place match that starts at word i, if any. */
export function placeStartingAt(analysis: Analysis, i: number): PlaceMatch | null {
  for (const m of placesIn(analysis)) if (m.first === i) return m;
  return null;
}

/** The place match that ends right before word i (exclusive end === i), if any. */
export function placeEndingAt(analysis: Analysis, i: number): PlaceMatch | null {
  for (const m of placesIn(analysis)) if (m.last === i) return m;
  return null;
}
