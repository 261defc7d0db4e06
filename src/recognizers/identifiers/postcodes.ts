import type { Analysis } from "../types.js";
import { stateOf } from "./state.js";
import { between, cueBefore, hasDigit } from "./context.js";
import { isMonth } from "./dates.js";
import { numberRuns } from "./numbers.js";
import { placeEndingAt, placeStartingAt } from "./places.js";

/** A postcode: words [first, last) of the message. */
export interface PostcodeSpan {
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
  readonly confidence: number;
  /** NL 1234 AB (true) or a four-digit (Belgian) code next to a place (false). */
  readonly dutch: boolean;
}

const FOUR = /^[1-9]\d{3}$/;
const NL_GLUED = /^([1-9]\d{3})([a-z]{2})$/;
const LETTERS = /^[a-z]{2}$/;
// Never used in Dutch postcodes (wartime associations).
const FORBIDDEN = new Set(["sa", "sd", "ss"]);
// Two-letter units and abbreviations that follow numbers and are no postcode letters.
const UNITS = new Set([
  "am",
  "pm",
  "km",
  "kg",
  "gb",
  "mb",
  "kb",
  "tb",
  "mg",
  "ml",
  "cm",
  "mm",
  "kw",
  "hp",
  "pk",
  "cc",
  "eu",
  "us",
  "uk",
  "bc",
  "ad",
  "hz",
  "ms",
  "ok",
]);
// A year before a place ("sinds 2019 Utrecht") is no postcode.
const YEAR_WORDS = new Set([
  "in",
  "sinds",
  "since",
  "van",
  "tot",
  "vanaf",
  "from",
  "until",
  "jaar",
  "year",
  "anno",
]);

/**
 * Postcodes: Dutch 1234 AB / 1234AB (first digit not 0, letters not SA, SD,
 * SS; uppercase, or lowercase after "postcode"/"adres"), and
 * four-digit codes next to a Dutch or Belgian place ("3500 Hasselt",
 * "Kortrijk (8500)", "Lokeren, 9160") or after "postcode". Computed once.
 */
export function postcodesIn(analysis: Analysis): readonly PostcodeSpan[] {
  const state = stateOf(analysis);
  state.postcodes ??= hasDigit(analysis) ? scan(analysis) : [];
  return state.postcodes;
}

function scan(analysis: Analysis): PostcodeSpan[] {
  const { words, text } = analysis;
  const out: PostcodeSpan[] = [];
  const standalone = new Set<number>();
  for (const run of numberRuns(analysis)) {
    if (run.groups.length === 1 && !run.plus && run.end - run.start === 4)
      standalone.add(run.start);
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const raw = text.slice(w.start, w.end);
    let letters: string | null = null;
    let last = i + 1;
    if (w.kind === "number" && FOUR.test(w.norm) && standalone.has(w.start)) {
      const next = words[i + 1];
      if (
        next !== undefined &&
        next.kind === "word" &&
        LETTERS.test(next.norm) &&
        (next.start === w.end || (next.start === w.end + 1 && text[w.end] === " "))
      ) {
        letters = text.slice(next.start, next.end);
        last = i + 2;
      }
    } else if (w.kind === "word") {
      const m = NL_GLUED.exec(w.norm);
      if (m === null || (i > 0 && words[i - 1]!.end === w.start)) continue;
      letters = raw.slice(4);
    } else continue;

    const codeCue = cueBefore(analysis, "id-postcode", i, 1) !== null;
    const cue = codeCue || cueBefore(analysis, "id-address", i, 4) !== null;
    const placeAfter = last < words.length && placeStartingAt(analysis, last) !== null;
    if (letters !== null) {
      const folded = letters.toLowerCase();
      const upper = letters === letters.toUpperCase();
      // Lowercase letters are often a word ("1966 in Lier"): only after "postcode"/"adres",
      // and never a short word ("9000 is Gent").
      const shortWord = analysis.lexicons.cueWords.get("id-short-words")?.has(folded) === true;
      const valid = !FORBIDDEN.has(folded) && (upper || (cue && !shortWord));
      if (valid && (!UNITS.has(folded) || placeAfter || cue)) {
        out.push({
          start: w.start,
          end: words[last - 1]!.end,
          first: i,
          last,
          confidence: placeAfter || cue ? 0.95 : 0.85,
          dutch: true,
        });
        i = last - 1;
        continue;
      }
      if (w.kind === "word") continue;
    }
    // Four digits next to a place, or after "postcode".
    const gapAfter = i + 1 < words.length ? between(analysis, i, i + 1) : "";
    const beforePlace =
      (gapAfter === " " || gapAfter === "  ") &&
      i + 1 < words.length &&
      placeStartingAt(analysis, i + 1) !== null;
    const gapBefore = i > 0 ? between(analysis, i - 1, i).trim() : "";
    const afterPlace =
      i > 0 &&
      placeEndingAt(analysis, i) !== null &&
      (gapBefore === "," || (gapBefore === "(" && text[w.end] === ")"));
    const prevNorm = i > 0 ? words[i - 1]!.norm : "";
    const yearLike = /^(?:19|20)/.test(w.norm) && (YEAR_WORDS.has(prevNorm) || isMonth(prevNorm));
    if ((beforePlace && !yearLike) || afterPlace || codeCue) {
      out.push({
        start: w.start,
        end: w.end,
        first: i,
        last: i + 1,
        confidence: codeCue ? 0.9 : 0.85,
        dutch: false,
      });
    }
  }
  return out;
}
