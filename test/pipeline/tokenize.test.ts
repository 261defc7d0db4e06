import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/pipeline/tokenize.js";

const kinds = (text: string) =>
  tokenize(text).tokens.map((t) => `${t.kind}:${text.slice(t.start, t.end)}`);

describe("tokenize", () => {
  it("keeps Dutch inner apostrophes in one word", () => {
    const { words } = tokenize("zo'n leuke auto's, m'n schat");
    expect(words.map((w) => w.norm)).toEqual(["zo'n", "leuke", "auto's", "m'n", "schat"]);
  });

  it("recognises e-mail addresses, URLs, emoji and attachment markers", () => {
    expect(
      kinds("mail a.b@c.nl of www.x.nl/p?q=1. 😀 [afbeelding: IMG_1.jpg] <Media weggelaten>"),
    ).toEqual([
      "word:mail",
      "email:a.b@c.nl",
      "word:of",
      "url:www.x.nl/p?q=1",
      "punct:.",
      "emoji:😀",
      "marker:[afbeelding: IMG_1.jpg]",
      "marker:<Media weggelaten>",
    ]);
  });

  it("splits hyphenated compounds into glued words and folds diacritics", () => {
    const { words } = tokenize("Burn-out patiënt");
    expect(words.map((w) => [w.norm, w.glued])).toEqual([
      ["burn", false],
      ["out", true],
      ["patient", false],
    ]);
    expect(words[0]!.capitalized).toBe(true);
  });

  it("marks sentence breaks and numbers", () => {
    const { words } = tokenize("ik ben 67. Jij?");
    expect(words.map((w) => [w.kind, w.breakBefore])).toEqual([
      ["word", false],
      ["word", false],
      ["number", false],
      ["word", true],
    ]);
  });
});

describe("English 's contractions", () => {
  it("split after a consonant or pronoun, not after a Dutch vowel plural", () => {
    const norms = (t: string) => tokenize(t).words.map((w) => w.norm);
    expect(norms("my dad's Moroccan")).toEqual(["my", "dad", "is", "moroccan"]);
    expect(norms("she's bipolar")).toEqual(["she", "is", "bipolar"]);
    expect(norms("twee auto's en oma's foto's")).toEqual([
      "twee",
      "auto's",
      "en",
      "oma's",
      "foto's",
    ]);
  });
});
