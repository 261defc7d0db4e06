/**
 * Text cells as bytes. SQLite lets a TEXT column hold bytes that are not valid
 * UTF-8; the sweeper must redact such a cell without destroying the bytes it
 * does not redact. Invalid bytes are carried through the redactor as lone low
 * surrogates U+DC80..U+DCFF (one per byte, the "surrogateescape" idea), which
 * valid UTF-8 can never produce, and turned back into the same bytes when the
 * redacted text is written. Everything outside a redacted span survives byte
 * for byte.
 */

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export interface DecodedText {
  readonly text: string;
  /** How many bytes were not valid UTF-8 (0 for a valid cell). */
  readonly invalidBytes: number;
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  try {
    return { text: strict.decode(bytes), invalidBytes: 0 };
  } catch {
    return decodeEscaped(bytes);
  }
}

/** Length of the valid UTF-8 sequence starting at i, or 0 when the byte there is invalid. */
function sequenceLength(b: Uint8Array, i: number): number {
  const b0 = b[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean =>
    i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0; // no UTF-16 surrogates
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

function decodeEscaped(bytes: Uint8Array): DecodedText {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let out = "";
  let invalid = 0;
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    out += decoder.decode(bytes.subarray(runStart, i)) + String.fromCharCode(0xdc00 + bytes[i]!);
    invalid++;
    i++;
    runStart = i;
  }
  out += decoder.decode(bytes.subarray(runStart));
  return { text: out, invalidBytes: invalid };
}

const ESCAPE = /[\uDC80-\uDCFF]/u;

/** Encode text back to bytes; escaped bytes (lone U+DC80..U+DCFF) become the original bytes again. */
export function encodeText(text: string): Uint8Array {
  // With the u flag a surrogate pair is one code point, so this matches lone escapes only.
  if (!ESCAPE.test(text)) return Buffer.from(text, "utf8");
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff && !(i > 0 && isHigh(text.charCodeAt(i - 1)))) {
      parts.push(Buffer.from(text.slice(start, i), "utf8"), Buffer.of(c - 0xdc00));
      start = i + 1;
    }
  }
  parts.push(Buffer.from(text.slice(start), "utf8"));
  return Buffer.concat(parts);
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** True when the text holds escaped bytes (so it must be written as bytes, not as a string). */
export function hasEscapes(text: string): boolean {
  return ESCAPE.test(text);
}
