import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRedactor, optionsSchema, RedactError } from "../../src/index.js";

// createRedactor either accepts options or throws one RedactError with code
// INVALID_OPTIONS and an issue per bad field; no other error ever escapes.

function outcome(options: unknown): "ok" | RedactError {
  try {
    createRedactor(options as Parameters<typeof createRedactor>[0]);
    return "ok";
  } catch (e) {
    if (e instanceof RedactError) return e;
    throw new Error(`not a RedactError: ${String(e)}`, { cause: e });
  }
}

/** Values of the wrong type or range for each option. */
const badField = fc.oneof(
  fc.record({
    threshold: fc.oneof(
      fc.double({ min: 1.0001, noNaN: true }),
      fc.double({ max: -0.0001, noNaN: true }),
      fc.constant(Number.NaN),
      fc.string(),
    ),
  }),
  fc.record({
    categories: fc.oneof(
      fc.constant(["healthy"]),
      fc.string(),
      fc.array(fc.integer(), { minLength: 1 }),
    ),
  }),
  fc.record({ labels: fc.string().filter((s) => !["en", "nl", "auto"].includes(s)) }),
  fc.record({ language: fc.constantFrom("de", "NL", "", 1) }),
  fc.record({ includeValues: fc.constantFrom("yes", 1, null) }),
  fc.record({
    operators: fc.constantFrom(
      { health: "explode" },
      { nope: "tag" },
      { email: { type: "mask", char: "" } },
      "tag",
    ),
  }),
  fc.record({ classifyImage: fc.constantFrom("nsfw", 1, {}) }),
  fc.dictionary(
    fc.string().filter((k) => !(k in optionsSchema.shape) && k !== "__proto__"),
    fc.anything(),
    { minKeys: 1, maxKeys: 3 },
  ),
);

describe("options", () => {
  it("any value as options: accepted, or one RedactError and nothing else", () => {
    fc.assert(
      fc.property(fc.anything(), (options) => {
        const r = outcome(options);
        if (r !== "ok") {
          expect(r.code).toBe("INVALID_OPTIONS");
          expect(r.issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a bad field always gives a RedactError naming that field", () => {
    fc.assert(
      fc.property(badField, (options) => {
        const r = outcome(options);
        expect(r).toBeInstanceOf(RedactError);
        const err = r as RedactError;
        expect(err.code).toBe("INVALID_OPTIONS");
        const field = Object.keys(options)[0]!;
        expect(err.issues.map((i) => i.path.split(".")[0]).concat(err.message)).toEqual(
          expect.arrayContaining([expect.stringContaining(field)]),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("non-object options are rejected with a RedactError", () => {
    for (const options of [42, "tag", true, [1, 2]]) {
      const r = outcome(options);
      expect(r).toBeInstanceOf(RedactError);
    }
  });
});
