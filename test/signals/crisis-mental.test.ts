import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor({ includeValues: true });
const mental = (text: string) =>
  redactor
    .redact(text)
    .findings.filter((f) => f.category === "mental")
    .map((f) => f.value);

describe("crisis evidence as mental content", () => {
  it.each([
    ["ik wil gewoon niet meer leven, sorry", "niet meer leven"],
    ["I really want to die tonight", "want to die"],
    ["ik heb mezelf gisteren weer gesneden", "gesneden"],
    ["I've been cutting myself again", "cutting"],
  ])("redacts suicidality and self-harm in %s", (text, word) => {
    const r = redactor.redact(text);
    expect(r.report.signals.map((s) => s.signal)).toContain("crisis");
    expect(mental(text).join(" ")).toContain(word);
    expect(r.text).not.toContain(word);
  });

  it.each([
    "mijn man slaat me en ik zit opgesloten in de badkamer, help",
    "he is drunk again and threw a bottle at me, I'm scared",
  ])("flags danger from others without calling it mental: %s", (text) => {
    const r = redactor.redact(text);
    expect(r.report.signals.map((s) => s.signal)).toContain("crisis");
    expect(mental(text)).toEqual([]);
  });

  it("reads bare pills in a suicide message as the means, not a health condition", () => {
    const r = redactor.redact("ik wil er een eind aan maken, de pillen liggen al klaar");
    expect(r.findings.map((f) => f.category)).not.toContain("health");
    expect(r.text).not.toContain("pillen");
  });

  it("does not turn hyperbole into mental content", () => {
    expect(mental("ik ga dood van het lachen om die film")).toEqual([]);
    expect(mental("this exam is killing me lol")).toEqual([]);
  });

  it("respects a redactor limited to other categories", () => {
    const r = createRedactor({ categories: ["phone"] }).redact("ik wil dood, bel 0612345678");
    expect(r.findings.map((f) => f.category)).toEqual(["phone"]);
  });
});
