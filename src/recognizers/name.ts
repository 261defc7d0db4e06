import type { CompiledLexicons } from "../lexicon/compile.js";
import type { Token } from "../pipeline/tokenize.js";
import type { Analysis, Detection, Recognizer } from "./types.js";
import { wordDetection } from "./types.js";
import {
  between,
  cueAfter,
  cueBefore,
  cueCovers,
  sentences,
  wordSet,
} from "./identifiers/context.js";
import { cueWordSet, idCues, mayEndBefore, mayMatch, type CueMatch } from "./identifiers/cues.js";
import { isMonth } from "./identifiers/dates.js";
import { placeStartingAt } from "./identifiers/places.js";

// Surname particles: van der Berg, de Wit, ter Horst, El Amrani.
const TUSSEN = new Set([
  "van",
  "de",
  "der",
  "den",
  "het",
  "t",
  "'t",
  "ter",
  "ten",
  "te",
  "in",
  "op",
  "vd",
  "von",
  "la",
  "le",
  "du",
  "da",
  "di",
  "del",
  "dos",
  "das",
  "el",
  "al",
  "bin",
  "ibn",
  "mac",
  "mc",
]);
// Words before a capitalized word that make it a thing, not a person: "de Jumbo", "een Volvo".
const DETERMINERS = new Set([
  "de",
  "het",
  "een",
  "die",
  "deze",
  "dat",
  "dit",
  "the",
  "a",
  "an",
  "this",
  "that",
  "those",
  "these",
]);
// Prepositions after which a place name is a place, not a person ("in Charlotte").
const PLACE_PREPS = new Set([
  "in",
  "uit",
  "te",
  "naar",
  "bij",
  "from",
  "to",
  "near",
  "at",
  "op",
  "richting",
]);
// One-word introductions that still clearly introduce a name ("kben gert", "im dave").
const INTRO_FIRM = new Set(["met", "with", "kben", "im"]);
const QUICK_CUES = ["id-name-strong", "id-name-title", "id-name-client"];
const CUE_LISTS = ["id-name-client", "id-name-title", "id-name-relation", "id-name-strong"];
const QUOTES = new Set(["'", '"', "‘", "’", "“", "”"]);
const INITIAL = /^\p{Lu}$/u;
const TNV = /t\.\s?n\.\s?v\.?\s*$/i;
const MAX_NAME_WORDS = 5;
// Confidence of a capitalized given name found without any cue.
const FREE = 0.72;
const AGE = /^\d{2,3}$/;
const MIN_AGE = 12;
const MAX_AGE = 110;
const YEARS = new Set(["jaar", "jr", "years", "yrs", "y", "yo", "j"]);

type Kind = "first" | "ambiguous" | "pool" | "none";

/** The name lists merged into one lookup, built once per lexicon set. */
interface Lists {
  readonly kinds: ReadonlyMap<string, Kind>;
  readonly functionWords: ReadonlySet<string>;
  /** Last words of every name cue: a lowercase word after another word is never a name. */
  readonly cueEnds: ReadonlySet<string> | null;
  /** Words of the cue lists whose own words are no names ("Klant", "Mevrouw"). */
  readonly cueWords: ReadonlySet<string> | null;
}

let shared: { lexicons: CompiledLexicons; lists: Lists } | null = null;

function listsFor(analysis: Analysis): Lists {
  if (shared !== null && shared.lexicons === analysis.lexicons) return shared.lists;
  const kinds = new Map<string, Kind>();
  const add = (key: string, kind: Kind) => {
    for (const w of wordSet(analysis, key)) if (!kinds.has(w)) kinds.set(w, kind);
  };
  add("nl/first-names", "first");
  add("en/first-names", "first");
  add("nl/ambiguous-names", "ambiguous");
  add("nl/names", "pool");
  const functionWords = new Set([
    ...wordSet(analysis, "nl/function-words"),
    ...wordSet(analysis, "en/function-words"),
  ]);
  const union = (names: readonly string[], which: "last" | "all") => {
    const out = new Set<string>();
    for (const n of names) {
      const set = cueWordSet(analysis, n, which);
      if (set === null) return null;
      for (const w of set) out.add(w);
    }
    return out;
  };
  const lists: Lists = {
    kinds,
    functionWords,
    cueEnds: union([...CUE_LISTS, "id-name-intro", "id-name-signoff", "id-name-greeting"], "last"),
    cueWords: union(CUE_LISTS, "all"),
  };
  shared = { lexicons: analysis.lexicons, lists };
  return lists;
}

