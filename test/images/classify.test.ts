import { describe, expect, it, vi } from "vitest";
import { RedactError, createRedactor, redact, reportSchema } from "../../src/index.js";
import type { ImageClassifier } from "../../src/images/types.js";
import { HEADERS } from "./headers.js";

const jpeg = Uint8Array.from([...HEADERS.jpeg!, 1, 2, 3, 4, 5, 6, 7, 8]);
const png = Uint8Array.from([...HEADERS.png!, 9, 9, 9, 9]);

// A stand-in classifier: calls every PNG nude, every JPEG not.
const byFormat: ImageClassifier = (_bytes, info) =>
  info.format === "png"
    ? { nude: true, score: 0.93, label: "Porn", source: "test" }
    : info.format === "jpeg"
      ? { nude: false, score: 0.04, label: "Neutral", source: "test" }
      : null;

describe("attachments and the classifyImage hook", () => {
  it("classifies attachments and puts the verdicts in the result and the report", () => {
    const classify = vi.fn(byFormat);
    const redactor = createRedactor({ classifyImage: classify });
    const r = redactor.redact("kijk eens wat ik voor je heb 😘", {
      attachments: [
        { id: "a1", bytes: jpeg, mimeType: "image/jpeg" },
        { id: "a2", bytes: png.buffer.slice(0) as ArrayBuffer, name: "x.png" },
      ],
    });
    expect(classify).toHaveBeenCalledTimes(2);
    expect(classify.mock.calls[0]![1]).toMatchObject({
      format: "jpeg",
      origin: "attachment",
      mimeType: "image/jpeg",
    });
    expect(r.images).toEqual([
      {
        index: 0,
        id: "a1",
        format: "jpeg",
        nude: false,
        score: 0.04,
        label: "Neutral",
        source: "test",
      },
      { index: 1, id: "a2", format: "png", nude: true, score: 0.93, label: "Porn", source: "test" },
    ]);
    expect(r.report.nude).toBe(true);
    expect(r.report.categories.image).toBe(2);
    expect(r.report.risk).toBe("high");
    expect(reportSchema.parse(r.report)).toEqual(r.report);
    // The text itself had no image to redact.
    expect(r.text).toBe("kijk eens wat ik voor je heb 😘");
  });

  it("uses a verdict the caller already has, without a classifier", () => {
    const r = createRedactor().redact("voor jou", {
      attachments: [
        { verdict: { nude: true, score: 0.88, source: "moderation" } },
        { bytes: jpeg },
      ],
    });
    expect(r.images).toEqual([
      { index: 0, format: null, nude: true, score: 0.88, source: "moderation" },
      { index: 1, format: "jpeg", nude: null },
    ]);
    expect(r.report.nude).toBe(true);
  });

  it("survives a classifier that throws: the image is unclassified, the message redacted", () => {
    const redactor = createRedactor({
      classifyImage: () => {
        throw new Error("model not loaded");
      },
    });
    const r = redactor.redact("[foto] mijn mail is piet@example.nl", {
      attachments: [{ bytes: png }],
    });
    expect(r.images).toEqual([{ index: 0, format: "png", nude: null, error: true }]);
    expect(r.text).toBe("[IMG] mijn mail is [EMAIL]");
    expect(r.report.failedClosed).toBeUndefined();
  });

  it("runs the classifier on images embedded in the text", () => {
    const classify = vi.fn(byFormat);
    const redactor = createRedactor({ classifyImage: classify });
    const uri = `data:image/png;base64,${Buffer.from(png).toString("base64")}`;
    const r = redactor.redact(`zie hier ${uri}`);
    expect(r.text).toBe("zie hier [IMG]");
    expect(classify).toHaveBeenCalledTimes(1);
    const [bytes, info] = classify.mock.calls[0]!;
    expect([...bytes]).toEqual([...png]);
    expect(info).toMatchObject({ format: "png", origin: "inline", mimeType: "image/png" });
    expect(r.findings[0]).toMatchObject({ category: "image", nude: true });
    expect(r.report.nude).toBe(true);
  });

  it("has no images field without attachments", () => {
    expect("images" in redact("hallo")).toBe(false);
  });

  it("passes attachments through redactConversation", () => {
    const redactor = createRedactor({ classifyImage: byFormat });
    const c = redactor.redactConversation([
      "hoi!",
      { text: "deze is alleen voor jou", attachments: [{ bytes: png }] },
    ]);
    expect(c.messages[1]!.images?.[0]?.nude).toBe(true);
    expect(c.report.nude).toBe(true);
  });

  it("rejects a classifyImage that is not a function", () => {
    expect(() => createRedactor({ classifyImage: "nsfwjs" as unknown as ImageClassifier })).toThrow(
      RedactError,
    );
  });
});
