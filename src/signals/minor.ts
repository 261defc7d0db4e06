import { scoreSignal, type SignalSpec } from "./score.js";
import type { SignalDetector } from "./types.js";

/** Ages that make the writer a minor; "ik word 18" still is one. */
const MINOR_AGE: readonly [number, number] = [10, 17];
const TURNING: readonly [number, number] = [11, 18];
/** School years and grades ("groep 8", "3 havo", "year 10", "grade 9"). */
const SCHOOL_YEAR: readonly [number, number] = [1, 13];
/** Birth years that make the writer 10-17 this year ("geboren in 2010"). */
const THIS_YEAR = new Date().getFullYear();
const BIRTH_YEAR: readonly [number, number] = [THIS_YEAR - 17, THIS_YEAR - 10];

/**
 * The writer says or implies being under 18: a stated age ("ik ben 15",
 * "im 16", "15 years old"), a school year ("ik zit in 3 havo", "I'm in year
 * 10"), or parents who must not know. Ages of other people ("mijn dochter is
 * 15") and other numbers ("ik ben 15 jaar getrouwd", "I'm 16 stone") do not
 * count.
 */
export const MINOR: SignalSpec = {
  signal: "minor",
  lists: [
    { name: "signal-minor", weight: 1 },
    { name: "signal-minor-partial", weight: 0.6 },
    { name: "signal-minor-weak", weight: 0.4 },
    { name: "signal-minor-final", weight: 1, final: true },
    { name: "signal-minor-age", weight: 1, range: MINOR_AGE },
    { name: "signal-minor-turning", weight: 1, range: TURNING },
    { name: "signal-minor-grade", weight: 1, range: SCHOOL_YEAR },
    { name: "signal-minor-born", weight: 1, range: BIRTH_YEAR },
  ],
  block: ["signal-minor-block", "signal-age-block"],
  selfOnly: true,
  bareAge: { range: MINOR_AGE, weight: 1 },
};

export const minorDetector: SignalDetector = {
  signal: "minor",
  accumulates: true,
  detect: (analysis) => scoreSignal(analysis, MINOR),
};
