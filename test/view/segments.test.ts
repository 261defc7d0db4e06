import { describe, expect, it } from "vitest";
import { createRedactor, type Finding } from "../../src/index.js";
import { segmentsOf, type Segment } from "../../src/view/segments.js";

const tag = createRedactor({ labels: "nl" });
const text = (segments: readonly Segment[]): string => segments.map((s) => s.text).join("");
const redacted = (segments: readonly Segment[]) =>
  segments.filter((s) => s.kind === "redacted").map((s) => [s.primary, s.text]);

describe("segmentsOf: placing findings in the redacted text", () => {
  it("splits a Dutch message into plain text and one segment per redacted region", () => {
    const r = tag.redact("Ik heb suikerziekte, bel me op 06-12345678 of mail henk1950@example.nl.");
    const { segments, aligned } = segmentsOf(r);
    expect(aligned).toBe(true);
    expect(text(segments)).toBe(r.text);
    expect(redacted(segments)).toEqual([
      ["health", "[GEZONDHEID]"],
      ["phone", "[TELEFOON]"],
      ["email", "[EMAIL]"],
    ]);
    expect(segments[0]).toEqual({ kind: "plain", text: "Ik heb " });
  });

  it("handles an English message whose regions touch and one at the very start", () => {
    const r = tag.redact("Diabetes runs in my family; I'm gay and in a wheelchair");
    const { segments, aligned } = segmentsOf(r);
    expect(aligned).toBe(true);
    expect(text(segments)).toBe(r.text);
    expect(segments[0]!.kind).toBe("redacted");
    expect(redacted(segments).map(([c]) => c)).toEqual(
      expect.arrayContaining(["health", "sexuality"]),
    );
  });

  it("places masks of the original length and removed (empty) regions", () => {
    const sentence = "Mijn vrouw heeft borstkanker gehad. Bel 0612345678!";
    const masked = createRedactor({ operators: { default: "mask" } }).redact(sentence);
    const m = segmentsOf(masked);
    expect(m.aligned).toBe(true);
    expect(text(m.segments)).toBe(masked.text);
    expect(redacted(m.segments)).toEqual([
      ["health", "*".repeat("borstkanker gehad".length)],
      ["phone", "*".repeat(10)],
    ]);

    const removed = createRedactor({ operators: { default: "remove" } }).redact(sentence);
    const g = segmentsOf(removed);
    expect(g.aligned).toBe(true);
    expect(redacted(g.segments)).toEqual([
      ["health", ""],
      ["phone", ""],
    ]);
    expect(text(g.segments)).toBe("Mijn vrouw heeft . Bel !");
  });

  it("keeps offsets right after emoji and zero-width characters", () => {
    const r = tag.redact("👩‍👩‍👧 hoi\u200b! ik heb kanker 😢 en mijn nummer is 06 1234 5678");
    const { segments, aligned } = segmentsOf(r);
    expect(aligned).toBe(true);
    expect(text(segments)).toBe(r.text);
    expect(redacted(segments)).toEqual([
      ["health", "[GEZONDHEID]"],
      ["phone", "[TELEFOON]"],
    ]);
  });

  it("gives a region of several categories the special category's colour, listing all", () => {
    const f = (category: Finding["category"], start: number, end: number): Finding => ({
      category,
      start,
      end,
      confidence: 0.9,
      recognizer: "test",
      replacement: "[HEALTH]",
    });
    // "ziekenhuis Isala" read as health (0-16) and a place name inside it (11-16).
    const { segments, aligned } = segmentsOf({
      text: "in het [HEALTH] vandaag",
      findings: [f("location", 18, 23), f("health", 7, 23)],
    });
    expect(aligned).toBe(true);
    const region = segments.find((s) => s.kind === "redacted");
    expect(region).toMatchObject({ primary: "health", categories: ["health", "location"] });
    expect(text(segments)).toBe("in het [HEALTH] vandaag");
  });

  it("highlights nothing when findings do not fit the text or the message failed closed", () => {
    const r = tag.redact("Ik slik antidepressiva");
    expect(segmentsOf({ text: "iets anders", findings: r.findings })).toEqual({
      segments: [{ kind: "plain", text: "iets anders" }],
      aligned: false,
    });
    const shifted = r.findings.map((x) => ({ ...x, start: x.start + 2, end: x.end + 2 }));
    expect(segmentsOf({ text: r.text, findings: shifted }).aligned).toBe(false);
    expect(segmentsOf({ text: "", findings: [] })).toEqual({ segments: [], aligned: true });
  });
});
