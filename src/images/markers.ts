import type { Token } from "../pipeline/tokenize.js";
import { IMAGE_EXTENSIONS } from "./url.js";

/**
 * Attachment markers of chat platforms and exports, image file names and
 * Markdown/HTML images, found by a few linear scans of the message text.
 * Every regex has bounded repetitions; each scan runs only when a cheap
 * `includes` pre-check says it can match.
 */

export interface MarkerMatch {
  readonly start: number;
  readonly end: number;
  readonly kind: "marker" | "file" | "markdown" | "html";
}

// First words of a marker that always mean an image or video.
const IMAGE_WORDS: ReadonlySet<string> = new Set([
  "afbeelding",
  "afbeeldingen",
  "foto",
  "foto's",
  "fotos",
  "fotootje",
  "fotootjes",
  "fotoke",
  "image",
  "images",
  "photo",
  "photos",
  "picture",
  "pictures",
  "pic",
  "pics",
  "img",
  "selfie",
  "selfies",
  "screenshot",
  "screenshots",
  "schermafbeelding",
  "schermafbeeldingen",
  "schermafdruk",
  "plaatje",
  "plaatjes",
  "video",
  "video's",
  "videos",
  "filmpje",
  "filmpjes",
  "gif",
  "gifs",
  "sticker",
  "stickers",
  "media",
  "mediabestand",
]);

// First words of a generic attachment: an image unless its file is not one.
const ATTACH_WORDS: ReadonlySet<string> = new Set([
  "bijlage",
  "bijlagen",
  "attachment",
  "attachments",
  "attached",
  "bijgevoegd",
  "file",
  "bestand",
  "upload",
]);

