import type { LexiconLanguage } from "./schema.js";

const VOWEL = /[aeiou]/;

/**
 * Regular inflections of a folded lexicon word, so lexicons list base forms
 * only. Over-generation is harmless as long as the form is not itself a
 * common word; the compiler checks that against the lexicon's own `except`.
 */
export function inflections(word: string, lang: LexiconLanguage): string[] {
  if (word.length < 4 || word.includes("'")) return [word];
  const out = new Set<string>([word]);
  const last = word[word.length - 1] ?? "";
  const stem = word.slice(0, -1);
  if (lang === "nl") {
    if (word.endsWith("ie")) {
      out.add(word + "en"); // therapie → therapieën (folded)
      out.add(word + "s");
    } else if (last === "e") {
      out.add(word + "n");
      out.add(word + "s");
    } else {
      out.add(word + "e");
      out.add(word + "en");
      out.add(word + "s");
      if (VOWEL.test(last)) out.add(word + "'s");
    }
    // depressief → depressieve, actief → actieve; fysiek stays
    if (last === "f") {
      out.add(stem + "ve");
      out.add(stem + "ven");
    }
    if (last === "s" && !word.endsWith("isch")) {
      out.add(stem + "ze");
      out.add(stem + "zen");
    }
    // Long vowel written double in a closed syllable loses a letter when open: diabeet → diabeten.
    const dbl = /([aeou])\1([^aeiou])$/.exec(word);
    if (dbl !== null) {
      const open = word.slice(0, dbl.index) + dbl[1] + dbl[2];
      out.add(open + "e");
      out.add(open + "en");
      if (dbl[2] === "f") {
        out.add(word.slice(0, dbl.index) + dbl[1] + "ve");
        out.add(word.slice(0, dbl.index) + dbl[1] + "ven");
      }
    }
    // Short vowel + single consonant doubles: gek → gekke (only for short stems).
    const short = /[^aeiou]([aeiou])([bdfgk-nprt])$/.exec(word);
    if (short !== null && word.length <= 6) {
      out.add(word + short[2] + "e");
      out.add(word + short[2] + "en");
    }
  } else {
    if (last === "y" && !VOWEL.test(word[word.length - 2] ?? "")) {
      out.add(stem + "ies");
      out.add(stem + "ied");
    } else if (last === "s" || last === "x" || word.endsWith("sh") || word.endsWith("ch")) {
      out.add(word + "es");
    } else {
      out.add(word + "s");
    }
    if (last === "e") {
      out.add(word + "d");
      out.add(stem + "ing");
    } else {
      out.add(word + "ed");
      out.add(word + "ing");
    }
  }
  return [...out];
}
