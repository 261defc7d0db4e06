import { describe, expect, it } from "vitest";
import { redact } from "../../src/index.js";

const lang = (text: string) => redact(text).report.language.code;

describe("language detection", () => {
  it("settles short Dutch chat from function words and chat spelling", () => {
    expect(lang("hb je nog zin?")).toBe("nl");
    expect(lang("wat doe je vanavond schat")).toBe("nl");
  });

  it("settles short English chat", () => {
    expect(lang("what are you doing tonight honey")).toBe("en");
    expect(lang("i miss you so much")).toBe("en");
  });

  it("reports mixed messages", () => {
    expect(lang("ik mis je zo erg, you are the best thing in my life")).toBe("mixed");
  });

  it("falls back to franc for longer text with little function-word evidence", () => {
    expect(lang("Prachtige zonsondergang gisteravond boven zee, helemaal oranje gekleurd")).toBe(
      "nl",
    );
  });

  it("returns und for text without words", () => {
    expect(lang("😀😀 !!!")).toBe("und");
    expect(redact("").report.language.confidence).toBe(0);
  });
});
