import type { PhraseMatch } from "../lexicon/matcher.js";
import type { TermInfo } from "../lexicon/compile.js";
import { SPECIAL_CATEGORIES } from "../categories.js";
import { FUZZY_MIN } from "../lexicon/fuzzy.js";
import { wordDetection, type Analysis, type Detection, type Recognizer } from "./types.js";

const MIN_COMPOUND_REST = 3;

/**
 * Special-category terms from the lexicons: phrases and single words with
 * their inflections, plus Dutch compounds built on a known stem
 * (borst+kanker, diabetes+patiënt).
 */
export const lexiconRecognizer: Recognizer = {
  id: "lexicon",
  categories: SPECIAL_CATEGORIES,
  detect(analysis, out) {
    const { words, text, lexicons } = analysis;
    const matches: PhraseMatch<TermInfo>[] = [];
    lexicons.terms.scan(text, words, matches);
    const covered = new Uint8Array(words.length);
    for (const m of matches) {
      const info = m.payload;
      if (info.except !== null && info.except.has(words[m.spanFirst]!.norm)) continue;
      for (let k = m.spanFirst; k < m.spanLast; k++) covered[k] = 1;
      emit(analysis, info, m.spanFirst, m.spanLast, 0.9, "lexicon", out);
    }
    for (let i = 0; i < words.length; i++) {
      if (covered[i] === 1) continue;
      const w = words[i]!;
      if (w.kind !== "word" || w.norm.length < 4 + MIN_COMPOUND_REST) continue;
      const info = compoundStem(analysis, w.norm);
      if (info !== null) {
        emit(analysis, info, i, i + 1, 0.8, "lexicon.compound", out);
        covered[i] = 1;
      }
    }
    // Typos last, only for words nothing else explained and that are not real words.
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (covered[i] === 1 || w.kind !== "word" || w.norm.length < FUZZY_MIN - 1) continue;
      if (lexicons.notTypos.has(w.norm)) continue;
      const hit = lexicons.fuzzy.lookup(w.norm);
      if (hit !== null)
        emit(
          analysis,
          hit.payload,
          i,
          i + 1,
          hit.distance === 1 ? 0.75 : 0.65,
          "lexicon.typo",
          out,
        );
    }
  },
};

function compoundStem(analysis: Analysis, word: string): TermInfo | null {
  const { heads, modifiers, headLengths, modifierLengths } = analysis.lexicons;
  const n = word.length;
  for (const len of headLengths) {
    if (len > n - MIN_COMPOUND_REST) continue;
    const info = heads.get(word.slice(n - len));
    if (info !== undefined && !(info.except?.has(word) ?? false)) return info;
  }
  for (const len of modifierLengths) {
    if (len > n - MIN_COMPOUND_REST) continue;
    const info = modifiers.get(word.slice(0, len));
    if (info !== undefined && !(info.except?.has(word) ?? false)) return info;
  }
  return null;
}

function emit(
  analysis: Analysis,
  info: TermInfo,
  first: number,
  last: number,
  confidence: number,
  recognizer: string,
  out: Detection[],
): void {
  for (const category of [info.category, ...info.also]) {
    const d = wordDetection(
      analysis,
      category,
      first,
      last,
      info.ambiguous ? confidence - 0.2 : confidence,
      recognizer,
    );
    d.term = info.term;
    if (info.ambiguous) d.ambiguous = true;
    if (info.nude) d.nude = true;
    out.push(d);
  }
}
