import { describe, expect, it } from "vitest";
import { SPECIAL_CATEGORIES, createRedactor } from "../../src/index.js";
import { HEADERS } from "../images/headers.js";

// Special categories and links: the identifier recognizers (phone, card, …)
// have their own tests and are not what these base64-heavy inputs exercise.
const redactor = createRedactor({ categories: [...SPECIAL_CATEGORIES, "url"] });

/** Base64 of a real header followed by pseudo-random bytes (deterministic). */
function payload(format: string, bytes: number): string {
  const head = HEADERS[format]!;
  const out = new Uint8Array(bytes);
  out.set(head);
  let x = 0x2545f491;
  for (let i = head.length; i < bytes; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return Buffer.from(out).toString("base64");
}

describe("data URIs", () => {
  it("redacts a data URI with an image type as a whole", () => {
    const uri = `data:image/jpeg;base64,${payload("jpeg", 300)}`;
    const text = `kan niet uploaden in de app dus zo: ${uri} 🙈`;
    const r = redactor.redact(text);
    expect(r.text).toBe("kan niet uploaden in de app dus zo: [IMG] 🙈");
    const f = r.findings.find((x) => x.category === "image")!;
    expect(text.slice(f.start, f.end)).toBe(uri);
    expect(f.recognizer).toBe("image.data");
  });

  it("takes the padding and parameters with it", () => {
    const uri = `data:image/png;name=ik.png;base64,${payload("png", 61)}`;
    expect(uri.endsWith("=")).toBe(true);
    expect(redactor.redact(`${uri}.`).text).toBe("[IMG].");
  });

  it("redacts an SVG or percent-encoded image data URI by its type", () => {
    const r = redactor.redact(
      "logo: data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%22%3E%3C%2Fsvg%3E ok",
    );
    expect(r.text).toBe("logo: [IMG] ok");
  });

  it("leaves a text data URI alone", () => {
    const r = redactor.redact(
      "data:text/plain;base64,aGFsbG8gaG9lIGdhYXQgaGV0IG1ldCBqb3U/IGlrIG1pcyBqZQ==",
    );
    expect(r.findings.some((f) => f.category === "image")).toBe(false);
  });

  it("finds a pasted JPEG without any prefix, in a mixed message", () => {
    const blob = payload("jpeg", 120);
    expect(blob.startsWith("/9j/")).toBe(true);
    const r = redactor.redact(`sorry de app doet raar, here it is: ${blob} enjoy 😘`);
    expect(r.text).toBe("sorry de app doet raar, here it is: [IMG] enjoy 😘");
  });

  it("handles a 1 MB data URI in linear time", () => {
    // Image categories only: the timing is about the image recognizers and the
    // shared pipeline stages, not about the identifier recognizers.
    const images = createRedactor({ categories: ["image"] });
    const time = (chars: number): number => {
      const text = `hier is hij: data:image/jpeg;base64,${payload("jpeg", Math.ceil((chars * 3) / 4))} x`;
      const t0 = performance.now();
      const r = images.redact(text);
      const ms = performance.now() - t0;
      expect(r.text).toBe("hier is hij: [IMG] x");
      return ms;
    };
    time(10_000); // warm up
    const small = Math.min(time(100_000), time(100_000));
    const large = Math.min(time(1_000_000), time(1_000_000));
    // Ten times the input: linear is ~10×; anything quadratic would be ~100×.
    expect(large / small).toBeLessThan(30);
    expect(large).toBeLessThan(10_000);
  }, 60_000);
});
