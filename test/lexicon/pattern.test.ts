import { describe, expect, it } from "vitest";
import { PhraseMatcher } from "../../src/lexicon/matcher.js";
import { PatternError, parsePattern } from "../../src/lexicon/pattern.js";
import { tokenize } from "../../src/pipeline/tokenize.js";

function spans(pattern: string, text: string, lang: "nl" | "en" = "nl"): string[] {
  const m = new PhraseMatcher<string>();
  m.add(parsePattern(pattern, { lang, inflect: true }), pattern);
  const { words } = tokenize(text);
  const out: Parameters<typeof m.scan>[2] = [];
  m.scan(text, words, out);
  return out.map((x) => text.slice(words[x.spanFirst]!.start, words[x.spanLast - 1]!.end));
}

describe("pattern language", () => {
  it("matches single words with regular inflections, case and diacritics folded", () => {
    expect(spans("depressief", "Ze is erg Depressieve laatst")).toEqual(["Depressieve"]);
    expect(spans("diabeet", "twee diabeten")).toEqual(["diabeten"]);
    expect(spans("diagnose", "I was diagnosed", "en")).toEqual(["diagnosed"]);
    expect(spans("patiënt", "de patient")).toEqual(["patient"]);
  });

  it("supports alternatives, optional slots, gaps, prefixes, numbers and span brackets", () => {
    expect(spans("ik [val op mannen|vrouwen]", "en ik val op mannen hoor")).toEqual([
      "val op mannen",
    ]);
    expect(spans("heel? depressief", "heel depressief")).toEqual(["heel depressief"]);
    expect(spans("wil ... afspreken", "wil je echt afspreken")).toEqual(["wil je echt afspreken"]);
    expect(spans("wil ... afspreken", "wil je echt heel graag afspreken")).toEqual([]);
    expect(spans("afspre*", "zullen we afspreken")).toEqual(["afspreken"]);
    expect(spans("ik ben <num> jaar", "ik ben 15 jaar")).toEqual(["ik ben 15 jaar"]);
    expect(spans("type 1|2 diabetes", "type-2 diabetes", "en")).toEqual(["type-2 diabetes"]);
  });

  it("does not cross a sentence break", () => {
    expect(spans("ben ... depressief", "ik ben moe. depressief is iets anders")).toEqual([]);
  });

  it("honours case-sensitive atoms", () => {
    const m = new PhraseMatcher<string>();
    m.add(parsePattern("SP", { lang: "nl", caseSensitive: true }), "SP");
    const text = "ik stem SP, sp is ook een afkorting";
    const { words } = tokenize(text);
    const out: Parameters<typeof m.scan>[2] = [];
    m.scan(text, words, out);
    expect(out).toHaveLength(1);
  });

  it("rejects patterns that can match nothing", () => {
    expect(() => parsePattern("heel?", { lang: "nl" })).toThrow(PatternError);
    expect(() => parsePattern("!!", { lang: "nl" })).toThrow(PatternError);
    expect(parsePattern("s & m", { lang: "en" }).slots).toHaveLength(2);
  });
});
