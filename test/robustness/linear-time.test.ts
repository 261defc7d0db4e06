import { describe, expect, it } from "vitest";
import { createRedactor, type Category } from "../../src/index.js";

// Each recognizer, alone (createRedactor({ categories })), must take time
// linear in the message length on inputs built to make pattern matchers
// backtrack or rescan: floods of digits, separators, at-signs, half
// identifiers, long words, emoji and marks. The time for 1 MB is compared
// with the time for 100 KB: linear is 10×, quadratic 100×; the bound of 40×
// leaves room for garbage collection and a loaded machine. A 1 MB time under
// 1 s (at least 1 MB/s) passes whatever the ratio. A case that is clearly
// quadratic from 10 KB to 100 KB already (more than 80×, over 300 ms) fails
// without the 1 MB run.
//
// KNOWN_SUPERLINEAR lists cases that fail today (measured 2026-11-23 on the
// shared 2-core machine); they cost minutes, so they run only with
// LINEAR_TIME_ALL=1 until the matcher, context and tokenizer work of issue 9
// lands. Remove a name from the list once it passes.

const BIG = 1_000_000;
const size = (n: number) => (n >= 1e6 ? `${n / 1e6} MB` : `${n / 1e3} KB`);
const MAX_RATIO = 40;
const FLOOR_BIG_MS = BIG / 1_000; // 1 MB/s
const KNOWN_SUPERLINEAR = new Set([
  "lexicon: term flood", // 100 KB 0.5 s → 1 MB 61 s
  "lexicon: mixed terms", // 100 KB 0.6 s → 1 MB 39 s
  "lexicon: typo candidates", // 100 KB 0.8 s → 1 MB 75 s
  "address: street words", // 100 KB 0.26 s → 1 MB 12.5 s
  "all: punctuation", // 30 KB 52 ms → 300 KB 0.9 s
  "all: emoji", // 30 KB 12 ms → 300 KB 0.5 s
  "all: combining marks", // 30 KB 12 ms → 300 KB 0.33 s
  "url: slashes", // 100 KB 88 ms → 1 MB 4.5 s
  "phone: spaced digits", // 100 KB 2.4 s → 1 MB 150 s under coverage (20-30× without)
]);
const runAll = process.env.LINEAR_TIME_ALL === "1";

/** `unit` repeated to exactly `length` characters (cut at a unit boundary where possible). */
const flood = (unit: string) => (length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

interface Case {
  readonly name: string;
  readonly categories: readonly Category[];
  readonly input: (length: number) => string;
}

const CASES: Case[] = [
  // Lexicon (special categories): terms, compounds, typo candidates.
  { name: "lexicon: long word", categories: ["health", "mental"], input: flood("a") },
  {
    name: "lexicon: typo candidates",
    categories: ["health", "mental"],
    input: flood("diabetis depresief "),
  },
  { name: "lexicon: term flood", categories: ["health"], input: flood("kanker ") },
  {
    name: "lexicon: mixed terms",
    categories: ["health", "mental", "religion", "sexuality"],
    input: flood("ik heb depressie en ben homo, katholiek en suikerziek. "),
  },
  // Identifiers.
  { name: "phone: digit flood", categories: ["phone"], input: flood("1") },
  { name: "phone: spaced digits", categories: ["phone"], input: flood("06 12 ") },
  { name: "phone: plus signs", categories: ["phone"], input: flood("+31 +") },
  { name: "iban: half IBANs", categories: ["iban"], input: flood("NL91ABNA ") },
  { name: "card: groups of four", categories: ["card"], input: flood("4111 ") },
  { name: "national_id: nine digits", categories: ["national_id"], input: flood("123456782 ") },
  { name: "ip: dotted numbers", categories: ["ip"], input: flood("1.1.") },
  { name: "ip: colons", categories: ["ip"], input: flood("a::") },
  { name: "email: at-signs", categories: ["email"], input: flood("a@") },
  { name: "email: dotted local parts", categories: ["email"], input: flood("a.") },
  { name: "url: slashes", categories: ["url"], input: (n) => "http://" + flood("a/")(n - 7) },
  { name: "url: www prefixes", categories: ["url"], input: flood("www.") },
  { name: "handle: at-signs", categories: ["handle"], input: flood("@a.") },
  { name: "date_of_birth: dates", categories: ["date_of_birth"], input: flood("01-01-") },
  { name: "postcode: postcodes", categories: ["postcode"], input: flood("1234 AB ") },
  { name: "address: street words", categories: ["address"], input: flood("Dorpsstraat 1 ") },
  { name: "location: place names", categories: ["location"], input: flood("in Utrecht ") },
  { name: "name: capitalised words", categories: ["name"], input: flood("Jan de ") },
  // Images.
  { name: "image: open brackets", categories: ["image"], input: flood("[foto ") },
  { name: "image: open parentheses", categories: ["image"], input: flood("(foto: ") },
  { name: "image: markdown starts", categories: ["image"], input: flood("![") },
  {
    name: "image: base64",
    categories: ["image"],
    input: (n) => "data:image/png;base64," + flood("A")(n - 22),
  },
  { name: "image: file names", categories: ["image"], input: flood("IMG_1234") },
  // Everything at once, on text that is not about any category.
  { name: "all: emoji", categories: [], input: flood("😀👨‍👩‍👧") },
  { name: "all: combining marks", categories: [], input: flood("e\u0301") },
  { name: "all: punctuation", categories: [], input: flood("!.,-") },
  { name: "all: whitespace", categories: [], input: flood(" \n\t") },
];

function msFor(redact: (t: string) => unknown, text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    redact(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe("recognizers take linear time on 1 MB adversarial input", () => {
  for (const c of CASES) {
    it.skipIf(KNOWN_SUPERLINEAR.has(c.name) && !runAll)(
      c.name,
      () => {
        const redactor = createRedactor(
          c.categories.length > 0 ? { categories: [...c.categories] } : {},
        );
        const redact = (t: string) => redactor.redact(t);
        redact(c.input(1_000)); // warm up
        const t10 = msFor(redact, c.input(BIG / 100), 3);
        const t100 = msFor(redact, c.input(BIG / 10), 2);
        const early = t100 <= 300 ? 0 : t100 / Math.max(t10, 1);
        expect(
          early,
          `${size(BIG / 100)} ${t10.toFixed(1)} ms → ${size(BIG / 10)} ${t100.toFixed(1)} ms`,
        ).toBeLessThan(80);
        const t1000 = msFor(redact, c.input(BIG), 1);
        const ratio = t1000 <= FLOOR_BIG_MS ? 0 : t1000 / Math.max(t100, 1);
        expect(
          ratio,
          `${size(BIG / 10)} ${t100.toFixed(1)} ms → ${size(BIG)} ${t1000.toFixed(1)} ms`,
        ).toBeLessThan(MAX_RATIO);
      },
      600_000,
    );
  }
});
