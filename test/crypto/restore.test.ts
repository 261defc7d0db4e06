import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRedactor, RedactError, restore } from "../../src/index.js";

const key = new Uint8Array(32).map((_, i) => i * 7 + 1);
const otherKey = new Uint8Array(32).map((_, i) => 255 - i);
const hexKey = Buffer.from(key).toString("hex");
const redactor = createRedactor({ key, operators: { default: "encrypt" } });

function errorOf(fn: () => unknown): RedactError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RedactError) return e;
    throw e;
  }
  throw new Error("expected a RedactError");
}

const SNIPPETS = [
  "mail me: jan.de.vries@example.nl",
  "ik heb diabetes",
  "I'm a practising Catholic",
  "bel 06-12345678",
  "mijn moeder heeft borstkanker",
  "👩‍👩‍👧‍👦",
  "e\u0301e\u0301n",
  "zero\u200bwidth",
  "NL91ABNA0417164300",
  "🏳️‍🌈 ik ben lesbisch",
];

describe("encrypt and restore", () => {
  it("restores every token exactly (property: random text with emoji, ZWJ, combining marks)", () => {
    const piece = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 12 }),
      fc.string({ unit: "binary", maxLength: 6 }),
      fc.constantFrom(...SNIPPETS),
    );
    const message = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(" "));
    let tokens = 0;
    fc.assert(
      fc.property(message, (text) => {
        const r = redactor.redact(text);
        if (r.findings.length > 0) tokens++;
        expect(restore(r.text, key)).toBe(text);
        expect(restore(r.text, hexKey)).toBe(text);
      }),
      { numRuns: 150 },
    );
    expect(tokens).toBeGreaterThan(10);
  });

  it("writes self-delimiting tokens without the original text", () => {
    const text = "Mijn vrouw heeft borstkanker. Mail me: henk1950@example.nl";
    const r = redactor.redact(text);
    expect(r.text).not.toContain("borstkanker");
    expect(r.text).not.toContain("henk1950");
    expect(r.text).toMatch(/^Mijn vrouw heeft ⟦cr1:health:[\w-]+⟧\. Mail me: ⟦cr1:email:[\w-]+⟧$/u);
    // A fresh nonce per token: the same value encrypts differently each time.
    expect(redactor.redact(text).text).not.toBe(r.text);
  });

  it("returns text without tokens unchanged", () => {
    expect(restore("niets aan de hand [HEALTH] 🙂", key)).toBe("niets aan de hand [HEALTH] 🙂");
    expect(restore("", key)).toBe("");
  });

  it("fails with RESTORE_FAILED for a wrong key", () => {
    const r = redactor.redact("ik heb diabetes");
    const e = errorOf(() => restore(r.text, otherKey));
    expect(e.code).toBe("RESTORE_FAILED");
    expect(e.message).toMatch(/wrong key/);
  });

  it("fails with RESTORE_FAILED for a tampered token or a changed category", () => {
    const r = redactor.redact("I'm a practising Catholic");
    const token = /⟦cr1:(\w+):([\w-]+)⟧/u.exec(r.text)!;
    const body = token[2]!;
    const flipped = body.slice(0, 20) + (body[20] === "A" ? "B" : "A") + body.slice(21);
    expect(errorOf(() => restore(r.text.replace(body, flipped), key)).code).toBe("RESTORE_FAILED");
    const truncated = r.text.replace(body, body.slice(0, 10));
    expect(errorOf(() => restore(truncated, key)).code).toBe("RESTORE_FAILED");
    // The category is authenticated: a token moved to another category fails.
    const moved = r.text.replace(`cr1:${token[1]}:`, "cr1:health:");
    expect(token[1]).not.toBe("health");
    expect(errorOf(() => restore(moved, key)).code).toBe("RESTORE_FAILED");
  });

  it("rejects bad keys with INVALID_KEY, at creation and in restore", () => {
    expect(errorOf(() => createRedactor({ key: "abc" })).code).toBe("INVALID_KEY");
    expect(errorOf(() => createRedactor({ key: new Uint8Array(16) })).code).toBe("INVALID_KEY");
    expect(errorOf(() => restore("x", "not a key")).code).toBe("INVALID_KEY");
    // encrypt without a key is a configuration error, not a silent tag.
    expect(errorOf(() => createRedactor({ operators: { health: "encrypt" } })).code).toBe(
      "INVALID_KEY",
    );
    // base64 works as well as hex.
    const b64 = Buffer.from(key).toString("base64");
    const r = createRedactor({ key: b64, operators: { email: "encrypt" } }).redact("a@b.nl");
    expect(restore(r.text, key)).toBe("a@b.nl");
  });
});