// Last words of an export's placeholder: "<Media weggelaten>", "image omitted".
const OMITTED = /\s(?:omitted|weggelaten|verwijderd|removed|attached|bijgevoegd)$/;
const FIRST_WORD = /^(?:\d{1,3}\s?x?\s)?([\p{L}'’]{1,24})/u;
const EXTENSION = /\.([a-z0-9]{2,5})(?:\s|$)/;
const NAMED = /^(?:attached|bijgevoegd|bijlage|attachment|file|bestand)\s?:\s?(\S[^<>]{0,255})$/;
const IMG_TAG = /^img[\s/]/;

const BRACKET = /\[([^[\]\n]{1,256})\]/g;
const ANGLE = /<([^<>\n]{1,300})>/g;
// iOS WhatsApp export without brackets: "‎image omitted", "‎afbeelding weggelaten".
const PLAIN_OMITTED =
  /\b(?:image|afbeelding|foto|photo|video|gif|sticker|media)\s(?:omitted|weggelaten)\b/gi;
// "(foto)", "(image: beach.jpg)": a placeholder in round brackets, keyword only.
const PAREN =
  /\((?:foto|afbeelding|image|photo|picture|pic|img|media|selfie|video)(?:\s?:[^()\n]{1,129})?\)/gi;
const MARKDOWN = /!\[[^\]\n]{0,256}\]\([^()\s]{1,2048}(?:\s"[^"\n]{0,256}")?\)/g;
// Notification previews: "📷 Foto", "📸 Photo".
const CAMERA = /(?:\u{1F4F7}|\u{1F4F8})\uFE0F?\s?(?:foto|photo|afbeelding|image|video)\b/giu;
// ".jpg" and friends where a file name or link ends.
const EXT_AT = new RegExp(
  String.raw`\.(${[...IMAGE_EXTENSIONS].join("|")})(?![\p{L}\p{N}_])`,
  "giu",
);
// Camera and app file names without an extension: IMG_4417, PXL_20240101_123456789.
// Matched (sticky) only where a word starts with one of the prefixes.
const CAMERA_NAME =
  /(?:(?:IMG|VID|PXL|MVIMG|DSCN?|DSCF|PANO)[_-]?\d{4}|(?:Screenshot|Schermafbeelding|photo|video)_\d{4})[\w-]{0,60}/iy;
const CAMERA_PREFIXES = [
  "img",
  "vid",
  "pxl",
  "mvimg",
  "dsc",
  "pano",
  "screenshot",
  "schermafbeelding",
  "photo",
  "video",
];
const CAMERA_FIRST = new Set(CAMERA_PREFIXES.map((p) => p.charCodeAt(0)));
const WHATSAPP_NAME =
  /\b(?:WhatsApp (?:Image|Video|Afbeelding|Foto)|Screenshot|Screen Shot|Schermafbeelding|Schermopname) \d{4}-\d\d-\d\d (?:at|om|à) \d{1,2}[.:]\d\d[.:]\d\d(?: \(\d{1,3}\))?/gi;
// The words an app puts before a timestamp in a file name, read backwards from the stem.
const NAME_PREFIX =
  /(?:WhatsApp (?:Image|Video|Afbeelding|Foto)|Screenshot|Screen Shot|Schermafbeelding|Schermopname) \d{4}-\d\d-\d\d (?:at|om|à) $/i;
const COPY_TAIL = /\s?\(\d{1,3}\)$/;
const MAX_QUERY = 2048;

/** All image markers, file names and embedded images in `text`, unsorted. */
export function findImageMarkers(text: string, tokens: readonly Token[], out: MarkerMatch[]): void {
  // One pass over the tokens decides which scans can match at all.
  let bracket = false;
  let angle = false;
  let paren = false;
  let omitted = false;
  let markdown = false;
  let camera = false;
  let extension = false;
  let year = false;
  let prev: Token | null = null;
  for (const t of tokens) {
    if (t.kind === "punct") {
      const c = t.norm;
      if (c === "[") bracket = true;
      else if (c === "<") angle = true;
      else if (c === "(") paren = true;
      else if (c === "!" && text.charCodeAt(t.end) === 91) markdown = true;
    } else if (t.kind === "word" || t.kind === "number") {
      // "x.jpg": a dot glued to this word.
      if (prev !== null && prev.kind === "punct" && prev.norm === "." && prev.end === t.start)
        extension = true;
      if (t.kind === "number") {
        if (t.norm.length === 4 && t.norm.startsWith("20")) year = true;
      } else {
        if (t.norm === "omitted" || t.norm === "weggelaten") omitted = true;
        // IMG_4417, DSC-0192, IMG20240101: a separator or a digit follows the prefix.
        const next = text.charCodeAt(t.end);
        if (
          (next === 95 || next === 45 || isDigit(t.norm.charCodeAt(t.norm.length - 1))) &&
          CAMERA_FIRST.has(t.norm.charCodeAt(0))
        )
          cameraName(text, t, out);
      }
    } else if (t.kind === "marker") {
      if (t.norm.startsWith("[")) bracket = true;
      else angle = true;
    } else if (t.kind === "emoji") {
      const cp = t.norm.codePointAt(0);
      if (cp === 0x1f4f7 || cp === 0x1f4f8) camera = true;
    }
    prev = t;
  }
  if (bracket) scan(BRACKET, text, out, (m) => (isImageMarker(m[1]!) ? "marker" : null));
  if (angle) scan(ANGLE, text, out, (m) => angleKind(m[1]!));
  if (paren) scan(PAREN, text, out, () => "marker");
  if (omitted) scan(PLAIN_OMITTED, text, out, () => "marker");
  if (markdown) scan(MARKDOWN, text, out, () => "markdown");
  if (camera) scan(CAMERA, text, out, () => "marker");
  if (extension) findFileNames(text, out);
  if (year) scan(WHATSAPP_NAME, text, out, () => "file");
}

function cameraName(text: string, w: Token, out: MarkerMatch[]): void {
  if (w.norm.length < 3 || !CAMERA_PREFIXES.some((p) => w.norm.startsWith(p))) return;
  if (w.start > 0 && isStemEnd(text.charCodeAt(w.start - 1))) return;
  CAMERA_NAME.lastIndex = w.start;
  const m = CAMERA_NAME.exec(text);
  if (m !== null) out.push({ start: w.start, end: w.start + m[0].length, kind: "file" });
}

function scan(
  re: RegExp,
  text: string,
  out: MarkerMatch[],
  kindOf: (m: RegExpExecArray) => MarkerMatch["kind"] | null,
): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const kind = kindOf(m);
    if (kind !== null) out.push({ start: m.index, end: m.index + m[0].length, kind });
  }
}

