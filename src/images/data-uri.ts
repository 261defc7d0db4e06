import { SNIFF_BYTES, decodeBase64, isBase64Char, sniffImage, type ImageFormat } from "./magic.js";

/** A `data:` URI or a bare base64 blob found in a message. */
export interface InlineImage {
  /** The whole URI or blob, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The payload (after the comma of a data URI; the blob itself otherwise). */
  readonly payloadStart: number;
  readonly payloadEnd: number;
  readonly base64: boolean;
  /** Declared MIME type of a data URI (lowercase), or null. */
  readonly mimeType: string | null;
  /** Format from the magic number of the first decoded bytes, or null. */
  readonly format: ImageFormat | null;
  /** True when the declared type or the magic number says image (or video). */
  readonly image: boolean;
}

// The header of a data URI, matched at a known "data:" position (sticky).
// Bounded repetitions only, so it is linear whatever follows.
const HEAD = /data:([a-z]{1,32}\/[\w.+-]{1,80})?((?:;[\w.+-]{1,64}(?:=[\w.+%-]{0,128})?){0,8}),/iy;
const BASE64_PARAM = /;base64(?:;|$)/i;
const DATA = /data:/gi;
// A bare base64 run long enough to hold a header (32 chars = 24 bytes).
const MIN_RUN = 32;
const EQ = 61; // "="
const MAX_PLAIN = 4 * 1024 * 1024;

/** Cheap test whether a message can hold a data URI. */
export function mayHoldDataUri(text: string): boolean {
  return text.includes("data:") || text.includes("DATA:") || text.includes("Data:");
}

/**
 * Every `data:` URI in `text`, image or not, in order. Linear: one regex
 * search for "data:", a bounded header match, then one pass over the payload.
 */
export function findDataUris(text: string, out: InlineImage[]): void {
  DATA.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATA.exec(text)) !== null) {
    const at = m.index;
    if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
    const found = dataUriAt(text, at);
    if (found === null) continue;
    out.push(found);
    DATA.lastIndex = Math.max(found.end, at + 5);
  }
}

/** The data URI that starts at `at`, or null when there is none. */
export function dataUriAt(text: string, at: number): InlineImage | null {
  HEAD.lastIndex = at;
  const h = HEAD.exec(text);
  if (h === null) return null;
  const mimeType = h[1] !== undefined ? h[1].toLowerCase() : null;
  const base64 = BASE64_PARAM.test(h[2] ?? "");
  const payloadStart = at + h[0].length;
  let end = payloadStart;
  if (base64) {
    while (end < text.length && isBase64Char(text.charCodeAt(end))) end++;
    let pad = 0;
    while (pad < 2 && text.charCodeAt(end) === EQ) {
      end++;
      pad++;
    }
  } else {
    const limit = Math.min(text.length, payloadStart + MAX_PLAIN);
    while (end < limit && !isPlainStop(text.charCodeAt(end))) end++;
  }
  const format = base64 ? sniffImage(decodeBase64(text, payloadStart, end, SNIFF_BYTES)) : null;
  const declared =
    mimeType !== null && (mimeType.startsWith("image/") || mimeType.startsWith("video/"));
  if (end === payloadStart && !declared) return null;
  return {
    start: at,
    end,
    payloadStart,
    payloadEnd: end,
    base64,
    mimeType,
    format,
    image: declared || format !== null,
  };
}

/**
 * Bare base64 blobs whose first decoded bytes are an image (a pasted
 * "/9j/4AAQ…" or "iVBORw0KGgo…" without any MIME type). Runs inside `skip`
 * ranges (sorted, e.g. data URIs already found) are ignored.
 */
export function findBase64Images(
  text: string,
  skip: readonly InlineImage[],
  out: InlineImage[],
): void {
  const n = text.length;
  let k = 0;
  let floor = 0;
  // A run of MIN_RUN or more characters covers one of every MIN_RUN
  // consecutive positions, so probing every MIN_RUN-th character finds all of
  // them; only the runs around a probe are walked. Sub-linear on chat text.
  let i = MIN_RUN - 1;
  while (i < n) {
    if (!isBase64Char(text.charCodeAt(i))) {
      i += MIN_RUN;
      continue;
    }
    let start = i;
    while (start > floor && isBase64Char(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < n && isBase64Char(text.charCodeAt(end))) end++;
    const runEnd = end;
    floor = runEnd;
    i = runEnd + MIN_RUN;
    if (end - start < MIN_RUN) continue;
    while (end < n && end - runEnd < 2 && text.charCodeAt(end) === EQ) end++;
    while (k < skip.length && skip[k]!.end <= start) k++;
    if (k < skip.length && skip[k]!.start < end) continue;
    const format = sniffImage(decodeBase64(text, start, end, SNIFF_BYTES));
    if (format === null) continue;
    out.push({
      start,
      end,
      payloadStart: start,
      payloadEnd: end,
      base64: true,
      mimeType: null,
      format,
      image: true,
    });
  }
}

function isWordChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127
  );
}

// A percent-encoded payload ends at whitespace, a quote, a bracket or ">".
function isPlainStop(c: number): boolean {
  return (
    c <= 32 || c === 34 || c === 39 || c === 41 || c === 60 || c === 62 || c === 93 || c === 125
  );
}
