import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATEGORIES, cueListSchema, termLexiconSchema, wordListSchema } from "../../src/index.js";
import { parsePattern } from "../../src/lexicon/pattern.js";

const root = join(__dirname, "../../lexicons");
const files = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .map((f) => join(dir, f))
    : [];
const read = (f: string): unknown => JSON.parse(readFileSync(f, "utf8"));

describe.each(["nl", "en"] as const)("lexicons/%s", (lang) => {
  const dir = join(root, lang);

  it.each(files(dir))("term lexicon %s is valid", (file) => {
    const lex = termLexiconSchema.parse(read(file));
    expect(lex.language).toBe(lang);
    expect(`${lex.category}.json`).toBe(file.split("/").pop());
    expect(CATEGORIES).toContain(lex.category);
    const seen = new Set<string>();
    for (const e of lex.entries) {
      for (const p of [e.term, ...(e.variants ?? [])]) {
        expect(() => parsePattern(p, { lang })).not.toThrow();
        if (!e.caseSensitive) expect(p, `${file}: "${p}" must be lowercase`).toBe(p.toLowerCase());
      }
      expect(seen.has(e.term), `${file}: duplicate term "${e.term}"`).toBe(false);
      seen.add(e.term);
    }
  });

  it.each(files(join(dir, "cues")))("cue list %s is valid", (file) => {
    const list = cueListSchema.parse(read(file));
    expect(list.language).toBe(lang);
    expect(`${list.name}.json`).toBe(file.split("/").pop());
    for (const c of list.cues) expect(() => parsePattern(c, { lang })).not.toThrow();
  });

  it.each(files(join(dir, "words")))("word list %s is valid", (file) => {
    const list = wordListSchema.parse(read(file));
    expect(list.language).toBe(lang);
    expect(new Set(list.words).size).toBe(list.words.length);
  });
});

describe("schema rejects malformed lexicons", () => {
  it("rejects unknown fields and categories", () => {
    const base = { language: "nl", category: "health", description: "x", entries: [{ term: "x" }] };
    expect(termLexiconSchema.safeParse(base).success).toBe(true);
    expect(termLexiconSchema.safeParse({ ...base, category: "weather" }).success).toBe(false);
    expect(
      termLexiconSchema.safeParse({ ...base, entries: [{ term: "x", colour: "red" }] }).success,
    ).toBe(false);
    expect(termLexiconSchema.safeParse({ ...base, entries: [{ term: " x" }] }).success).toBe(false);
    expect(termLexiconSchema.safeParse({ ...base, entries: [] }).success).toBe(false);
  });
});
