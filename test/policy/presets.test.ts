import { describe, expect, it } from "vitest";
import { createRedactor, POLICIES } from "../../src/index.js";

const TEXT =
  "Ik ben Karin Mulder, 67 jaar, ik heb diabetes en woon in Zwolle. Volgende week ga ik naar Parijs. Mail: karin@example.nl";

describe("policy presets", () => {
  it("logbook tags every special category and identifier, not ages or holiday places", () => {
    const r = createRedactor({ policy: "logbook", labels: "nl" }).redact(TEXT);
    expect(r.text).toBe(
      "Ik ben [NAAM], 67 jaar, ik heb [GEZONDHEID] en woon in [WOONPLAATS]. Volgende week ga ik naar Parijs. Mail: [EMAIL]",
    );
  });

  it("research pseudonymises identifiers and tags special categories", () => {
    const r = createRedactor({ policy: "research" }).redact(TEXT);
    expect(r.text).toBe(
      "Ik ben [NAME_1], 67 jaar, ik heb [HEALTH] en woon in [LOCATION_1]. Volgende week ga ik naar Parijs. Mail: [EMAIL_1]",
    );
  });

  it("strict also redacts ages and every place name", () => {
    const r = createRedactor({ policy: "strict" }).redact(TEXT);
    expect(r.text).toBe(
      "Ik ben [NAME], [AGE], ik heb [HEALTH] en woon in [LOCATION]. Volgende week ga ik naar [PLACE]. Mail: [EMAIL]",
    );
    const en = createRedactor({ policy: "strict" }).redact(
      "I'm 54 and flying to Amsterdam tomorrow",
    );
    expect(en.text).toBe("I'm [AGE] and flying to [PLACE] tomorrow");
    // Ages stay without strict.
    expect(createRedactor().redact("I'm 54 and flying to Amsterdam tomorrow").findings).toEqual([]);
  });

  it("per-category overrides win over the preset", () => {
    const r = createRedactor({
      policy: "research",
      operators: { email: "remove", health: { type: "mask", char: "#" } },
    }).redact("ik heb diabetes, mail karin@example.nl");
    expect(r.text).toBe("ik heb ########, mail ");
    expect(Object.keys(POLICIES)).toEqual(["logbook", "research", "strict"]);
  });

  it("consent keeps the text of that category and still reports it (Art. 9(2)(a))", () => {
    const r = createRedactor({ consent: ["health"] }).redact(
      "Ik heb diabetes en ik ben moslim, bel 06-12345678",
    );
    expect(r.text).toBe("Ik heb diabetes en ik ben [RELIGION], bel [PHONE]");
    const health = r.findings.find((f) => f.category === "health")!;
    expect(health.consent).toBe(true);
    expect(r.findings.find((f) => f.category === "religion")!.consent).toBeUndefined();
    expect(r.report.categories.health).toBe(1);
    expect(r.report.special).toBe(true);
  });
});
