import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { reportSchema, conversationReportSchema } from "../../src/index.js";
import { riskOf, summarize } from "../../src/report/build.js";

describe("report", () => {
  it("ships a JSON Schema generated from the zod schemas", () => {
    const file = JSON.parse(
      readFileSync(join(__dirname, "../../schema/report.schema.json"), "utf8"),
    );
    const fresh = z.toJSONSchema(reportSchema) as Record<string, unknown>;
    delete fresh.$schema;
    expect(file.$defs.MessageReport).toEqual(fresh);
    const conv = z.toJSONSchema(conversationReportSchema) as Record<string, unknown>;
    delete conv.$schema;
    expect(file.$defs.ConversationReport).toEqual(conv);
  });

  it("grades risk", () => {
    expect(riskOf({}, false, [])).toBe("none");
    expect(riskOf({ email: 1 }, false, [])).toBe("low");
    expect(riskOf({ health: 2, email: 1 }, false, [])).toBe("medium");
    expect(riskOf({ health: 1, mental: 1 }, false, [])).toBe("high");
    expect(riskOf({ image: 1 }, true, [])).toBe("high");
    expect(riskOf({}, false, ["vulnerability"])).toBe("high");
    expect(riskOf({}, false, ["crisis"])).toBe("critical");
  });

  it("summarises special categories first", () => {
    expect(summarize({ email: 3, health: 2, mental: 1 }, ["vulnerability"])).toBe(
      "health ×2, mental ×1, email ×3; signals: vulnerability",
    );
    expect(summarize({}, [])).toBe("nothing sensitive");
  });
});
