import { between, hasDigit, wordSet } from "./identifiers/context.js";
import { placesIn } from "./identifiers/places.js";
import type { Analysis, Detection, Recognizer } from "./types.js";
import { wordDetection } from "./types.js";

// Words right before a number that make it the writer's or someone's age.
const STATE_VERBS = new Set([
  "ben",
  "bent",
  "word",
  "wordt",
  "werd",
  "am",
  "i'm",
  "im",
  "turned",
  "turning",
  "aged",
  "age",
  "leeftijd",
  "lft",
]);
// Weaker: "is 67" only counts with a unit ("is 67 jaar").
const WEAK_VERBS = new Set(["is", "was", "of", "van"]);
// After "15 jaar" these make it a duration: "15 jaar getrouwd", "20 years ago".
const DURATION_AFTER = new Set([
  "getrouwd",
  "samen",
  "geleden",
  "bezig",
  "lid",
  "werkzaam",
  "married",
  "together",
  "ago",
  "later",
  "lang",
  "long",
]);
// Filler between the verb and the number: "ik ben nu 67", "I'm almost 54".
const FILLERS = new Set([
  "nu",
  "al",
  "bijna",
  "pas",
  "net",
  "inmiddels",
  "now",
  "almost",
  "nearly",
  "just",
  "already",
  "only",
  "maar",
]);
const YEAR_UNITS = new Set(["jaar", "jaartjes", "jr", "years", "year", "yrs", "yr"]);
const AFTER_UNIT = new Set(["oud", "old", "jong", "young"]);
const GLUED_UNITS = new Set(["jarige", "jarig", "jarigen", "year", "years", "yr"]);
// After a bare number these make it something other than an age.
const NOT_AGE = new Set([
  "euro",
  "eur",
  "keer",
  "times",
  "minuten",
  "minutes",
  "min",
  "uur",
  "hours",
  "hour",
  "dagen",
  "days",
  "weken",
  "weeks",
  "maanden",
  "months",
  "kilo",
  "kg",
  "cm",
  "km",
  "meter",
  "procent",
  "percent",
  "pm",
  "am",
  "pond",
  "pounds",
  "dollar",
  "dollars",
  "graden",
  "degrees",
]);
const AGE_WORD = /^(\d{1,3})(?:yo|jr|j)$/;
const NUMBER = /^\d{1,3}$/;
const SEP_ONLY = /^[\s:=]*$/;
const NUMERIC_NEXT = /^(?:[.,:/]\d|\s?%)/;
const SEGMENT_LEFT = /[,(;|\n]$/;
const SEGMENT_RIGHT = /^\s*(?:$|[,);.|\n])/;

function plausible(n: number): boolean {
  return n >= 1 && n <= 120;
}

/**
 * Ages, for the strict policy: "ik ben 67", "I'm 54", "67 jaar (oud)",
 * "a 54-year-old", "67-jarige", "leeftijd: 71", "Kees, 71, Groningen".
 * A number after "is"/"was"/"van" counts only with a year unit; a number
 * followed by a unit of money, time, weight or distance never counts.
 */
export const ageRecognizer: Recognizer = {
  id: "age",
  categories: ["age"],
  detect(analysis, out) {
    if (!hasDigit(analysis)) return;
    const words = analysis.words;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const compact = AGE_WORD.exec(w.norm);
      if (compact !== null) {
        if (plausible(Number(compact[1])))
          out.push(wordDetection(analysis, "age", i, i + 1, 0.85, "age"));
        continue;
      }
      if (w.kind !== "number" || !NUMBER.test(w.norm) || !plausible(Number(w.norm))) continue;
      if (NUMERIC_NEXT.test(analysis.text.slice(w.end, w.end + 2))) continue;
      const d = ageAt(analysis, i);
      if (d !== null) {
        out.push(d);
        i = d.lastWord - 1;
      }
    }
  },
};

function ageAt(analysis: Analysis, i: number): Detection | null {
  const words = analysis.words;
  const next = words[i + 1];
  let end = i + 1;
  let unit = false;
  if (next !== undefined && !next.breakBefore) {
    if (YEAR_UNITS.has(next.norm) || (next.glued && GLUED_UNITS.has(next.norm))) {
      unit = true;
      end = i + 2;
      const after = words[end];
      if (after !== undefined && !after.breakBefore && AFTER_UNIT.has(after.norm)) end++;
      else if (after !== undefined && DURATION_AFTER.has(after.norm)) return null;
    } else if (NOT_AGE.has(next.norm)) return null;
  }
  let k = i - 1;
  while (k >= 0 && FILLERS.has(words[k]!.norm) && k > i - 3) k--;
  const prev = k >= 0 ? words[k]! : undefined;
  const cueOk = prev !== undefined && SEP_ONLY.test(between(analysis, k, k === i - 1 ? i : k + 1));
  let confidence = 0;
  if (cueOk && STATE_VERBS.has(prev.norm)) confidence = unit ? 0.9 : 0.8;
  else if (unit && cueOk && WEAK_VERBS.has(prev.norm)) confidence = 0.85;
  else if (unit && end > i + 2)
    confidence = 0.85; // "67 jaar oud", "54 years old"
  else if (unit && next!.glued)
    confidence = 0.85; // "67-jarige", "54-year-old"
  else if (unit || segment(analysis, i, end)) confidence = segment(analysis, i, end) ? 0.75 : 0;
  if (confidence === 0) return null;
  return wordDetection(analysis, "age", i, end, confidence, "age");
}

/** "Kees, 71, Groningen" / "67 jaar, weduwe": the number stands as a segment of its own next to a name or place. */
function segment(analysis: Analysis, i: number, end: number): boolean {
  const words = analysis.words;
  const text = analysis.text;
  const left = text.slice(i === 0 ? 0 : words[i - 1]!.end, words[i]!.start);
  const right = text.slice(
    words[end - 1]!.end,
    end < words.length ? words[end]!.start : text.length,
  );
  const l = left.trimEnd();
  const leftOk = i === 0 || left.includes("\n") || SEGMENT_LEFT.test(l);
  if (!leftOk || !SEGMENT_RIGHT.test(right)) return false;
  if (end - i > 1) return true; // "67 jaar," with its unit
  // A bare number needs a capitalized name or a place as the neighbouring segment.
  const before = words[i - 1];
  if (before === undefined || !before.capitalized) return false;
  const names = wordSet(analysis, "nl/first-names");
  const en = wordSet(analysis, "en/first-names");
  if (names.has(before.norm) || en.has(before.norm)) return true;
  return placesIn(analysis).some((p) => p.last === i);
}
