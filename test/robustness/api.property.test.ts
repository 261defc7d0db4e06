import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createRedactor,
  redact,
  reportSchema,
  type Finding,
  type RedactResult,
} from "../../src/index.js";
import { anyString, chatMessage, TRICKY } from "./arbitraries.js";

// Properties of the public API on generated messages (see arbitraries.ts).
// numRuns is moderate so the suite stays fast; a failure prints the seed and
// the shrunk message to replay it.

const redactor = createRedactor();
const withValues = createRedactor({ includeValues: true });
const byLabels = { en: redactor, nl: createRedactor({ labels: "nl" }) };
const RUNS = { numRuns: 300 };

/** Maximal groups of findings that overlap, or touch and share one replacement (one region). */
function regions(
  findings: readonly Finding[],
): { start: number; end: number; replacement: string; all: Finding[] }[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { start: number; end: number; replacement: string; all: Finding[] }[] = [];
  for (const f of sorted) {
    const last = out.at(-1);
    if (
      last &&
      (f.start < last.end || (f.start === last.end && f.replacement === last.replacement))
    ) {
      last.end = Math.max(last.end, f.end);
      last.all.push(f);
    } else {
      out.push({ start: f.start, end: f.end, replacement: f.replacement, all: [f] });
    }
  }
  return out;
}

/** The original with every region replaced by its replacement. */
function expectedText(original: string, result: RedactResult): string {
  let out = "";
  let cursor = 0;
  for (const r of regions(result.findings)) {
    out += original.slice(cursor, r.start) + r.replacement;
    cursor = r.end;
  }
  return out + original.slice(cursor);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const WORD = /[\p{L}\p{N}]{4,}/gu;
const PLACEHOLDER = /\[[\p{Lu}_]+\]/gu;

function countWord(text: string, word: string): number {
  let n = 0;
  for (const m of text.matchAll(WORD)) if (m[0] === word) n++;
  return n;
}

describe("public API properties", () => {
  it("never throws on any string, and always returns a valid report", () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const r = redactor.redact(text);
        expect(typeof r.text).toBe("string");
        expect(reportSchema.safeParse(r.report).success).toBe(true);
        for (const f of r.findings) {
          expect(0 <= f.start && f.start < f.end && f.end <= text.length).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("never throws on values that are not strings", () => {
    for (const value of [undefined, null, 42, {}, [], Symbol.iterator, () => "x", new Date(0)]) {
      expect(() => redact(value as unknown as string)).not.toThrow();
    }
  });

  it("the output is the input with exactly the findings' regions replaced: no fragment survives", () => {
    fc.assert(
      fc.property(chatMessage, (text) => {
        const r = redactor.redact(text);
        // Overlapping findings share one replacement (one region, one placeholder).
        for (const region of regions(r.findings)) {
          for (const f of region.all) expect(f.replacement).toBe(region.replacement);
        }
        expect(r.text).toBe(expectedText(text, r));
      }),
      RUNS,
    );
  });

  it("no word of a detected span appears in the output more often than outside the spans", () => {
    fc.assert(
      fc.property(chatMessage, (text) => {
        const r = redactor.redact(text);
        const spans = regions(r.findings);
        let outside = "";
        let cursor = 0;
        for (const s of spans) {
          outside += text.slice(cursor, s.start) + " ";
          cursor = s.end;
        }
        outside += text.slice(cursor);
        const output = r.text.replace(PLACEHOLDER, " ");
        for (const s of spans) {
          for (const [word] of text.slice(s.start, s.end).matchAll(WORD)) {
            expect(
              countWord(output, word),
              `"${word}" from ${s.start}-${s.end}`,
            ).toBeLessThanOrEqual(countWord(outside, word));
          }
        }
      }),
      RUNS,
    );
  });

  it("offsets index the caller's string around emoji, ZWJ sequences, combining marks and RTL text", () => {
    const known = [
      { value: "henk1950@example.nl", category: "email" },
      { value: "NL91ABNA0417164300", category: "iban" },
      { value: "192.168.1.20", category: "ip" },
    ] as const;
    const tricky = fc.array(fc.constantFrom(...TRICKY), { maxLength: 6 }).map((a) => a.join(""));
    fc.assert(
      fc.property(tricky, fc.constantFrom(...known), tricky, (before, item, after) => {
        const text = `${before} ${item.value} ${after}`;
        const r = withValues.redact(text);
        const at = before.length + 1;
        const f = r.findings.find((x) => x.category === item.category);
        expect(f, JSON.stringify(text)).toBeDefined();
        expect([f!.start, f!.end]).toEqual([at, at + item.value.length]);
        expect(f!.value).toBe(item.value);
        for (const x of r.findings) {
          // A span never splits a surrogate pair.
          expect(isLow(text.charCodeAt(x.start)) && isHigh(text.charCodeAt(x.start - 1))).toBe(
            false,
          );
          expect(isHigh(text.charCodeAt(x.end - 1)) && isLow(text.charCodeAt(x.end))).toBe(false);
        }
        expect(r.text).toBe(expectedText(text, r));
      }),
      RUNS,
    );
  });

  it("redacting already-redacted text changes nothing more", () => {
    fc.assert(
      fc.property(
        chatMessage,
        fc.constantFrom("en", "nl") as fc.Arbitrary<"en" | "nl">,
        (text, labels) => {
          const r = byLabels[labels];
          const once = r.redact(text).text;
          expect(r.redact(once).text).toBe(once);
        },
      ),
      RUNS,
    );
  });
});
