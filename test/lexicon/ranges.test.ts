import { describe, expect, it } from "vitest";
import { PhraseMatcher, type PhraseMatch } from "../../src/lexicon/matcher.js";
import { parsePattern } from "../../src/lexicon/pattern.js";
import {
  RangeSet,
  lowerBound,
  maxSpan,
  someStartsAt,
  someWithin,
} from "../../src/lexicon/ranges.js";
import { tokenize } from "../../src/pipeline/tokenize.js";

function matches(pattern: string, text: string): PhraseMatch<string>[] {
  const m = new PhraseMatcher<string>();
  m.add(parsePattern(pattern, { lang: "en" }), pattern);
  const out: PhraseMatch<string>[] = [];
  m.scan(text, tokenize(text).words, out);
  return out;
}

describe("range queries on sorted matches", () => {
  // "my mother" at words 0-2, 4-6 and 9-11.
  const text = "my mother says hi. my mother is ill and my mother knows";
  const others = matches("my mother", text);

  it("finds the first match at or after a word", () => {
    expect(others.map((m) => m.first)).toEqual([0, 4, 9]);
    expect(lowerBound(others, 0)).toBe(0);
    expect(lowerBound(others, 1)).toBe(1);
    expect(lowerBound(others, 10)).toBe(3);
  });

  it("tests for a match inside a word range and at a start word", () => {
    expect(someWithin(others, 3, 6)).toBe(true);
    expect(someWithin(others, 5, 11)).toBe(true);
    expect(someWithin(others, 5, 10)).toBe(false);
    expect(someStartsAt(others, 4)).toBe(true);
    expect(someStartsAt(others, 5)).toBe(false);
    expect(maxSpan(others)).toBe(2);
  });

  it("answers overlap tests for ranges given in any order", () => {
    const set = new RangeSet([
      { first: 10, last: 12 },
      { first: 0, last: 8 },
      { first: 3, last: 4 },
    ]);
    expect(set.overlaps(7, 9)).toBe(true);
    expect(set.overlaps(8, 10)).toBe(false);
    expect(set.overlaps(11, 20)).toBe(true);
    expect(set.overlaps(12, 20)).toBe(false);
    expect(new RangeSet([]).overlaps(0, 100)).toBe(false);
  });
});
