import { describe, expect, it } from "vitest";
import { createRedactor, RedactError } from "../../src/index.js";

const keyA = "11".repeat(32);
const keyB = "22".repeat(32);
const keyed = (key: string) =>
  createRedactor({
    key,
    operators: {
      name: { type: "pseudonym", style: "keyed" },
      email: { type: "pseudonym", style: "keyed" },
    },
  });

const TEXT = "Groetjes van Henk de Vries, mail henk.devries@example.nl";

describe("pseudonym operator", () => {
  it("keyed pseudonyms are stable across redactors (runs) with one key and differ across keys", () => {
    const a1 = keyed(keyA).redact(TEXT).text;
    const a2 = keyed(keyA).redact(TEXT).text;
    const b = keyed(keyB).redact(TEXT).text;
    expect(a1).toMatch(/^Groetjes van \[NAME_[0-9A-Z]{6}\], mail \[EMAIL_[0-9A-Z]{6}\]$/);
    expect(a2).toBe(a1);
    expect(b).not.toBe(a1);
    // Stable across conversations too, and the same person written differently.
    const conv = keyed(keyA).redactConversation(["hoi", "Henk de Vries belde net", TEXT]);
    const name = /\[NAME_\w+\]/.exec(a1)![0];
    expect(conv.messages[1]!.text).toBe(`${name} belde net`);
  });

  it("counter pseudonyms are consistent within a conversation and independent across conversations", () => {
    const r = createRedactor({ policy: "research" });
    const one = r.redactConversation([
      "Ik ben Sanne Bakker, mail sanne@example.nl",
      "Mijn zus Eva Jansen komt ook, haar mail is eva@example.org",
      "Sanne Bakker hier weer, mail sanne@example.nl",
    ]);
    expect(one.messages.map((m) => m.text)).toEqual([
      "Ik ben [NAME_1], mail [EMAIL_1]",
      "Mijn zus [NAME_2] komt ook, haar mail is [EMAIL_2]",
      "[NAME_1] hier weer, mail [EMAIL_1]",
    ]);
    // Another conversation starts its own numbering: Eva is 1 there.
    const two = r.redactConversation(["Eva Jansen: eva@example.org"]);
    expect(two.messages[0]!.text).toBe("[NAME_1]: [EMAIL_1]");
    // Dutch labels follow the label language.
    const nl = createRedactor({ policy: "research", labels: "nl" }).redact("bel me: 06-12345678");
    expect(nl.text).toBe("bel me: [TELEFOON_1]");
  });

  it("realistic pseudonyms are names, reserved e-mail domains and reserved fictional phone numbers", () => {
    const r = createRedactor({
      key: keyA,
      labels: "en",
      operators: { default: { type: "pseudonym", style: "realistic" } },
      categories: ["name", "email", "phone", "iban"],
    });
    const out = r.redact(
      "I'm Peter Johnson, email peter.johnson@gmail.com, call +31 6 12345678 or IBAN NL91ABNA0417164300",
    ).text;
    const m =
      /^I'm ([A-Z]\w+ [A-Z]\w+), email ([a-z]+\.[a-z]+@example\.(?:com|nl|org|net)), call (\+44 7700 900\d{3}) or IBAN \[IBAN_1\]$/.exec(
        out,
      );
    expect(m, out).not.toBeNull();
    expect(out).not.toContain("Peter");
    // Same value, same replacement, under the same key.
    expect(r.redact("I'm Peter Johnson").text).toBe(`I'm ${m![1]}`);
  });

  it("realistic replacements are one-to-one within a conversation and survive the state", () => {
    const people = [
      "Wim",
      "Kees",
      "Joop",
      "Henk",
      "Truus",
      "Bep",
      "Ria",
      "Gerrit",
      "Dirk",
      "Mien",
      "Fenna",
      "Sjaak",
      "Toos",
      "Klaas",
    ];
    const r = createRedactor({
      key: keyA,
      labels: "nl",
      deny: people.map((term) => ({ term, category: "name" as const })),
      operators: { name: { type: "pseudonym", style: "realistic" } },
    });
    const conv = r.redactConversation(people.map((p) => `groetjes van ${p}`));
    const given = conv.messages.map((m) => m.text.replace("groetjes van ", ""));
    expect(new Set(given).size).toBe(people.length);
    for (const g of given) expect(g).toMatch(/^[A-Z]\p{L}+$/u);
    expect(JSON.stringify(conv.state)).not.toMatch(/Wim|Kees|Klaas/);
    const later = r.redactConversation(["Klaas en Wim"], { state: conv.state });
    expect(later.messages[0]!.text).toBe(`${given.at(-1)} en ${given[0]}`);
  });

  it("keyed style without a key is a configuration error", () => {
    expect(() =>
      createRedactor({ operators: { name: { type: "pseudonym", style: "keyed" } } }),
    ).toThrow(RedactError);
  });
});
