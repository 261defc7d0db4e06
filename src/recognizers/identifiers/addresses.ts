import type { Token } from "../../pipeline/tokenize.js";
import type { Analysis } from "../types.js";
import { stateOf } from "./state.js";
import { cueBefore, hasDigit } from "./context.js";
import { mayStartPlace } from "./places.js";

/** A street address: words [first, last) of the message. */
export interface AddressSpan {
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
  readonly confidence: number;
}

const HOUSE_NUMBER = /^\d{1,4}[a-z]{0,2}$/;
const EN_HOUSE_NUMBER = /^\d{1,4}[a-z]?$/;
const ROMAN = /^(?:i{1,3}|iv|v|hs|bis|ter|rd|zw|bg)$/;
const MIN_STEM = 3;

const EMPTY: ReadonlySet<string> = new Set();

/**
 * Street and house number, once per message:
 *  - Dutch/Flemish "Dorpsstraat 12a", "Kerkplein 3 bus 2", "Kanaalstraat 45-2",
 *    "Prins Hendrikkade 12", "Laan van Meerdervoort 12": a word ending in a
 *    street suffix (`id-street-suffix`, or capitalized with `id-street-suffix-weak`)
 *    right before a house number that is not an amount ("weg 3 uur");
 *  - English "12 Baker Street", "221B Baker Street": a number before
 *    capitalized words ending in a street type.
 */
export function addressesIn(analysis: Analysis): readonly AddressSpan[] {
  const state = stateOf(analysis);
  state.addresses ??= hasDigit(analysis) ? scan(analysis) : [];
  return state.addresses;
}

function cueWords(analysis: Analysis, name: string): ReadonlySet<string> {
  return analysis.lexicons.cueWords.get(name) ?? EMPTY;
}

function endsWithAny(word: string, suffixes: ReadonlySet<string>): boolean {
  for (const s of suffixes) {
    if (word.length >= s.length + MIN_STEM && word.endsWith(s)) return true;
  }
  return false;
}

function isNumberish(t: Token | undefined, pattern: RegExp): boolean {
  return t !== undefined && (t.kind === "number" || t.kind === "word") && pattern.test(t.norm);
}

function scan(analysis: Analysis): AddressSpan[] {
  const { words, text } = analysis;
  const out: AddressSpan[] = [];
  const strong = cueWords(analysis, "id-street-suffix");
  const weak = cueWords(analysis, "id-street-suffix-weak");
  const first = cueWords(analysis, "id-street-first");
  const prefix = cueWords(analysis, "id-street-prefix");
  const notStreet = cueWords(analysis, "id-not-street");
  const units = cueWords(analysis, "id-unit");
  const fn = analysis.lexicons.words.get("nl/function-words") ?? EMPTY;
  const fnEn = analysis.lexicons.words.get("en/function-words") ?? EMPTY;

  for (let i = 1; i < words.length; i++) {
    const num = words[i]!;
    const c = num.norm.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    if (!isNumberish(num, HOUSE_NUMBER) || num.breakBefore || num.glued) continue;
    if (Number.parseInt(num.norm, 10) === 0) continue;
    const street = words[i - 1]!;
    if (street.kind !== "word" || street.end === num.start) continue;
    const gap = text.slice(street.end, num.start);
    if (gap !== " " && gap !== ", ") continue;
    // "weg 3 uur", "park 2 dagen": an amount, not a house number.
    const after = words[i + 1];
    if (after !== undefined && !after.breakBefore && units.has(after.norm)) continue;
    if (/^[€$£]/.test(text.slice(Math.max(0, num.start - 2), num.start).trim())) continue;

    const w = street.norm;
    let confidence = 0;
    if (!notStreet.has(w) && !mayStartPlace(analysis.lexicons, w)) {
      if (endsWithAny(w, strong)) confidence = street.capitalized ? 0.9 : 0.75;
      else if (street.capitalized && endsWithAny(w, weak)) confidence = 0.8;
    }
    let from = i - 1;
    // "Laan van Meerdervoort 12", "Rue de la Loi 16": a street type first, then its name.
    if (confidence === 0 && street.capitalized) {
      for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
        const t = words[k]!;
        if (words[k + 1]!.breakBefore) break;
        if (first.has(t.norm) && t.capitalized) {
          confidence = 0.8;
          from = k;
          break;
        }
        if (!(t.capitalized || prefix.has(t.norm) || t.norm === "la" || t.norm === "du")) break;
      }
    }
    if (confidence === 0) continue;
    // Multi-word names before the street word: Prins Hendrikkade, Van Baerlestraat.
    while (from > 0 && !words[from]!.breakBefore) {
      const t = words[from - 1]!;
      if (t.kind !== "word") break;
      const isPrefix = prefix.has(t.norm) && (t.capitalized || fn.has(t.norm));
      if (!isPrefix) break;
      // A lowercase tussenvoegsel only counts when a capitalized prefix word precedes it.
      if (!t.capitalized) {
        const before = words[from - 2];
        if (
          before === undefined ||
          !before.capitalized ||
          !prefix.has(before.norm) ||
          t.breakBefore
        )
          break;
      }
      if (fnEn.has(t.norm) && !t.capitalized) break;
      from--;
    }
    if (cueBefore(analysis, "id-address", from, 3) !== null)
      confidence = Math.min(0.97, confidence + 0.1);
    // House number extensions: 45-2, 12/3, 3 bus 2, 12 bis, 8-II, 12 A.
    let last = i + 1;
    const nx = words[last];
    if (nx !== undefined && nx.glued && /^(?:\d{1,3}|[a-z]|[ivx]{1,4})$/.test(nx.norm)) last++;
    else if (
      nx !== undefined &&
      !nx.breakBefore &&
      nx.norm === "bus" &&
      isNumberish(words[last + 1], /^\d{1,4}[a-z]?$/)
    )
      last += 2;
    else if (
      nx !== undefined &&
      !nx.breakBefore &&
      ROMAN.test(nx.norm) &&
      text.slice(num.end, nx.start) === " " &&
      nx.norm.length <= 3 &&
      text.slice(nx.start, nx.end) === text.slice(nx.start, nx.end).toUpperCase()
    )
      last++;
    out.push({
      start: words[from]!.start,
      end: words[last - 1]!.end,
      first: from,
      last,
      confidence,
    });
    i = last - 1;
  }

  // English: "12 Baker Street".
  const types = cueWords(analysis, "id-street-type");
  for (let i = 0; i + 2 < words.length; i++) {
    const num = words[i]!;
    const c = num.norm.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    if (!isNumberish(num, EN_HOUSE_NUMBER) || num.glued) continue;
    if (out.some((a) => i >= a.first && i < a.last)) continue;
    let k = i + 1;
    // Capitalized words, and the "is" the tokenizer splits off "Queen's".
    const partOfName = (t: Token) =>
      !t.breakBefore && (t.capitalized || (t.glued && t.norm === "is"));
    while (k < words.length && k - i <= 5 && partOfName(words[k]!)) {
      if (k > i + 1 && types.has(words[k]!.norm)) break;
      k++;
    }
    if (k >= words.length || k === i + 1 || !types.has(words[k]!.norm) || words[k]!.breakBefore)
      continue;
    const typeWord = words[k]!;
    if (!typeWord.capitalized && !/^(?:street|road|lane|avenue)$/.test(typeWord.norm)) continue;
    out.push({ start: num.start, end: typeWord.end, first: i, last: k + 1, confidence: 0.85 });
    i = k;
  }
  return out;
}
