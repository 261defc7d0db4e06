import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const strict = createRedactor({ policy: "strict" });
const places = (text: string) =>
  strict
    .redact(text)
    .findings.filter((f) => f.category === "place" || f.category === "location")
    .map((f) => text.slice(f.start, f.end));

describe("place recognizer (strict policy)", () => {
  it("finds every place name, not only residences", () => {
    expect(places("Volgende week gaan we naar Maastricht en daarna Parijs")).toEqual([
      "Maastricht",
      "Parijs",
    ]);
    expect(places("We met in London, then drove to Den Haag")).toEqual(["London", "Den Haag"]);
    expect(places("Zullen we afspreken in 's-Hertogenbosch?")).toEqual(["'s-Hertogenbosch"]);
  });

  it("is off without the strict policy and skips common words and given names", () => {
    expect(
      createRedactor()
        .redact("Volgende week gaan we naar Maastricht")
        .findings.map((f) => f.category),
    ).toEqual([]);
    expect(places("het is best goed zo")).toEqual([]);
    expect(places("Charlotte komt morgen langs")).toEqual([]);
    expect(places("Victoria says hi")).toEqual([]);
    expect(places("we flew to Victoria")).toEqual(["Victoria"]);
  });
});
