import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBytes, encodeText } from "../../src/sweep/bytes.js";

describe("sweep byte codec (invalid UTF-8 kept byte for byte)", () => {
  it("decodes valid UTF-8 exactly like the platform, keeping a byte order mark", () => {
    const text = "\uFEFFIk heb diabetes 🙂 en één kat";
    const d = decodeBytes(Buffer.from(text, "utf8"));
    expect(d).toEqual({ text, invalidBytes: 0 });
  });

  it("carries invalid bytes as escapes and writes them back unchanged", () => {
    const bytes = Buffer.concat([
      Buffer.from("ik slik "),
      Buffer.of(0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf0, 0x9f),
      Buffer.from(" antidepressiva"),
    ]);
    const d = decodeBytes(bytes);
    expect(d.invalidBytes).toBe(7);
    expect(d.text.startsWith("ik slik \uDCFF\uDCC3(")).toBe(true);
    expect(Buffer.from(encodeText(d.text))).toEqual(bytes);
  });

  it("round-trips any byte string", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(Buffer.from(encodeText(decodeBytes(bytes).text))).toEqual(Buffer.from(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps the untouched bytes when a span in between is replaced", () => {
    const bytes = Buffer.concat([Buffer.of(0xfe), Buffer.from(" heeft kanker "), Buffer.of(0x80)]);
    const d = decodeBytes(bytes);
    const redacted = d.text.replace("kanker", "[HEALTH]");
    expect(Buffer.from(encodeText(redacted))).toEqual(
      Buffer.concat([Buffer.of(0xfe), Buffer.from(" heeft [HEALTH] "), Buffer.of(0x80)]),
    );
  });
});
