import { countrySpecs, isValidIBAN } from "ibantools";
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import type { Analysis } from "../types.js";
import { bsn, ipv4, luhn, rijksregister } from "./checksums.js";
import { cueBefore, cueAfter, hasDigit, wordAtOrAfter } from "./context.js";
import { stateOf } from "./state.js";

/**
 * One pass over the digits of a message that classifies every number-like
 * run once, for all numeric recognizers (phone, iban, card, national_id, ip).
 * A run is digits joined by single separators (space, - . / and the
 * parentheses of "+31 (0)6"), so "06-41 27 93 58", "0476/38.21.94",
 * "58.03.14-127.13" and "4086 5123 7254 8332" are one run each. A number is
 * an identifier when it validates (checksum, numbering plan) and no context
 * says it is an order or reference number, or when its context says so.
 */

export type NumericCategory = "phone" | "iban" | "card" | "national_id" | "ip";

export interface NumericFinding {
  readonly category: NumericCategory;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
}

/** A run of digit groups in the text. */
export interface NumberRun {
  readonly start: number;
  readonly end: number;
  /** Starts with "+". */
  readonly plus: boolean;
  /** [start, end) of every digit group. */
  readonly groups: readonly (readonly [number, number])[];
  /** A letter follows the last digit directly ("12a", "3x"). */
  readonly gluedAfter: boolean;
}

const CONTEXT_BEFORE = 4;

/** Every numeric identifier in the message, computed once per message. */
export function numericFindings(analysis: Analysis): readonly NumericFinding[] {
  const state = stateOf(analysis);
  state.numeric ??= hasDigit(analysis) ? classify(analysis) : [];
  return state.numeric;
}

/** The digit runs of a message (shared with the date, postcode and address recognizers). */
export function numberRuns(analysis: Analysis): readonly NumberRun[] {
  const state = stateOf(analysis);
  state.runs ??= hasDigit(analysis) ? scanRuns(analysis.text) : [];
  return state.runs;
}

// ------------------------------------------------------------------ scanning

const isDigit = (c: number) => c >= 48 && c <= 57;
const LETTER = /[\p{L}\p{M}_]/u;
const isLetter = (ch: string | undefined) => ch !== undefined && LETTER.test(ch);
const SEPARATORS = " -./()\u00A0\u2009\u202F";
const MAX_GROUPS = 12;

function scanRuns(text: string): NumberRun[] {
  const runs: NumberRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const plus = c === 43 && i + 1 < n && isDigit(text.charCodeAt(i + 1));
    if (!plus && !isDigit(c)) {
      i++;
      continue;
    }
    // A digit glued to a letter before it belongs to a word ("NL18", "A12", "mp3").
    if (i > 0 && (isLetter(text[i - 1]) || isDigit(text.charCodeAt(i - 1)))) {
      i++; // always move on, also past a "+" ("28+31")
      while (i < n && (isDigit(text.charCodeAt(i)) || isLetter(text[i]))) i++;
      continue;
    }
    const start = i;
    if (plus) i++;
    const groups: [number, number][] = [];
    for (;;) {
      const gs = i;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      groups.push([gs, i]);
      let j = i;
      let spaces = 0;
      let punct = 0;
      while (j < n && j - i < 3 && SEPARATORS.includes(text[j]!)) {
        if (text[j] === " " || text[j]! > "\u00FF") spaces++;
        else punct++;
        j++;
      }
      // No identifier has more than 12 digit groups; ending the run there keeps
      // the scan (and everything that classifies runs) linear on digit floods.
      if (groups.length >= MAX_GROUPS) break;
      if (j > i && j < n && isDigit(text.charCodeAt(j)) && spaces <= 2 && punct <= 2) {
        i = j;
        continue;
      }
      break;
    }
    const end = groups[groups.length - 1]![1];
    const gluedAfter = isLetter(text[end]);
    runs.push({ start, end, plus, groups, gluedAfter });
    i = end;
    if (gluedAfter) while (i < n && (isDigit(text.charCodeAt(i)) || isLetter(text[i]))) i++;
  }
  return runs;
}

function digitsOf(text: string, groups: readonly (readonly [number, number])[]): string {
  let s = "";
  for (const [a, b] of groups) s += text.slice(a, b);
  return s;
}

function lengths(groups: readonly (readonly [number, number])[]): number[] {
  return groups.map(([a, b]) => b - a);
}

/** Separators between the groups ("" for none). */
function separators(text: string, groups: readonly (readonly [number, number])[]): string[] {
  const out: string[] = [];
  for (let k = 1; k < groups.length; k++) out.push(text.slice(groups[k - 1]![1], groups[k]![0]));
  return out;
}

