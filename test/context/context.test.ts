import { describe, expect, it } from "vitest";
import { gone, redactor } from "../helpers.js";

const findingsOf = (text: string, category: string) =>
  redactor.redact(text).findings.filter((f) => f.category === category);

describe("negation (label kept, finding records it)", () => {
  it("Dutch and English", () => {
    const nl = findingsOf("ik heb gelukkig geen diabetes", "health");
    expect(nl).toHaveLength(1);
    expect(nl[0]!.negated).toBe(true);
    const en = findingsOf("I'm not gay, just curious", "sexuality");
    expect(en[0]!.negated).toBe(true);
  });

  it("the negator is redacted with the term", () => {
    const r = redactor.redact("ik heb geen diabetes");
    expect(gone(r, "geen", "diabetes")).toBe(true);
  });

  it("is stopped by 'maar' / 'but'", () => {
    const f = findingsOf("ik heb geen pijn maar wel reuma", "health");
    expect(f.some((x) => x.negated === true)).toBe(false);
  });
});

describe("experiencer", () => {
  it("marks a third person", () => {
    expect(findingsOf("mijn moeder heeft alzheimer", "health")[0]!.experiencer).toBe("other");
    expect(findingsOf("my husband had a stroke last year", "health")[0]!.experiencer).toBe("other");
  });

  it("marks the writer", () => {
    expect(findingsOf("ik heb reuma", "health")[0]!.experiencer).toBe("self");
  });
});

describe("figurative use and curses are not labelled", () => {
  it.each([
    "ik ga dood van het lachen",
    "tyfusherrie van de buren weer",
    "dit is kanker traag",
    "this traffic is killing me",
  ])("%s", (text) => {
    expect(redactor.redact(text).findings).toEqual([]);
  });

  it("keeps a medical compound on a curse stem", () => {
    expect(findingsOf("mijn oom is kankerpatiënt", "health")).toHaveLength(1);
  });
});

describe("animals, addiction objects and generic topics", () => {
  it("a pet's condition is not a person's health", () => {
    expect(findingsOf("onze hond heeft artrose in zijn heup", "health")).toEqual([]);
    expect(findingsOf("my dog has diabetes", "health")).toEqual([]);
  });

  it("addiction counts with a substance, not with a message or a show", () => {
    expect(findingsOf("mijn broer is verslaafd aan de drank", "health")).toHaveLength(1);
    expect(gone(redactor.redact("mijn broer is verslaafd aan de drank"), "drank")).toBe(true);
    expect(findingsOf("I'm so addicted to your messages", "health")).toEqual([]);
  });

  it("general talk without a person is not labelled", () => {
    expect(findingsOf("depression is common among students these days", "mental")).toEqual([]);
  });
});

describe("span extension", () => {
  it("covers degree words and frequency", () => {
    const r = redactor.redact("ik ben een beetje homo eigenlijk");
    expect(gone(r, "beetje", "homo")).toBe(true);
    const p = redactor.redact("I'm a devout Muslim and pray five times a day");
    expect(gone(p, "devout", "muslim")).toBe(true);
  });
});

describe("experiencer across clauses", () => {
  it("a first-person clause after a third person is the writer's again", () => {
    const r = redactor.redact("mijn vrouw heeft reuma en ik slik zelf antidepressiva");
    expect(r.findings.find((f) => f.category === "health")!.experiencer).toBe("other");
    expect(r.findings.find((f) => f.category === "mental")!.experiencer).toBe("self");
  });
});

describe("topic heads and occupations", () => {
  it("a condition that only modifies a topic noun is not about a person", () => {
    expect(findingsOf("mijn tante collecteert voor het kankeronderzoek", "health")).toEqual([]);
    expect(findingsOf("my sister runs the diabetes charity shop", "health")).toEqual([]);
  });

  it("working in a hospital is a job, not a health condition", () => {
    expect(
      findingsOf("mijn dochter werkt in het ziekenhuis als verpleegkundige", "health"),
    ).toEqual([]);
    expect(findingsOf("I work at a hospice, night shifts mostly", "health")).toEqual([]);
  });

  it("a duration in front of a recovery term belongs to its span", () => {
    const r = redactor.redact("I'm 2 years sober now");
    expect(gone(r, "sober", "years")).toBe(true);
  });
});

describe("words inside identifiers", () => {
  it("a user name or link that contains a sensitive-looking word is an identifier only", () => {
    const r = redactor.redact(
      "volg me op insta: @sober.sam_ en mail naar depressie.hulp@example.nl",
    );
    expect(r.findings.map((f) => f.category).sort()).toEqual(["email", "handle"]);
  });
});