/** The inside of "[…]": an image marker ("foto", "afbeelding: x.jpg", "bijlage: y.png")? */
export function isImageMarker(inner: string): boolean {
  const lower = inner.trim().toLowerCase();
  const first = FIRST_WORD.exec(lower)?.[1]?.replace("’", "'");
  if (first === undefined) return false;
  if (IMAGE_WORDS.has(first)) return true;
  if (ATTACH_WORDS.has(first)) {
    const ext = EXTENSION.exec(lower)?.[1];
    return ext === undefined || IMAGE_EXTENSIONS.has(ext);
  }
  return false;
}

function angleKind(inner: string): MarkerMatch["kind"] | null {
  const lower = inner.trim().toLowerCase();
  if (IMG_TAG.test(lower)) return "html";
  const named = NAMED.exec(lower);
  if (named !== null) {
    const ext = EXTENSION.exec(named[1]!)?.[1];
    if (ext !== undefined) return IMAGE_EXTENSIONS.has(ext) ? "marker" : null;
    return "marker";
  }
  if (OMITTED.test(lower)) {
    for (const w of lower.split(/\s+/)) if (IMAGE_WORDS.has(w)) return "marker";
    return null;
  }
  // "<image>", "<foto>", "<photo: beach.jpg>": a short placeholder.
  const first = FIRST_WORD.exec(lower)?.[1];
  if (first === undefined || !IMAGE_WORDS.has(first) || lower.length > 80) return null;
  const rest = lower.slice(first.length);
  return rest === "" || rest.startsWith(":") || rest.startsWith(" ") ? "marker" : null;
}

function findFileNames(text: string, out: MarkerMatch[]): void {
  EXT_AT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EXT_AT.exec(text)) !== null) {
    const dot = m.index;
    // A name needs a stem that ends in a letter, digit, ")" , "_" or "-" (".jpg" alone is a word).
    if (dot === 0 || !isStemEnd(text.charCodeAt(dot - 1))) continue;
    let start = stemStart(text, dot);
    if (start === dot) {
      // "IMG_1234 (1).jpg": a copy number in brackets before the extension.
      const copy = COPY_TAIL.exec(text.slice(Math.max(0, dot - 6), dot));
      if (copy === null) continue;
      start = stemStart(text, dot - copy[0].length);
      if (start === dot - copy[0].length) continue;
    }
    if (start >= 9) {
      const pre = NAME_PREFIX.exec(text.slice(Math.max(0, start - 64), start));
      if (pre !== null) start -= pre[0].length;
    }
    let end = dot + m[0].length;
    const next = text.charCodeAt(end);
    // A query string or fragment ("x.jpg?w=600"), not a question mark ending the sentence.
    if (
      (next === 63 || next === 35) &&
      end + 1 < text.length &&
      !isNameStop(text.charCodeAt(end + 1))
    ) {
      const limit = Math.min(text.length, end + MAX_QUERY);
      while (end < limit && !isNameStop(text.charCodeAt(end))) end++;
    }
    out.push({ start, end, kind: "file" });
    EXT_AT.lastIndex = end;
  }
}

function stemStart(text: string, from: number): number {
  let i = from;
  const limit = Math.max(0, from - 512);
  while (i > limit && !isNameStop(text.charCodeAt(i - 1))) i--;
  return i;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isStemEnd(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 41 ||
    c === 95 ||
    c === 45 ||
    c > 127
  );
}

// Characters that end a file name or link: whitespace, quotes, brackets, separators.
function isNameStop(c: number): boolean {
  return (
    c <= 32 ||
    c === 34 || // "
    c === 39 || // '
    c === 40 || // (
    c === 41 || // )
    c === 42 || // *
    c === 44 || // ,
    c === 58 || // :
    c === 59 || // ;
    c === 60 || // <
    c === 62 || // >
    c === 91 || // [
    c === 93 || // ]
    c === 96 || // `
    c === 123 || // {
    c === 124 || // |
    c === 125 || // }
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0xa0
  );
}