/**
 * Person names. A name list alone is not enough: case, position and context
 * decide.
 *  - Given names from `first-names` (not common words) count when
 *    capitalized, unless a pet word, a determiner ("de Dirk"), a date or a
 *    place preposition ("in Charlotte") says otherwise.
 *  - Names that are also words (`ambiguous-names`: Mark, Roos, Will) and
 *    names from the larger `names` list need context: `id-name-strong` (ik heet,
 *    my name is), titles, logbook words (klant, cust), family and carers (mijn
 *    zoon, my wife), an introduction (ik ben, I'm, met), a sign-off at the end
 *    (groetjes, Anja), or a logbook shape ("Kees, 71," / "(Johan)").
 *  - After a strong cue or a title any capitalized word is a name; an initial
 *    may start it ("t.n.v. J. de Vries").
 * The span runs on over initials ("Monique B."), surname particles and a
 * capitalized surname ("Peter de Wit", "Luc Peeters"), and hyphenated parts
 * ("Jan-Willem"). Repeats of a found name in the message are names too.
 * "Mark my words" and "Hoop je snel te zien" stay.
 */
export const nameRecognizer: Recognizer = {
  id: "name",
  categories: ["name"],
  detect(analysis, out) {
    const words = analysis.words;
    if (words.length === 0) return;
    const lists = listsFor(analysis);
    const found: Detection[] = [];
    const names = new Map<string, number>();
    let covered = -1;
    for (let i = 0; i < words.length; i++) {
      if (i < covered) continue;
      const w = words[i]!;
      if (w.kind !== "word") continue;
      const confidence = judge(analysis, lists, i);
      if (confidence <= 0) continue;
      const last = extend(analysis, lists, i);
      if (confidence === FREE && last - i > 1 && publicFigure(analysis, i, last)) {
        covered = last;
        continue;
      }
      found.push(wordDetection(analysis, "name", i, last, confidence, "name"));
      if (w.capitalized || INITIAL.test(analysis.text.slice(w.start, w.end)))
        names.set(w.norm, confidence);
      covered = last;
    }
    if (names.size === 0) {
      out.push(...found);
      return;
    }
    // Repeats: "my late wife Joan … Joan would have liked you".
    const taken = new Set<number>();
    for (const d of found) for (let k = d.firstWord; k < d.lastWord; k++) taken.add(k);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const c = names.get(w.norm);
      if (c === undefined || taken.has(i) || !w.capitalized || w.norm.length < 2) continue;
      if (excluded(analysis, i)) continue;
      found.push(wordDetection(analysis, "name", i, i + 1, c - 0.05, "name"));
    }
    out.push(...found);
  },
};

function kindOf(lists: Lists, norm: string): Kind {
  const kind = lists.kinds.get(norm);
  if (kind !== undefined) return kind;
  // Dutch possessive after a vowel stays one word: "Anja's", "Fatima's".
  return norm.endsWith("'s") ? (lists.kinds.get(norm.slice(0, -2)) ?? "none") : "none";
}

function isFunctionWord(lists: Lists, norm: string): boolean {
  return lists.functionWords.has(norm);
}

