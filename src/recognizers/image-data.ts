import { INLINE_RECOGNIZER } from "../images/classify.js";
import {
  findBase64Images,
  findDataUris,
  mayHoldDataUri,
  type InlineImage,
} from "../images/data-uri.js";
import type { Recognizer } from "./types.js";

// The shortest text that can hold an image data URI ("data:image/x,").
const MIN_LENGTH = 12;

/**
 * Images embedded in the text: `data:` URIs with an image (or video) MIME
 * type, and data URIs without one or bare base64 blobs whose first decoded
 * bytes carry an image magic number (JPEG, PNG, GIF, WebP, HEIC/HEIF/AVIF,
 * BMP, TIFF). The whole URI or blob is one span. Linear in the text: the
 * tokenizer does not see these, so the text is scanned once for "data:" and
 * once for long base64 runs; only the first 16 bytes are decoded.
 */
export const imageDataRecognizer: Recognizer = {
  id: INLINE_RECOGNIZER,
  categories: ["image"],
  detect(analysis, out) {
    const text = analysis.text;
    if (text.length < MIN_LENGTH) return;
    const uris: InlineImage[] = [];
    if (mayHoldDataUri(text)) findDataUris(text, uris);
    const found = uris.filter((u) => u.image);
    findBase64Images(text, uris, found);
    for (const img of found) {
      out.push({
        category: "image",
        start: img.start,
        end: img.end,
        confidence: img.mimeType?.startsWith("image/") === true ? 0.99 : 0.95,
        recognizer: INLINE_RECOGNIZER,
        firstWord: -1,
        lastWord: -1,
        term: img.format ?? img.mimeType ?? "data",
      });
    }
  },
};
