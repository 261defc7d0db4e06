import type { Analysis } from "../types.js";
import { stateOf } from "./state.js";
import { hasDigit, wordAtOrAfter } from "./context.js";
import { numberRuns } from "./numbers.js";

/** A calendar date in the text, with the words it covers. */
export interface DateSpan {
  readonly start: number;
  readonly end: number;
  readonly firstWord: number;
  /** Exclusive. */
  readonly lastWord: number;
  readonly hasYear: boolean;
}

// Month names and abbreviations, Dutch and English (folded).
const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      ["januari january jan", 1],
      ["februari february feb febr", 2],
      ["maart march mrt mar maa", 3],
      ["april apr", 4],
      ["mei may", 5],
      ["juni june jun", 6],
      ["juli july jul", 7],
      ["augustus august aug", 8],
      ["september sep sept", 9],
      ["oktober october okt oct", 10],
      ["november nov", 11],
      ["december dec", 12],
    ] as const
  ).flatMap(([names, m]) => names.split(" ").map((n) => [n, m] as const)),
);

const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th|e|ste|de)$/;

/** True when the folded word is a month name or abbreviation. */
export function isMonth(norm: string): boolean {
  return MONTHS.has(norm);
}

/**
 * Dates in a message: numeric (12-03-1968, 12/3/68, 1968-03-12) and with a
 * month name (12 maart 1961, 3 June 1990, March 14, 1958, 14th of March),
 * year optional for month-name dates. Computed once per message.
 */
export function findDates(analysis: Analysis): readonly DateSpan[] {
  const state = stateOf(analysis);
  state.dates ??= hasDigit(analysis) ? scan(analysis) : [];
  return state.dates;
}

function dayOf(norm: string): number {
  const m = ORDINAL.exec(norm);
  const d = Number(m !== null ? m[1] : /^\d{1,2}$/.test(norm) ? norm : NaN);
  return d >= 1 && d <= 31 ? d : 0;
}

const isYear = (norm: string) => /^(?:19|20)\d\d$/.test(norm);

function scan(analysis: Analysis): DateSpan[] {
  const { text, words } = analysis;
  const out: DateSpan[] = [];
  const span = (start: number, end: number, hasYear: boolean): DateSpan => {
    const first = wordAtOrAfter(words, start);
    let last = first;
    while (last < words.length && words[last]!.end <= end) last++;
    return { start, end, firstWord: first, lastWord: last, hasYear };
  };

  // Numeric dates from the shared digit runs.
  for (const run of numberRuns(analysis)) {
    if (run.groups.length !== 3 || run.plus) continue;
    const [a, b, c] = run.groups.map(([s, e]) => text.slice(s, e)) as [string, string, string];
    const seps = [
      text.slice(run.groups[0]![1], run.groups[1]![0]),
      text.slice(run.groups[1]![1], run.groups[2]![0]),
    ];
    if (!seps.every((s) => s === "-" || s === "/" || s === ".") || seps[0] !== seps[1]) continue;
    let ok = false;
    if (a.length === 4 && b.length <= 2 && c.length <= 2) ok = validDate(Number(c), Number(b));
    else if (a.length <= 2 && b.length <= 2 && (c.length === 2 || c.length === 4))
      ok = validDate(Number(a), Number(b)) || validDate(Number(b), Number(a));
    if (ok) out.push(span(run.start, run.end, true));
  }

  // Month-name dates from the words.
  for (let i = 0; i < words.length; i++) {
    const month = MONTHS.get(words[i]!.norm);
    if (month === undefined || words[i]!.kind !== "word") continue;
    let first = -1;
    let last = i + 1;
    // day before: "12 maart", "14th of March", "3rd March"
    const prev = words[i - 1];
    if (prev !== undefined && dayOf(prev.norm) > 0) first = i - 1;
    else if (prev?.norm === "of" && i >= 2 && dayOf(words[i - 2]!.norm) > 0) first = i - 2;
    // day after: "March 14", "March 14th"
    if (first < 0) {
      const next = words[i + 1];
      if (next !== undefined && dayOf(next.norm) > 0 && !isYear(next.norm)) {
        first = i;
        last = i + 2;
      }
    }
    // Month and year only: "born in March 1970", "geboren in juni '66".
    if (first < 0) {
      const y = words[i + 1];
      const name = words[i]!.norm;
      // Not after an abbreviation or "may" ("you may 2020…"); "mei" is a full month.
      if (
        y !== undefined &&
        !y.breakBefore &&
        isYear(y.norm) &&
        (name.length > 3 || name === "mei")
      ) {
        out.push(span(words[i]!.start, y.end, true));
        i++;
      }
      continue;
    }
    let hasYear = false;
    const y = words[last];
    if (y !== undefined && !y.breakBefore && isYear(y.norm)) {
      last++;
      hasYear = true;
    } else if (y !== undefined && /^\d\d$/.test(y.norm) && text[y.start - 1] === "'") {
      last++;
      hasYear = true;
    }
    const day = dayOf(words[first === i ? i + 1 : first]!.norm);
    if (!validDate(day, month)) continue;
    out.push(span(words[first]!.start, words[last - 1]!.end, hasYear));
    i = last - 1;
  }
  return out;
}

const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS[month]!;
}