// ------------------------------------------------------------------ classification

interface Ctx {
  readonly analysis: Analysis;
  readonly out: NumericFinding[];
}

function classify(analysis: Analysis): NumericFinding[] {
  const out: NumericFinding[] = [];
  const ctx: Ctx = { analysis, out };
  const ibans = scanIbans(analysis.text);
  out.push(...ibans);
  for (const run of numberRuns(analysis)) {
    if (ibans.some((f) => run.start < f.end && run.end > f.start)) continue;
    if (run.gluedAfter && run.groups.length === 1) continue;
    classifyRun(ctx, run);
  }
  return out;
}

/** Word index of the first word of a run (for context lookups). */
function firstWordOf(analysis: Analysis, offset: number): number {
  return wordAtOrAfter(analysis.words, offset);
}

function hasCue(analysis: Analysis, name: string, run: NumberRun): boolean {
  const i = firstWordOf(analysis, run.start);
  if (i >= analysis.words.length) return false;
  return cueBefore(analysis, name, i, CONTEXT_BEFORE) !== null;
}

function hasCueAround(analysis: Analysis, name: string, run: NumberRun): boolean {
  if (hasCue(analysis, name, run)) return true;
  const words = analysis.words;
  let last = firstWordOf(analysis, run.start);
  while (last < words.length && words[last]!.end <= run.end) last++;
  return last > 0 && cueAfter(analysis, name, last, 1) !== null;
}

const DATE_SEP = /^[-/.]$/;

function isDateShape(text: string, run: NumberRun): boolean {
  if (run.groups.length !== 3 || run.plus) return false;
  const [a, b, c] = lengths(run.groups) as [number, number, number];
  const seps = separators(text, run.groups);
  if (!seps.every((s) => DATE_SEP.test(s))) return false;
  if (a <= 2 && b <= 2 && (c === 2 || c === 4)) return true;
  return a === 4 && b <= 2 && c <= 2;
}

function classifyRun(ctx: Ctx, run: NumberRun): void {
  const { analysis, out } = ctx;
  const text = analysis.text;
  const digits = digitsOf(text, run.groups);
  const n = digits.length;
  const lens = lengths(run.groups);
  const seps = separators(text, run.groups);
  const push = (category: NumericCategory, confidence: number, start = run.start, end = run.end) =>
    out.push({ category, start, end, confidence });

  if (n < 7) return;

  // IPv4: four dotted parts.
  if (!run.plus && lens.length === 4 && seps.every((s) => s === ".")) {
    const parts = run.groups.map(([a, b]) => text.slice(a, b));
    if (ipv4(parts)) {
      if (!hasCue(analysis, "id-not-number", run) || hasCue(analysis, "id-ip", run))
        push("ip", 0.95);
      return;
    }
  }
  if (isDateShape(text, run)) return;

  const negative = hasCue(analysis, "id-not-number", run);
  const nationalCue = hasCueAround(analysis, "id-national", run);
  const cardCue = hasCue(analysis, "id-card", run);
  const phoneCue = hasCueAround(analysis, "id-phone", run);

  // Belgian rijksregisternummer: YYMMDD-SSS-CC, often written 58.03.14-127.13.
  if (!run.plus && n === 11 && rrnShape(lens) && rijksregister(digits)) {
    if (!negative || nationalCue) push("national_id", nationalCue ? 0.97 : 0.9);
    return;
  }

  // Payment card: 13-19 digits, Luhn, a card-network first digit (or card context).
  if (!run.plus && n >= 13 && n <= 19 && cardShape(lens) && luhn(digits)) {
    const network = digits[0]! >= "2" && digits[0]! <= "6";
    if ((network && !negative) || cardCue) {
      push("card", cardCue ? 0.97 : 0.9);
      return;
    }
  }

  // Dutch BSN: 9 digits, elfproef.
  if (!run.plus && (n === 9 || (n === 8 && nationalCue)) && bsnShape(lens) && bsn(digits)) {
    const phoneLike =
      digits[0] === "0" && phoneConfidence(text.slice(run.start, run.end), false) > 0;
    if (nationalCue || (!negative && !phoneLike)) {
      push("national_id", nationalCue ? 0.97 : 0.85);
      return;
    }
  }

  // Phone: the longest group windows that parse as a valid number.
  const before = out.length;
  if (!negative || phoneCue) findPhones(ctx, run, 0, run.groups.length, phoneCue);
  if (out.length > before) return;

  // Context alone: "BSN 12345678", "creditcard 1234 …" with a wrong checksum.
  if (nationalCue && !run.plus && n >= 8 && n <= 11) push("national_id", 0.7);
  else if (cardCue && !run.plus && n >= 13 && n <= 19) push("card", 0.7);
}

