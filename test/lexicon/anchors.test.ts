import { describe, expect, it } from "vitest";
import { AnchorIndex } from "../../src/lexicon/anchors.js";
import { PhraseMatcher } from "../../src/lexicon/matcher.js";
import { parsePattern, type Pattern } from "../../src/lexicon/pattern.js";
import { tokenize } from "../../src/pipeline/tokenize.js";

const COMMON = new Set(["ik", "ben", "heb", "een", "de", "i", "am", "have", "a", "the"]);

function index(patterns: readonly string[]): AnchorIndex {
  const idx = new AnchorIndex();
  patterns.forEach((src, id) => {
    const p = parsePattern(src, { lang: "nl" });
    const anchor = p.slots
      .at(-1)!
      .alts.flatMap((a) => (a[0]?.kind === "word" ? [...a[0].forms] : []));
    idx.add(id, anchor, firstAtomsOf(p));
  });
  return idx;
}

function firstAtomsOf(p: Pattern) {
  return p.slots[0]!.alts.map((a) => a[0]!);
}

describe("AnchorIndex", () => {
  it("activates only patterns whose anchor word occurs in the message", () => {
    const idx = index(["ik ben depressief", "ik heb kanker", "ik heb diabetes"]);
    const { words } = tokenize("ik heb kanker en ik ben moe");
    expect(idx.activate(words)).toBe(1);
    const ids = [...idx.startsAt(words[0]!, [])];
    expect(ids).toEqual([1]);
  });

  it("returns start candidates in activation order, once each", () => {
    const idx = index(["ik heb diabetes", "ik ben depressief", "ik heb kanker"]);
    // "depressief" comes first in the text, so pattern 1 is activated first.
    const { words } = tokenize("depressief, ik heb kanker en diabetes");
    expect(idx.activate(words)).toBe(3);
    expect([...idx.startsAt(words[1]!, [])]).toEqual([1, 2, 0]);
  });

  it("indexes prefix and number start atoms", () => {
    const idx = new AnchorIndex();
    const pre = parsePattern("afspre* morgen", { lang: "nl" });
    const num = parsePattern("<num> jaar", { lang: "nl" });
    idx.add(0, ["morgen"], firstAtomsOf(pre));
    idx.add(1, ["jaar"], firstAtomsOf(num));
    const { words } = tokenize("we afspreken morgen, ik ben 15 jaar");
    expect(idx.activate(words)).toBe(2);
    const at = (i: number) => [...idx.startsAt(words[i]!, [])];
    expect(at(1)).toContain(0);
    expect(at(5)).toContain(1);
    // A fresh scan forgets the previous activation.
    expect(idx.activate(tokenize("niets hier").words)).toBe(0);
  });
});

describe("PhraseMatcher with anchored patterns", () => {
  function scan(patterns: readonly string[], text: string): string[] {
    const m = new PhraseMatcher<string>(COMMON);
    for (const p of patterns) m.add(parsePattern(p, { lang: "nl", inflect: true }), p);
    const { words } = tokenize(text);
    const out: Parameters<typeof m.scan>[2] = [];
    m.scan(text, words, out);
    return out.map((x) => `${x.payload}@${x.first}-${x.last}`);
  }

  it("finds every anchored match in long messages, ordered by start", () => {
    // 3,003 words x 2 active patterns: past the plain loop, through the start index.
    const text = "ik ben depressief. ".repeat(1000) + "ik heb kanker";
    const found = scan(["ik ben depressief", "ik heb kanker"], text);
    expect(found).toHaveLength(1001);
    expect(found[0]).toBe("ik ben depressief@0-3");
    expect(found[1000]).toBe("ik heb kanker@3000-3003");
  });

  it("gives the same matches in the same order for short and long messages", () => {
    const patterns = [
      "ik heb? last van migraine",
      "ik heb last van? migraine",
      "last van ... migraine",
    ];
    const sentence = "ik heb last van migraine. ";
    const short = scan(patterns, sentence);
    const long = scan(patterns, sentence.repeat(400));
    expect(short).toHaveLength(3);
    expect(long).toHaveLength(1200);
    // The first sentence of the long message reads exactly like the short one.
    expect(long.slice(0, 3)).toEqual(short);
  });

  it("reports tied matches in the order their anchors first occur", () => {
    const found = scan(
      ["ik heb last van? migraine", "ik heb? last van migraine"],
      "ik heb last van migraine",
    );
    expect(found).toEqual(["ik heb last van? migraine@0-5", "ik heb? last van migraine@0-5"]);
  });
});