/** Contexts that rule a person name out: pets, "ziekte van", dates, places, "de Jumbo". */
function excluded(analysis: Analysis, i: number): boolean {
  const words = analysis.words;
  const s = sentences(analysis);
  if (cueBefore(analysis, "id-pet", i, 3) !== null) return true;
  if (cueAfter(analysis, "id-pet", i + 1, 2) !== null && between(analysis, i, i + 1).includes(","))
    return true;
  if (cueBefore(analysis, "id-name-not", i, 0) !== null || cueCovers(analysis, "id-name-not", i))
    return true;
  const prev = i > 0 && s[i - 1] === s[i] ? words[i - 1]! : undefined;
  if (prev !== undefined) {
    if (prev.kind === "number" || isMonth(prev.norm)) return true;
    if (PLACE_PREPS.has(prev.norm) && placeStartingAt(analysis, i) !== null) return true;
  }
  return false;
}

/** Determiner right before, or before one adjective: "de Dirk", "die nieuwe Albert Heijn". */
function afterDeterminer(analysis: Analysis, i: number): boolean {
  const words = analysis.words;
  const p1 = words[i - 1];
  if (p1 === undefined || words[i]!.breakBefore) return false;
  if (DETERMINERS.has(p1.norm) && !p1.capitalized) return true;
  const p2 = words[i - 2];
  return (
    p2 !== undefined &&
    !p1.breakBefore &&
    !p1.capitalized &&
    p1.kind === "word" &&
    DETERMINERS.has(p2.norm) &&
    !p2.capitalized
  );
}

function cue(analysis: Analysis, name: string, i: number): CueMatch | null {
  return cueBefore(analysis, name, i, 0);
}

/** Confidence that word i starts a person name (0: it does not). */
function judge(analysis: Analysis, lists: Lists, i: number): number {
  const { words, text } = analysis;
  const w = words[i]!;
  const cap = w.capitalized;
  // A lowercase word is only a name right after a name cue ("ik heet anja", "mevrouw van Dijk").
  if (!cap && (i === 0 || (lists.cueEnds !== null && !lists.cueEnds.has(words[i - 1]!.norm))))
    return 0;
  const kind = kindOf(lists, w.norm);
  if (!cap && kind === "none" && !TUSSEN.has(w.norm)) return 0;
  const fn = isFunctionWord(lists, w.norm);
  const initial = cap && w.end - w.start === 1 && text[w.end] === ".";
  if (cap && kind === "none" && fn && !initial) return 0;
  // A capitalized word no list knows needs a strong cue right before it or the
  // "Kees, 71," shape: check that cheaply before any cue matching.
  const last = cap && isLast(analysis, i);
  if (
    kind === "none" &&
    !QUICK_CUES.some((c) => mayEndBefore(analysis, c, i)) &&
    !(last && mayEndBefore(analysis, "id-name-signoff", i)) &&
    !TNV.test(text.slice(Math.max(0, w.start - 8), w.start)) &&
    !(cap && logbookShape(analysis, i) === "age")
  )
    return 0;
  // The cue words themselves ("Klant", "Cust", "Mevrouw") are not names.
  if (
    (lists.cueWords === null || lists.cueWords.has(w.norm)) &&
    CUE_LISTS.some((c) => cueCovers(analysis, c, i))
  )
    return 0;
  const quoted = isQuoted(text, w);

  // Strong cues and titles: any capitalized word, or a listed name in lowercase.
  // "t.n.v." is written with dots the tokenizer takes for sentence ends.
  const strong =
    cue(analysis, "id-name-strong", i) ??
    (i > 0 && TNV.test(text.slice(Math.max(0, w.start - 8), w.start))
      ? { first: Math.max(0, i - 3), last: i }
      : null);
  const title = cue(analysis, "id-name-title", i);
  if (strong !== null || title !== null) {
    if (excluded(analysis, i)) return 0;
    if (initial) return 0.9;
    // A one-word cue ("heet", "naam") also names series and brands, and an all-caps
    // title may be an acronym ("MS."): then only listed names.
    const titleRaw =
      title === null ? "" : text.slice(words[title.first]!.start, words[title.last - 1]!.end);
    const acronym = titleRaw.length > 1 && titleRaw === titleRaw.toUpperCase();
    const colon = strong !== null && between(analysis, strong.last - 1, i).includes(":");
    const firm =
      (title !== null && !acronym) ||
      (strong !== null && (strong.last - strong.first > 1 || colon));
    if (cap && !fn && (firm || kind !== "none")) return 0.9;
    if (!cap && kind !== "none" && !fn && strong !== null) return 0.85;
    // "mevrouw van der Berg": a particle that leads to a capitalized surname.
    if (title !== null && TUSSEN.has(w.norm) && leadsToSurname(analysis, lists, i)) return 0.85;
    return 0;
  }
  if (fn && !cap) return 0;
  if (!cap && TUSSEN.has(w.norm)) return 0;

  const client = cue(analysis, "id-name-client", i);
  const relation = cue(analysis, "id-name-relation", i);
  const intro = cue(analysis, "id-name-intro", i);
  const signoff = cue(analysis, "id-name-signoff", i);
  const greeting = cap ? cue(analysis, "id-name-greeting", i) : null;
  const shape = cap ? logbookShape(analysis, i) : null;
  // A word no list knows is only a name in the "Kees, 71," shape.
  const logbook = shape !== null && (kind !== "none" || shape === "age");
  // "Groetjes, Annemiek": a capitalized last word after a sign-off is a name too.
  const signedOff = last && !fn && signoff !== null && placeStartingAt(analysis, i) === null;
  if (kind === "none" && !(cap && logbook && !fn) && !(initial && client !== null) && !signedOff)
    return 0;
  // 'Sandra' in quotes is a profile or nickname, not a person in the message.
  if (quoted) return 0;
  if (excluded(analysis, i)) return 0;
  if (initial) return client !== null ? 0.8 : 0;

  if (client !== null || relation !== null) {
    if (cap) return kind === "none" ? 0.8 : 0.85;
    return kind === "first" ? 0.8 : 0;
  }
  if (logbook) return 0.8;
  if (signoff !== null && nearEnd(analysis, i)) {
    if (cap) return 0.8;
    return kind === "first" ? 0.75 : 0;
  }
  // "Hoi Mark", "Lieve Roos", "Dear Will": a listed name addressed directly.
  if (greeting !== null && kind !== "pool") return 0.8;
  if (intro !== null) {
    const firm = intro.last - intro.first > 1 || INTRO_FIRM.has(words[intro.first]!.norm);
    if (cap && (kind === "first" || kind === "pool")) return 0.8;
    if (cap && kind === "ambiguous" && firm) return 0.75;
    if (!cap && kind === "first" && firm) return 0.75;
    return 0;
  }
  // No cue: a capitalized given name that is not also a common word.
  if (kind === "first" && cap && !afterDeterminer(analysis, i)) return FREE;
  return 0;
}