function rrnShape(lens: number[]): boolean {
  const s = lens.join(",");
  return s === "11" || s === "2,2,2,3,2" || s === "6,3,2" || s === "6,5" || s === "2,2,2,5";
}

function bsnShape(lens: number[]): boolean {
  const s = lens.join(",");
  return s === "9" || s === "8" || s === "4,2,3" || s === "3,3,3" || s === "2,3,2,2";
}

function cardShape(lens: number[]): boolean {
  if (lens.length === 1) return true;
  const s = lens.join(",");
  if (s === "4,6,5" || s === "4,6,4") return true;
  return lens.every((l, k) => (k < lens.length - 1 ? l === 4 : l >= 1 && l <= 4));
}

/** Confidence that `s` is a phone number (0 when it is not). */
function phoneConfidence(s: string, context: boolean): number {
  const t = s.trim();
  const intl = t.startsWith("+") || t.startsWith("00");
  if (!intl && !t.startsWith("0") && !t.startsWith("(0")) return 0;
  // Cheap length check before the numbering-plan parse: national numbers have
  // 9 (BE) to 11 digits, international ones 8 to 15 after the prefix.
  let digits = 0;
  for (let k = 0; k < t.length; k++) if (isDigit(t.charCodeAt(k))) digits++;
  if (t.startsWith("00")) digits -= 2;
  if (intl ? digits < 8 || digits > 15 : digits < 9 || digits > 11) return 0;
  const countries: readonly CountryCode[] = intl ? ["NL"] : ["NL", "BE"];
  let best = 0;
  for (const country of countries) {
    const p = parsePhoneNumberFromString(t, country);
    if (p === undefined) continue;
    if (p.isValid()) return 0.95;
    if ((intl || context) && p.isPossible()) best = 0.8;
  }
  return best;
}

const MIN_PHONE_DIGITS = 8;
const MAX_PHONE_DIGITS = 15;

/** Longest valid phone window within groups [a, b), then the rest on each side. */
function findPhones(ctx: Ctx, run: NumberRun, a: number, b: number, context: boolean): void {
  const text = ctx.analysis.text;
  for (let len = b - a; len >= 1; len--) {
    for (let from = a; from + len <= b; from++) {
      const to = from + len;
      const sub = run.groups.slice(from, to);
      const digits = digitsOf(text, sub);
      const plus = from === 0 && run.plus;
      if (digits.length < MIN_PHONE_DIGITS || digits.length > MAX_PHONE_DIGITS + 2) continue;
      let start = plus ? run.start : sub[0]![0];
      let end = sub[sub.length - 1]![1];
      const conf = phoneConfidence(text.slice(start, end), context);
      if (conf === 0) continue;
      // "(020) 123 4567": take the opening parenthesis along.
      if (text[start - 1] === "(" && text.slice(start, end).includes(")")) start--;
      // "(0)6": keep a closing parenthesis inside the span balanced.
      if (
        text[end] === ")" &&
        text.slice(start, end).split("(").length > text.slice(start, end).split(")").length
      )
        end++;
      ctx.out.push({
        category: "phone",
        start,
        end,
        confidence: context ? Math.max(conf, 0.9) : conf,
      });
      if (from > a) findPhones(ctx, run, a, from, context);
      if (to < b) findPhones(ctx, run, to, b, context);
      return;
    }
  }
}

// ------------------------------------------------------------------ IBAN

const IBAN_START = /[a-z]{2}\d{2}/gi;
const ALNUM = /[a-z0-9]/i;

/** IBANs with or without spaces, every country ibantools knows, mod-97 checked. */
function scanIbans(text: string): NumericFinding[] {
  const out: NumericFinding[] = [];
  IBAN_START.lastIndex = 0;
  for (let m = IBAN_START.exec(text); m !== null; m = IBAN_START.exec(text)) {
    const at = m.index;
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) continue;
    const spec = countrySpecs[m[0].slice(0, 2).toUpperCase()];
    const chars = spec?.chars;
    if (chars === undefined || chars === 0) continue;
    let iban = "";
    let k = at;
    while (k < text.length && iban.length < chars) {
      const ch = text[k]!;
      if (ALNUM.test(ch)) iban += ch;
      else if (!(ch === " " || ch === "-" || ch === "\u00A0") || !ALNUM.test(text[k + 1] ?? ""))
        break;
      k++;
    }
    if (iban.length !== chars || ALNUM.test(text[k] ?? "")) continue;
    if (!isValidIBAN(iban.toUpperCase())) continue;
    out.push({ category: "iban", start: at, end: k, confidence: 0.99 });
    IBAN_START.lastIndex = k;
  }
  return out;
}
