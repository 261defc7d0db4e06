/**
 * Image format sniffing by magic numbers, and a small base64 decoder that can
 * stop after the first bytes. Shared by the data-URI recognizer, the
 * attachment classification and the `chat-redact/nsfw` adapter. No Node APIs:
 * runs in a browser too.
 */

export type ImageFormat =
  "jpeg" | "png" | "gif" | "webp" | "heic" | "heif" | "avif" | "bmp" | "tiff";

/** Bytes needed to recognise every format below. */
export const SNIFF_BYTES = 16;

const ASCII = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const GIF87 = ASCII("GIF87a");
const GIF89 = ASCII("GIF89a");
const RIFF = ASCII("RIFF");
const WEBP = ASCII("WEBP");
const FTYP = ASCII("ftyp");
// ISO-BMFF brands (bytes 8..11 after "ftyp") of still-image files.
const BRANDS: ReadonlyMap<string, ImageFormat> = new Map([
  ["heic", "heic"],
  ["heix", "heic"],
  ["hevc", "heic"],
  ["hevx", "heic"],
  ["heim", "heic"],
  ["heis", "heic"],
  ["mif1", "heif"],
  ["msf1", "heif"],
  ["avif", "avif"],
  ["avis", "avif"],
]);

function startsWith(b: ArrayLike<number>, sig: readonly number[], at = 0): boolean {
  if (b.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

/**
 * The image format of a byte buffer from its first bytes, or null. JPEG
 * (FF D8 FF), PNG (8-byte signature), GIF (GIF87a/GIF89a), WebP (RIFF….WEBP),
 * HEIC/HEIF/AVIF (ISO-BMFF `ftyp` box with an image brand), BMP ("BM" with
 * zero reserved words) and TIFF (II*\0 / MM\0*).
 */
export function sniffImage(b: ArrayLike<number>): ImageFormat | null {
  if (b.length < 3) return null;
  const b0 = b[0]!;
  if (b0 === 0xff) return b[1] === 0xd8 && b[2] === 0xff ? "jpeg" : null;
  if (b0 === 0x89) return startsWith(b, PNG) ? "png" : null;
  if (b0 === 0x47) return startsWith(b, GIF89) || startsWith(b, GIF87) ? "gif" : null;
  if (b0 === 0x52) return startsWith(b, RIFF) && startsWith(b, WEBP, 8) ? "webp" : null;
  if (b0 === 0x42) {
    // "BM", file size, two reserved 16-bit words that are zero, pixel offset.
    if (b[1] !== 0x4d || b.length < 14) return null;
    return b[6] === 0 && b[7] === 0 && b[8] === 0 && b[9] === 0 && b[11] === 0 ? "bmp" : null;
  }
  if (b0 === 0x49 || b0 === 0x4d) {
    if (b.length < 8) return null;
    if (b0 === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0) return "tiff";
    if (b0 === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 0x2a) return "tiff";
    return null;
  }
  if (startsWith(b, FTYP, 4) && b.length >= 12) {
    const brand = String.fromCharCode(b[8]!, b[9]!, b[10]!, b[11]!);
    return BRANDS.get(brand) ?? null;
  }
  return null;
}

/** MIME type of a sniffed format. */
export function mimeOf(format: ImageFormat): string {
  return format === "jpeg" ? "image/jpeg" : `image/${format}`;
}

// Base64 alphabet, standard and URL-safe; -1 for anything else.
const B64 = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++)
  B64["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".charCodeAt(i)] = i;
B64["-".charCodeAt(0)] = 62;
B64["_".charCodeAt(0)] = 63;

/** True for a base64 character (standard or URL-safe alphabet, no padding). */
export function isBase64Char(code: number): boolean {
  return code < 128 && B64[code]! >= 0;
}

/**
 * Decode base64 characters `text[start..end)` into at most `maxBytes` bytes.
 * Stops at padding or the first character outside the alphabet. Only the
 * characters needed are read, so sniffing a 1 MB blob costs a few dozen steps.
 */
export function decodeBase64(
  text: string,
  start: number,
  end: number,
  maxBytes = Number.POSITIVE_INFINITY,
): Uint8Array {
  const chars = Math.min(
    end - start,
    Number.isFinite(maxBytes) ? Math.ceil(maxBytes / 3) * 4 : end - start,
  );
  const out = new Uint8Array(Math.floor((chars * 3) / 4));
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = start; i < start + chars; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? B64[c]! : -1;
    if (v < 0) break;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
      if (n >= maxBytes) break;
    }
  }
  return n === out.length ? out : out.subarray(0, n);
}