/** "Kees, 71," / "Henk (68)" (age), "(Johan)" (paren), "Peter (Amersfoort)" (place). */
function logbookShape(analysis: Analysis, i: number): "age" | "paren" | "place" | null {
  const { words, text } = analysis;
  const w = words[i]!;
  const before = i === 0 ? "" : between(analysis, i - 1, i).trim();
  const segmentStart = i === 0 || w.breakBefore || /[(:,;]$/.test(before);
  if (!segmentStart) return null;
  let j = i + 1;
  // Skip an initial or a glued part: "Monique B., 45", "Jan-Willem, Assen".
  while (
    j < words.length &&
    (words[j]!.glued || INITIAL.test(text.slice(words[j]!.start, words[j]!.end)))
  )
    j++;
  const next = words[j];
  const gap = next === undefined ? text.slice(words[j - 1]!.end) : between(analysis, j - 1, j);
  const g = gap.trim();
  if (next !== undefined && next.kind === "number" && (g === "," || g === "(" || g === ".,")) {
    const age = Number(next.norm);
    const after = words[j + 1];
    const tail =
      after === undefined ? text.slice(next.end).trim() : between(analysis, j, j + 1).trim();
    const ends =
      tail === "" || /^[,).;]/.test(tail) || (after !== undefined && YEARS.has(after.norm));
    if (AGE.test(next.norm) && age >= MIN_AGE && age <= MAX_AGE && ends) return "age";
  }
  // "(Johan)" alone in parentheses, or "Peter (Amersfoort)".
  if (before.endsWith("(") && g.startsWith(")")) return "paren";
  return next !== undefined && g === "(" && placeStartingAt(analysis, j) !== null ? "place" : null;
}

