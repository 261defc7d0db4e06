import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const strict = createRedactor({ policy: "strict" });
const ages = (text: string) =>
  strict
    .redact(text)
    .findings.filter((f) => f.category === "age")
    .map((f) => text.slice(f.start, f.end));

describe("age recognizer (strict policy)", () => {
  it.each([
    ["ik ben 67", ["67"]],
    ["Ik ben nu 81 en woon alleen", ["81"]],
    ["I'm 54 and divorced", ["54"]],
    ["I am almost 70", ["70"]],
    ["mijn man is 72 jaar", ["72 jaar"]],
    ["67 jaar oud en nog fit", ["67 jaar oud"]],
    ["a 54-year-old widow", ["54-year-old"]],
    ["een 67-jarige vrouw", ["67-jarige"]],
    ["leeftijd: 71", ["71"]],
    ["Kees, 71, Groningen", ["71"]],
    ["she turned 40 last week", ["40"]],
  ])("finds the age in %j", (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });

  it.each([
    "het kost 67 euro",
    "ik ben 2 dagen weg",
    "we zijn 15 jaar getrouwd in 2010",
    "I'm 100% sure",
    "het is 10 uur",
    "bus 67 komt om 10:30",
    "ik heb 3 kinderen",
  ])("leaves %j alone", (text) => {
    expect(ages(text)).toEqual([]);
  });
});
