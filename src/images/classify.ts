import type { Detection } from "../recognizers/types.js";
import { dataUriAt } from "./data-uri.js";
import { SNIFF_BYTES, decodeBase64, sniffImage } from "./magic.js";
import type { ImageAttachment, ImageClassifier, ImageResult, ImageVerdict } from "./types.js";

/** Recognizer id of detections whose bytes are in the text (data URIs, base64 blobs). */
export const INLINE_RECOGNIZER = "image.data";

/**
 * Classify the attachments of one message: a verdict the caller passed wins,
 * otherwise `classify` runs on the bytes. Never throws: a classifier error
 * leaves that image unclassified (`nude: null`, `error: true`).
 */
export function classifyAttachments(
  attachments: readonly ImageAttachment[],
  classify: ImageClassifier | undefined,
): ImageResult[] {
  return attachments.map((a, index) => {
    const bytes = toBytes(a?.bytes);
    const format = bytes !== null ? sniffImage(bytes.subarray(0, SNIFF_BYTES)) : null;
    const base = { index, ...(typeof a?.id === "string" ? { id: a.id } : {}), format };
    if (a?.verdict != null) return { ...base, ...fromVerdict(a.verdict) };
    if (bytes === null || classify === undefined) return { ...base, nude: null };
    try {
      const v = classify(bytes, {
        format,
        origin: "attachment",
        ...(a.mimeType !== undefined ? { mimeType: a.mimeType } : {}),
        ...(a.name !== undefined ? { name: a.name } : {}),
      });
      return { ...base, ...(v != null ? fromVerdict(v) : { nude: null }) };
    } catch {
      return { ...base, nude: null, error: true };
    }
  });
}

/**
 * Run `classify` on the images embedded in the text (data URIs and base64
 * blobs found by the image-data recognizer) and mark the nude ones. A
 * classifier error leaves the detection as it was.
 */
export function classifyInlineImages(
  text: string,
  detections: Detection[],
  classify: ImageClassifier,
): void {
  for (const d of detections) {
    if (d.category !== "image" || d.recognizer !== INLINE_RECOGNIZER || d.nude === true) continue;
    const uri = text.startsWith("data:", d.start) ? dataUriAt(text, d.start) : null;
    if (uri !== null && !uri.base64) continue;
    const start = uri?.payloadStart ?? d.start;
    const end = uri?.payloadEnd ?? d.end;
    try {
      const bytes = decodeBase64(text, start, end);
      const v = classify(bytes, {
        format: sniffImage(bytes.subarray(0, SNIFF_BYTES)),
        origin: "inline",
        ...(uri?.mimeType != null ? { mimeType: uri.mimeType } : {}),
      });
      if (v?.nude === true) d.nude = true;
    } catch {
      // Unclassified: the image is redacted all the same.
    }
  }
}

function fromVerdict(v: ImageVerdict): Omit<ImageResult, "index" | "format"> {
  return {
    nude: typeof v.nude === "boolean" ? v.nude : null,
    ...(typeof v.score === "number" ? { score: Math.round(v.score * 1000) / 1000 } : {}),
    ...(typeof v.label === "string" ? { label: v.label } : {}),
    ...(typeof v.source === "string" ? { source: v.source } : {}),
  };
}

function toBytes(b: unknown): Uint8Array | null {
  if (b instanceof Uint8Array) return b;
  if (b instanceof ArrayBuffer) return new Uint8Array(b);
  if (ArrayBuffer.isView(b)) return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  return null;
}
