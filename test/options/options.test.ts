import { describe, expect, it } from "vitest";
import { createRedactor, RedactError, redact } from "../../src/index.js";

function errorOf(fn: () => unknown): RedactError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RedactError) return e;
    throw e;
  }
  throw new Error("expected a RedactError");
}

describe("options", () => {
  it("throws one RedactError naming the bad field and what was expected", () => {
    const e = errorOf(() => createRedactor({ threshold: 2 }));
    expect(e.code).toBe("INVALID_OPTIONS");
    expect(e.message).toContain('"threshold"');
    expect(e.issues[0]!.path).toBe("threshold");
  });

  it("rejects unknown options, categories and operators", () => {
    expect(errorOf(() => createRedactor({ colour: "red" } as never)).message).toContain("colour");
    expect(errorOf(() => createRedactor({ categories: ["weather"] as never })).message).toContain(
      "categories.0",
    );
    expect(
      errorOf(() => createRedactor({ operators: { health: "shred" as never } })).message,
    ).toContain("operators.health");
    expect(errorOf(() => createRedactor("strict" as never)).code).toBe("INVALID_OPTIONS");
  });

  it("applies category filters, operators and label languages", () => {
    const text = "mail jan@example.nl of kijk op www.example.nl";
    expect(redact(text, { categories: ["email"] }).text).toBe(
      "mail [EMAIL] of kijk op www.example.nl",
    );
    expect(redact(text, { operators: { email: "mask" } }).text).toBe(
      "mail ************** of kijk op [URL]",
    );
    expect(redact(text, { operators: { default: "remove" } }).text).toBe("mail  of kijk op ");
    expect(redact(text, { operators: { url: "keep" } }).text).toBe(
      "mail [EMAIL] of kijk op www.example.nl",
    );
    expect(redact(text, { labels: "auto" }).text).toBe("mail [EMAIL] of kijk op [URL]");
    expect(
      redact(text, { operators: { default: { type: "tag", template: "<{category}>" } } }).text,
    ).toBe("mail <email> of kijk op <url>");
    expect(
      redact(text, { operators: { email: { type: "mask", char: "#", length: 3 } } }).text,
    ).toBe("mail ### of kijk op [URL]");
  });
});
