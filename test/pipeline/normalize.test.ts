import { describe, expect, it } from "vitest";
import { normalize, toOriginalSpan } from "../../src/pipeline/normalize.js";
import { redact } from "../../src/index.js";

describe("normalize", () => {
  it("is the identity for ordinary text (no map allocated)", () => {
    const n = normalize("gewoon een berichtje 😀");
    expect(n.text).toBe("gewoon een berichtje 😀");
    expect(n.toOriginal).toBeNull();
  });

  it("composes combining marks and maps offsets back", () => {
    const original = "Patie\u0301nt op de IC"; // e + combining acute
    const n = normalize(original);
    expect(n.text).toBe("Patiént op de IC");
    const at = n.text.indexOf("IC");
    expect(toOriginalSpan(n, at, at + 2)).toEqual([
      original.indexOf("IC"),
      original.indexOf("IC") + 2,
    ]);
  });

  it("drops zero-width characters hidden inside words", () => {
    const original = "suiker\u200Bziekte en dia\u00ADbetes";
    const n = normalize(original);
    expect(n.text).toBe("suikerziekte en diabetes");
    const [s, e] = toOriginalSpan(n, 0, "suikerziekte".length);
    expect(original.slice(s, e)).toBe("suiker\u200Bziekte");
  });
});

describe("offsets through the public API", () => {
  it("point into the caller's string with emoji, ZWJ sequences and combining marks", () => {
    const text = "👩‍👩‍👧 Cafe\u0301 🙂 mail: ana@example.com";
    const r = redact(text);
    const email = r.findings.find((f) => f.category === "email")!;
    expect(text.slice(email.start, email.end)).toBe("ana@example.com");
  });

  it("cover an address split by a zero-width space", () => {
    const text = "mail ana\u200B@example.com nu";
    const r = redact(text);
    const email = r.findings.find((f) => f.category === "email");
    expect(email).toBeDefined();
    expect(text.slice(email!.start, email!.end)).toBe("ana\u200B@example.com");
    expect(r.text).toBe("mail [EMAIL] nu");
  });
});
