import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor({ includeValues: true });
const found = (text: string, category: string) =>
  redactor
    .redact(text)
    .findings.filter((f) => f.category === category)
    .map((f) => f.value);

describe("coordination", () => {
  it.each([
    ["my grandfather is Ghanaian and my grandmother Scottish", "Scottish"],
    ["she is of Welsh and Nigerian descent", "Welsh"],
    ["mijn vader is Turks en mijn moeder Belgisch", "Belgisch"],
    ["mijn oma is Surinaams, mijn opa Chinees", "Chinees"],
  ])("adds the coordinated origin in %s", (text, word) => {
    expect(found(text, "ethnicity").join(" ")).toContain(word);
    expect(redactor.redact(text).text).not.toContain(word);
  });

  it.each([
    "mijn vader is Marokkaans. Nederlands eten vind ik het lekkerst",
    "my mum is Jamaican and I love Chinese food",
    "we had Dutch pancakes and Belgian waffles",
    "ik spreek Duits en Frans",
  ])("leaves bare nationality words alone in %s", (text) => {
    const words = ["Nederlands", "Chinese", "Dutch", "Belgian", "Duits", "Frans"];
    const values = found(text, "ethnicity").join(" ");
    for (const w of words) expect(values).not.toContain(w);
  });

  it("continues a sexuality finding over coordinated genders", () => {
    const text = "honestly I've slept with guys and girls, does that scare you";
    expect(redactor.redact(text).text).not.toMatch(/guys|girls/);
  });

  it("continues a criminal record over the offences that follow", () => {
    const text = "he has a criminal record (burglary, 2009) but works now";
    const r = redactor.redact(text);
    expect(r.text).not.toContain("burglary");
    expect(found("burglary is up in our town", "criminal")).toEqual([]);
  });

  it("reads the ancestry shares a DNA test lists as ethnicity", () => {
    const text = "my DNA test said 52% Scandinavian, 30% Irish and 18% Nigerian, wild";
    const r = redactor.redact(text);
    expect(r.text).not.toMatch(/Scandinavian|Irish|Nigerian/);
    expect(found(text, "ethnicity").length).toBeGreaterThanOrEqual(3);
    expect(found("the Irish pub next to the DNA lab", "ethnicity")).toEqual([]);
  });

  it("knows a record in 'because of my record'", () => {
    expect(found("they searched my car because of my record", "criminal")).toEqual(["record"]);
    expect(found("I broke the club record with my record time", "criminal")).toEqual([]);
  });
});
