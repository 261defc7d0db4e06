import { describe, expect, it } from "vitest";
import { createRedactor, redact, reportSchema, conversationReportSchema } from "../../src/index.js";

describe("redact", () => {
  it("returns redacted text, findings with original offsets, and a report", () => {
    const text = "Schrijf me: marieke.devries@example.nl 😊";
    const r = redact(text);
    expect(r.text).toBe("Schrijf me: [EMAIL] 😊");
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f).toMatchObject({ category: "email", recognizer: "email", replacement: "[EMAIL]" });
    expect(text.slice(f.start, f.end)).toBe("marieke.devries@example.nl");
    expect(reportSchema.parse(r.report).categories).toEqual({ email: 1 });
    expect(r.report.special).toBe(false);
    expect(r.report.risk).toBe("low");
  });

  it("never puts the raw value in findings or report unless asked", () => {
    const text = "mijn mail is geheim@example.nl";
    const plain = redact(text);
    expect(JSON.stringify(plain)).not.toContain("geheim@example.nl".slice(0, 6) + "@");
    const withValues = redact(text, { includeValues: true });
    expect(withValues.findings[0]!.value).toBe("geheim@example.nl");
  });

  it("trims sentence punctuation off a link", () => {
    const r = redact("Kijk op https://example.org/profiel/anna.");
    expect(r.text).toBe("Kijk op [URL].");
  });

  it("never throws on odd content and keeps empty text empty", () => {
    const weird = [
      "",
      " ",
      "\u0000\u0001\u0002",
      "\uD800 lone surrogate \uDC00",
      "x".repeat(200_000),
      "🙂".repeat(10_000),
      "a\u0301\u0301\u0301\u0301",
      "\u202Eright-to-left\u202C",
      String.fromCharCode(...Array.from({ length: 512 }, (_, i) => i)),
    ];
    for (const w of weird) {
      const r = redact(w);
      expect(typeof r.text).toBe("string");
      expect(() => reportSchema.parse(r.report)).not.toThrow();
    }
    expect(redact("").text).toBe("");
    expect(redact(null as unknown as string).text).toBe("");
  });
});

describe("redactConversation", () => {
  it("returns per-message results and an aggregate report without raw text", () => {
    const redactor = createRedactor();
    const { messages, report } = redactor.redactConversation([
      "hoi, mail me op a@example.nl",
      { text: "or on b@example.com", language: "en" },
      "tot morgen!",
    ]);
    expect(messages.map((m) => m.text)).toEqual([
      "hoi, mail me op [EMAIL]",
      "or on [EMAIL]",
      "tot morgen!",
    ]);
    // "mail me op …" proposes moving to e-mail: a meeting signal (GUIDELINES).
    expect(conversationReportSchema.parse(report)).toMatchObject({
      messages: 3,
      categories: { email: 2 },
      summary: "email ×2; signals: meeting",
    });
    expect(report.signals.map((s) => [s.signal, s.messages])).toEqual([["meeting", [0]]]);
    expect(report.languages.en).toBe(1);
    expect(JSON.stringify(report)).not.toContain("example");
  });
});
