import type { ImageFormat } from "./magic.js";

export type { ImageFormat } from "./magic.js";

/** What an image classifier says about one image. */
export interface ImageVerdict {
  /** True for a nude or intimate image. */
  readonly nude: boolean;
  /** The classifier's score for "nude" (0..1), when it has one. */
  readonly score?: number;
  /** The classifier's top label ("Neutral", "Porn", …), when it has one. */
  readonly label?: string;
  /** Which classifier gave the verdict ("nsfwjs", "moderation-api", …). */
  readonly source?: string;
}

/** What a classifier is told about the bytes it gets. */
export interface ImageInfo {
  /** Format sniffed from the magic number, or null when unknown. */
  readonly format: ImageFormat | null;
  readonly mimeType?: string;
  readonly name?: string;
  /** An attachment passed with the message, or an image embedded in the text (data URI, base64). */
  readonly origin: "attachment" | "inline";
}

/**
 * A synchronous image classifier: return a verdict, or null/undefined when it
 * cannot tell (unsupported format). It may throw; the image then counts as
 * unclassified and the message is still redacted.
 */
export type ImageClassifier = (
  bytes: Uint8Array,
  info: ImageInfo,
) => ImageVerdict | null | undefined;

/** An image sent with a message (the bytes the platform has, and/or a verdict it already has). */
export interface ImageAttachment {
  /** The caller's id, echoed in the result. */
  readonly id?: string;
  readonly bytes?: Uint8Array | ArrayBuffer;
  readonly mimeType?: string;
  readonly name?: string;
  /** A verdict the caller already has (e.g. from an asynchronous classifier); skips `classifyImage`. */
  readonly verdict?: ImageVerdict | null;
}

/** The classification of one attachment, in `RedactResult.images`. */
export interface ImageResult {
  /** Index of the attachment in `attachments`. */
  readonly index: number;
  readonly id?: string;
  /** Sniffed from the bytes, or null when there were no bytes or the format is unknown. */
  readonly format: ImageFormat | null;
  /** true / false from a verdict; null when nothing classified the image. */
  readonly nude: boolean | null;
  readonly score?: number;
  readonly label?: string;
  readonly source?: string;
  /** Present and true when the classifier threw for this image. */
  readonly error?: boolean;
}
