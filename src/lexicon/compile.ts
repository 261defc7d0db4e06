import type { Category } from "../categories.js";
import { RedactError } from "../errors.js";
import { fold } from "../pipeline/tokenize.js";
import { PhraseMatcher } from "./matcher.js";
import { FuzzyIndex } from "./fuzzy.js";
import { inflections } from "./inflect.js";
import { parsePattern, type Pattern } from "./pattern.js";
import type { CueList, LexiconLanguage, TermLexicon, WordList } from "./schema.js";

/** What a lexicon match knows about the entry it came from. */
export interface TermInfo {
  readonly term: string;
  readonly category: Category;
  readonly also: readonly Category[];
  readonly lang: LexiconLanguage;
  readonly ambiguous: boolean;
  readonly nude: boolean;
  readonly fuzzy: boolean;
  /** Whole words that contain this term but do not mean it. */
  readonly except: ReadonlySet<string> | null;
  /** True when every pattern of the entry is one word. */
  readonly single: boolean;
}

export interface CompiledLexicons {
  readonly terms: PhraseMatcher<TermInfo>;
  /** Dutch compound stems: may end a longer word (borst+kanker). Keyed by folded stem. */
  readonly heads: ReadonlyMap<string, TermInfo>;
  /** Dutch compound stems: may start a longer word (diabetes+patiënt). */
  readonly modifiers: ReadonlyMap<string, TermInfo>;
  readonly headLengths: readonly number[];
  readonly modifierLengths: readonly number[];
  /** One-word terms eligible for typo matching. */
  readonly fuzzy: FuzzyIndex<TermInfo>;
  /** Real words that must never be read as typos (near misses, function words). */
  readonly notTypos: ReadonlySet<string>;
  readonly cues: ReadonlyMap<string, PhraseMatcher<LexiconLanguage>>;
  /** Function words of both languages (never anchors of a pattern). */
  readonly commonWords: ReadonlySet<string>;
  /** The one-word cues of every cue list, for rules that test single tokens (curse stems). */
  readonly cueWords: ReadonlyMap<string, ReadonlySet<string>>;
  readonly words: ReadonlyMap<string, ReadonlySet<string>>;
}

export function compileLexicons(
  terms: readonly TermLexicon[],
  cues: readonly CueList[],
  words: readonly WordList[],
): CompiledLexicons {
  const wordSets = new Map<string, Set<string>>();
  for (const list of words) {
    const key = `${list.language}/${list.name}`;
    const set = wordSets.get(key) ?? new Set<string>();
    for (const w of list.words) set.add(fold(w));
    wordSets.set(key, set);
  }
  const common = new Set<string>();
  for (const [key, set] of wordSets)
    if (key.endsWith("/function-words")) for (const w of set) common.add(w);
  const matcher = new PhraseMatcher<TermInfo>(common);
  const heads = new Map<string, TermInfo>();
  const modifiers = new Map<string, TermInfo>();
  const fuzzy = new FuzzyIndex<TermInfo>();
  for (const lex of terms) {
    for (const entry of lex.entries) {
      const caseSensitive = entry.caseSensitive === true;
      const patterns = [entry.term, ...(entry.variants ?? [])].map((src) =>
        parseOrThrow(src, `${lex.language}/${lex.category}`, {
          lang: lex.language,
          caseSensitive,
          inflect: true,
        }),
      );
      const singles = patterns.filter(isSingleWord);
      const single = singles.length === patterns.length;
      const info: TermInfo = {
        term: entry.term,
        category: lex.category,
        also: entry.also ?? [],
        lang: lex.language,
        ambiguous: entry.ambiguous === true,
        nude: entry.nude === true,
        fuzzy: entry.fuzzy ?? true,
        except: entry.except ? new Set(entry.except.map(fold)) : null,
        single,
      };
      for (const p of patterns) matcher.add(p, info);
      if (caseSensitive) continue;
      // Compounds and typo matching work per one-word pattern, so an entry
      // with a phrase variant keeps them for its one-word forms.
      const stems = singles.flatMap(plainWords);
      const compound = entry.compound ?? "none";
      for (const stem of stems) {
        if (stem.length < 4) continue;
        const forms = inflections(stem, lex.language);
        if (compound === "head" || compound === "both")
          for (const f of forms) setOnce(heads, f, info);
        if (compound === "modifier" || compound === "both") setOnce(modifiers, stem, info);
        if (info.fuzzy) fuzzy.add(stem, info);
      }
    }
  }
  const cueMatchers = new Map<string, PhraseMatcher<LexiconLanguage>>();
  const cueWords = new Map<string, Set<string>>();
  for (const list of cues) {
    let m = cueMatchers.get(list.name);
    if (m === undefined) cueMatchers.set(list.name, (m = new PhraseMatcher(common)));
    let set = cueWords.get(list.name);
    if (set === undefined) cueWords.set(list.name, (set = new Set()));
    for (const cue of list.cues) {
      const p = parseOrThrow(cue, `${list.language}/cues/${list.name}`, { lang: list.language });
      m.add(p, list.language);
      if (isSingleWord(p)) for (const w of plainWords(p)) set.add(w);
    }
  }
  const notTypos = new Set<string>();
  for (const [key, set] of wordSets) {
    if (key.endsWith("/near-misses") || key.endsWith("/function-words"))
      for (const w of set) notTypos.add(w);
  }
  return {
    terms: matcher,
    heads,
    modifiers,
    headLengths: lengths(heads),
    modifierLengths: lengths(modifiers),
    fuzzy,
    notTypos,
    cues: cueMatchers,
    commonWords: common,
    cueWords,
    words: wordSets,
  };
}

function parseOrThrow(
  src: string,
  where: string,
  opts: Parameters<typeof parsePattern>[1],
): Pattern {
  try {
    return parsePattern(src, opts);
  } catch (e) {
    throw new RedactError("INVALID_LEXICON", `lexicon ${where}: ${(e as Error).message}`);
  }
}

function isSingleWord(p: Pattern): boolean {
  return (
    p.slots.length === 1 && p.slots[0]!.alts.every((a) => a.length === 1 && a[0]!.kind === "word")
  );
}

/** The folded base words of a one-word pattern. */
function plainWords(p: Pattern): string[] {
  const out: string[] = [];
  for (const alt of p.slots[0]?.alts ?? []) {
    const atom = alt[0];
    if (atom?.kind === "word") out.push(...atom.bases);
  }
  return out;
}

function setOnce<V>(map: Map<string, V>, key: string, value: V): void {
  if (!map.has(key)) map.set(key, value);
}

function lengths(map: ReadonlyMap<string, unknown>): number[] {
  return [...new Set([...map.keys()].map((k) => k.length))].sort((a, b) => b - a);
}
