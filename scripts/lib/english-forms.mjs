// The one place the project touches compromise (English NLP). It runs at
// build time only: scripts/build-lexicons.mjs asks it for the inflections of
// English lexicon words, so the library never loads compromise (~300 ms
// import, global lexicon state) at run time.
import nlp from "compromise";

const PLAIN = /^[a-z]+$/;

/** UK and US spellings of one word: -ise/-ize, -isation/-ization, ae/e, oe/e, -our/-or, -tre/-ter. */
function spellings(word) {
  const out = new Set([word]);
  const swaps = [
    ["isation", "ization"],
    ["ise", "ize"],
    ["ising", "izing"],
    ["ised", "ized"],
    ["aem", "em"],
    ["aen", "en"],
    ["oes", "es"],
    ["oed", "ed"],
    ["paed", "ped"],
    ["our", "or"],
    ["tre", "ter"],
  ];
  for (const [uk, us] of swaps) {
    if (word.includes(uk)) out.add(word.replace(uk, us));
    if (word.includes(us) && us.length >= 3) out.add(word.replace(us, uk));
  }
  return out;
}

/** Inflected forms and spelling variants of a lowercase English word (the word itself excluded). */
export function englishForms(word, cache) {
  if (!PLAIN.test(word) || word.length < 4) return [];
  if (cache?.[word] !== undefined) return cache[word];
  const result = computeForms(word);
  if (cache !== undefined) cache[word] = result;
  return result;
}

function computeForms(word) {
  const forms = new Set();
  const doc = nlp(word);
  for (const conj of doc.verbs().conjugate()) {
    // Only inflect base forms: "dogging" must not yield "dog", nor "fingering" "finger".
    if (conj.Infinitive !== word) continue;
    for (const key of ["PastTense", "PresentTense", "Gerund", "Participle"]) {
      const v = conj[key];
      if (typeof v === "string" && PLAIN.test(v)) forms.add(v);
    }
  }
  const plural = doc.nouns().toPlural().text().toLowerCase();
  if (PLAIN.test(plural)) forms.add(plural);
  for (const f of [word, ...forms]) for (const s of spellings(f)) forms.add(s);
  forms.delete(word);
  return [...forms];
}