function isQuoted(text: string, w: Token): boolean {
  const before = text[w.start - 1];
  return before !== undefined && QUOTES.has(before) && QUOTES.has(text[w.end] ?? "");
}

/**
 * A full name found without a personal cue, in a sentence about media or
 * public life ("Heb je Frans Bauer op tv gezien?", "I watched Harry Potter
 * again"): a public figure or a character, not someone in the chat. A bare
 * given name stays a name ("Iris en ik gaan naar de film").
 */
function publicFigure(analysis: Analysis, first: number, last: number): boolean {
  if (!mayMatch(analysis, "id-media")) return false;
  const s = sentences(analysis);
  let from = first;
  while (from > 0 && s[from - 1] === s[first]) from--;
  let to = last;
  while (to < analysis.words.length && s[to] === s[first]) to++;
  for (const m of idCues(analysis, "id-media")) if (m.first >= from && m.last <= to) return true;
  return false;
}

/** Word i is the last word of the message (only punctuation or emoji after it). */
function isLast(analysis: Analysis, i: number): boolean {
  return i === analysis.words.length - 1;
}

function nearEnd(analysis: Analysis, i: number): boolean {
  const words = analysis.words;
  if (i >= words.length - 2) return true;
  const s = sentences(analysis);
  return s[i + 1] !== s[i] || words[i + 1]!.breakBefore;
}

function leadsToSurname(analysis: Analysis, lists: Lists, i: number): boolean {
  const words = analysis.words;
  let k = i;
  while (k < words.length && k - i < 3 && TUSSEN.has(words[k]!.norm)) k++;
  const t = words[k];
  return t !== undefined && t.capitalized && !t.breakBefore && !isFunctionWord(lists, t.norm);
}

/** Exclusive end of the name that starts at word i. */
function extend(analysis: Analysis, lists: Lists, i: number): number {
  const { words, text } = analysis;
  const s = sentences(analysis);
  // "(mevrouw) van Dijk": after a leading particle the surname may be a place name too.
  const particleStart = TUSSEN.has(words[i]!.norm);
  let j = i + 1;
  const sameSpace = (a: Token, b: Token) => {
    const gap = text.slice(a.end, b.start);
    return gap === " " || gap === ". " || gap === "-" || gap === "";
  };
  while (j < words.length && j - i < MAX_NAME_WORDS && s[j] === s[i]) {
    const w = words[j]!;
    const prev = words[j - 1]!;
    if (!sameSpace(prev, w)) break;
    const raw = text.slice(w.start, w.end);
    if (w.glued && w.capitalized) {
      j++;
      continue;
    }
    if (INITIAL.test(raw) && text[w.end] === ".") {
      j++;
      continue;
    }
    if (text.slice(prev.end, w.start) === ". " && !INITIAL.test(text.slice(prev.start, prev.end)))
      break;
    // "Rita van Genk": "van" before a place name says where someone is from.
    if (
      !particleStart &&
      w.norm === "van" &&
      placeStartingAt(analysis, j + 1) !== null &&
      words[j + 2]?.capitalized !== true
    )
      break;
    // Particles then a capitalized surname: "de Wit", "van der Berg".
    let k = j;
    while (
      k < words.length &&
      k - j < 3 &&
      TUSSEN.has(words[k]!.norm) &&
      sameSpace(words[k - 1]!, words[k]!)
    )
      k++;
    const t = words[k];
    if (
      t !== undefined &&
      t.capitalized &&
      t.kind === "word" &&
      s[k] === s[i] &&
      sameSpace(words[k - 1]!, t) &&
      !isFunctionWord(lists, t.norm) &&
      !isMonth(t.norm) &&
      (k > j || particleStart || placeStartingAt(analysis, k) === null)
    ) {
      j = k + 1;
      continue;
    }
    break;
  }
  return j;
}
