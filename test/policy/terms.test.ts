import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

describe("allow and deny lists", () => {
  it("allow-listed terms are never redacted (case-insensitive, multi-word, both languages)", () => {
    const plain = createRedactor();
    expect(plain.redact("Ik woon in Den Haag en heb diabetes").text).toBe(
      "Ik woon in [LOCATION] en heb [HEALTH]",
    );
    const r = createRedactor({ allow: ["den haag", "DIABETES"] });
    expect(r.redact("Ik woon in Den Haag en heb diabetes").text).toBe(
      "Ik woon in Den Haag en heb diabetes",
    );
    expect(r.redact("I live in den  haag").text).toBe("I live in den  haag");
    // Whole words only: another word that merely contains the term is still redacted.
    expect(r.redact("ik heb diabetesklachten").text).not.toContain("diabetesklachten");
    // An allowed contact address of the platform stays; others go.
    const support = createRedactor({ allow: ["support@example.com"] });
    expect(support.redact("mail support@example.com of jan@example.nl").text).toBe(
      "mail support@example.com of [EMAIL]",
    );
  });

  it("deny-listed terms are always redacted, under their category or a generic one", () => {
    const r = createRedactor({
      deny: [
        "Project Tulp",
        { term: "Sint-Antonius Ziekenhuis", category: "health" },
        "Blue Lagoon Club",
      ],
      labels: "nl",
    });
    const out = r.redact("Ik lag in het sint-antonius ziekenhuis en werk aan PROJECT TULP.");
    expect(out.text).toBe("Ik lag in het [GEZONDHEID] en werk aan [AFGESCHERMD].");
    expect(out.findings.map((f) => [f.category, f.recognizer])).toEqual([
      ["health", "deny-list"],
      ["custom", "deny-list"],
    ]);
    expect(
      createRedactor({ deny: ["blue lagoon club"] }).redact("See you at the Blue Lagoon Club!")
        .text,
    ).toBe("See you at the [REDACTED]!");
    // Deny wins over allow: fail closed.
    expect(createRedactor({ allow: ["tulp"], deny: ["tulp"] }).redact("code tulp").text).toBe(
      "code [REDACTED]",
    );
  });
});
