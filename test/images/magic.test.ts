import { describe, expect, it } from "vitest";
import { decodeBase64, sniffImage } from "../../src/images/magic.js";
import { SPECIAL_CATEGORIES, createRedactor } from "../../src/index.js";
import { HEADERS } from "./headers.js";

const NOT_IMAGES: Record<string, number[]> = {
  pdf: [...Buffer.from("%PDF-1.7\n%\u00e2\u00e3")],
  zip: [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00],
  mp3: [0x49, 0x44, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00],
  mp4: [
    0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6d, 0x70, 0x34, 0x32, 0x00, 0x00, 0x00, 0x00,
  ],
  text: [...Buffer.from("hallo, hoe gaat het met je?")],
};

// Special categories and links: the identifier recognizers (phone, card, …)
// have their own tests and are not what these base64 inputs exercise.
const redactor = createRedactor({ categories: [...SPECIAL_CATEGORIES, "url"] });

describe("sniffImage", () => {
  for (const [format, bytes] of Object.entries(HEADERS)) {
    it(`recognises ${format} from its header bytes`, () => {
      expect(sniffImage(Uint8Array.from(bytes))).toBe(format);
    });
  }
  for (const [what, bytes] of Object.entries(NOT_IMAGES)) {
    it(`does not call ${what} an image`, () => {
      expect(sniffImage(Uint8Array.from(bytes))).toBeNull();
    });
  }
  it("needs enough bytes", () => {
    expect(sniffImage(Uint8Array.from([0xff, 0xd8]))).toBeNull();
    expect(sniffImage(Uint8Array.from([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
  });
});

describe("decodeBase64", () => {
  it("decodes standard and URL-safe base64, stopping after the bytes asked for", () => {
    const bytes = Uint8Array.from(HEADERS.jpeg!);
    const std = Buffer.from(bytes).toString("base64");
    const url = Buffer.from(bytes).toString("base64url");
    expect([...decodeBase64(std, 0, std.length)]).toEqual([...bytes]);
    expect([...decodeBase64(url, 0, url.length)]).toEqual([...bytes]);
    expect([...decodeBase64(std, 0, std.length, 3)]).toEqual([0xff, 0xd8, 0xff]);
  });
});

describe("magic numbers through the public API", () => {
  for (const [format, bytes] of Object.entries(HEADERS)) {
    const b64 = Buffer.from([
      ...bytes,
      ...Array.from({ length: 48 }, (_, i) => (i * 37) & 0xff),
    ]).toString("base64");
    it(`redacts a ${format} blob pasted without a MIME type`, () => {
      const text = `kijk even wat ik gevonden heb ${b64} wat vind je ervan?`;
      const r = redactor.redact(text);
      expect(r.text).toBe("kijk even wat ik gevonden heb [IMG] wat vind je ervan?");
      expect(r.findings).toEqual([
        expect.objectContaining({ category: "image", recognizer: "image.data", nude: false }),
      ]);
    });
    it(`redacts a ${format} data URI that declares no or the wrong type`, () => {
      for (const head of [
        "data:;base64,",
        "data:application/octet-stream;base64,",
        "data:text/plain;base64,",
      ]) {
        const r = redactor.redact(`here you go ${head}${b64}`);
        expect(r.text).toBe("here you go [IMG]");
      }
    });
  }
  it("leaves base64 that is not an image alone", () => {
    const pdf = Buffer.from([...NOT_IMAGES.pdf!, ...Array(40).fill(65)]).toString("base64");
    const r = redactor.redact(`factuur als base64: ${pdf}`);
    expect(r.findings.filter((f) => f.category === "image")).toEqual([]);
    const jwt =
      "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    expect(
      redactor.redact(`mijn token is ${jwt}`).findings.some((f) => f.category === "image"),
    ).toBe(false);
  });
});
