/**
 * `chat-redact/nsfw`: an optional image classifier for `classifyImage`, built
 * on nsfwjs (MIT) and TensorFlow.js. The model weights ship inside the nsfwjs
 * package (MobileNetV2, about 2.6 MB) and are loaded from there: nothing is
 * downloaded at run time. JPEG and PNG are decoded in pure JavaScript with
 * jpeg-js and pngjs when they are installed; other formats need a `decode`
 * option (or are reported as unclassified).
 *
 * nsfwjs, @tensorflow/tfjs, jpeg-js and pngjs are optional peer
 * dependencies: install them to use this entry point. The main `chat-redact`
 * entry never imports this file, so the core never loads TensorFlow.
 *
 *   import { createRedactor } from "chat-redact";
 *   import { createNsfwClassifier } from "chat-redact/nsfw";
 *   const nsfw = await createNsfwClassifier();
 *   const redactor = createRedactor({ classifyImage: nsfw.classify });
 *   redactor.redact(text, { attachments: [{ bytes }] }).report.nude;
 */
import * as tf from "@tensorflow/tfjs";
import { load, type NSFWJS } from "nsfwjs/core";
import { MobileNetV2Model } from "nsfwjs/models/mobilenet_v2";
import { sniffImage, SNIFF_BYTES, type ImageFormat } from "../images/magic.js";
import type { ImageAttachment, ImageClassifier, ImageVerdict } from "../images/types.js";

export type {
  ImageAttachment,
  ImageClassifier,
  ImageFormat,
  ImageInfo,
  ImageResult,
  ImageVerdict,
} from "../images/types.js";

/** Pixels of a decoded image, row by row, 3 (RGB) or 4 (RGBA) bytes per pixel. */
export interface DecodedImage {
  readonly width: number;
  readonly height: number;
  readonly channels: 3 | 4;
  readonly data: Uint8Array | Uint8ClampedArray;
}

/** Decode image bytes to pixels; null when the format is not supported. */
export type ImageDecoder = (bytes: Uint8Array, format: ImageFormat | null) => DecodedImage | null;

export interface NsfwOptions {
  /** Nude when P(Porn) + P(Hentai) (+ P(Sexy) with `includeSexy`) reaches this. Default 0.5. */
  readonly threshold?: number;
  /** Count "Sexy" (suggestive, not explicit) towards nude. Default false. */
  readonly includeSexy?: boolean;
  /** An nsfwjs model you loaded yourself; default: the MobileNetV2 bundled with nsfwjs. */
  readonly model?: NSFWJS;
  /** A decoder tried before the built-in JPEG/PNG ones (e.g. for WebP, HEIC, GIF). */
  readonly decode?: ImageDecoder;
  /** Images larger than this many megapixels are not decoded (unclassified). Default 40. */
  readonly maxMegapixels?: number;
  /** TensorFlow.js backend to use ("cpu", "tensorflow" with tfjs-node, …). Default: tf's choice. */
  readonly backend?: string;
}

export interface NsfwClassifier {
  /** Synchronous classifier: pass it as `classifyImage` to `createRedactor`. */
  readonly classify: ImageClassifier;
  /** Class probabilities of nsfwjs for one image, or null when it cannot be decoded. */
  probabilities(bytes: Uint8Array): Readonly<Record<NsfwClass, number>> | null;
  /** The attachments with a `verdict` filled in (for redactors without `classifyImage`). */
  classifyAttachments(attachments: readonly ImageAttachment[]): ImageAttachment[];
  /** Free the model's memory. */
  dispose(): void;
}

/** The classes of the nsfwjs models, in the order of the model's output. */
export const NSFW_CLASSES = ["Drawing", "Hentai", "Neutral", "Porn", "Sexy"] as const;
export type NsfwClass = (typeof NSFW_CLASSES)[number];

// The model sees 224×224 pixels; a larger source is first sampled down to this.
const SAMPLE_EDGE = 448;

interface JpegModule {
  decode(
    data: Uint8Array,
    opts: {
      useTArray: true;
      formatAsRGBA?: boolean;
      maxResolutionInMP?: number;
      maxMemoryUsageInMB?: number;
    },
  ): { width: number; height: number; data: Uint8Array };
}
interface PngModule {
  PNG: {
    sync: {
      read(data: Buffer): { width: number; height: number; data: Uint8Array };
    };
  };
}

/**
 * Load the classifier. The only asynchronous step: the bundled model and the
 * optional decoders are loaded here; classification is synchronous after.
 */
export async function createNsfwClassifier(options: NsfwOptions = {}): Promise<NsfwClassifier> {
  const threshold = options.threshold ?? 0.5;
  const maxPixels = (options.maxMegapixels ?? 40) * 1_000_000;
  if (options.backend !== undefined) await tf.setBackend(options.backend);
  await tf.ready();
  const model =
    options.model ?? (await load("MobileNetV2", { modelDefinitions: [MobileNetV2Model] }));
  const jpeg = await optional<JpegModule>(() => import("jpeg-js"));
  const png = await optional<PngModule>(() => import("pngjs"));

  const decoders: ImageDecoder[] = [];
  if (options.decode !== undefined) decoders.push(options.decode);
  if (jpeg !== null)
    decoders.push((bytes, format) => {
      if (format !== "jpeg") return null;
      const img = jpeg.decode(bytes, {
        useTArray: true,
        formatAsRGBA: false,
        maxResolutionInMP: maxPixels / 1_000_000,
        maxMemoryUsageInMB: 1024,
      });
      return { width: img.width, height: img.height, channels: 3, data: img.data };
    });
  if (png !== null)
    decoders.push((bytes, format) => {
      if (format !== "png") return null;
      const img = png.PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      return { width: img.width, height: img.height, channels: 4, data: img.data };
    });

  function decode(bytes: Uint8Array): DecodedImage | null {
    const format = sniffImage(bytes.subarray(0, SNIFF_BYTES));
    for (const d of decoders) {
      const img = d(bytes, format);
      if (img !== null) return img;
    }
    return null;
  }

  function probabilities(bytes: Uint8Array): Record<NsfwClass, number> | null {
    const img = decode(bytes);
    if (img === null || img.width * img.height > maxPixels || img.width < 1 || img.height < 1)
      return null;
    const { rgb, width, height } = sample(img);
    const out = tf.tidy(() => {
      const input = tf.tensor3d(rgb, [height, width, 3], "int32");
      return model.infer(input).dataSync();
    });
    const probs = {} as Record<NsfwClass, number>;
    NSFW_CLASSES.forEach((c, i) => (probs[c] = out[i] ?? 0));
    return probs;
  }

  const classify: ImageClassifier = (bytes: Uint8Array) => {
    const p = probabilities(bytes);
    if (p === null) return null;
    const score = p.Porn + p.Hentai + (options.includeSexy === true ? p.Sexy : 0);
    let label: NsfwClass = "Neutral";
    for (const c of NSFW_CLASSES) if (p[c] > p[label]) label = c;
    const verdict: ImageVerdict = { nude: score >= threshold, score, label, source: "nsfwjs" };
    return verdict;
  };

  return {
    classify,
    probabilities,
    classifyAttachments(attachments) {
      return attachments.map((a) => {
        if (a.verdict != null || a.bytes === undefined) return a;
        const bytes = a.bytes instanceof Uint8Array ? a.bytes : new Uint8Array(a.bytes);
        return { ...a, verdict: classify(bytes, { format: null, origin: "attachment" }) ?? null };
      });
    },
    dispose() {
      model.dispose();
    },
  };
}

/** RGB pixels, sampled down (nearest neighbour) so the longest edge is at most SAMPLE_EDGE. */
function sample(img: DecodedImage): { rgb: Uint8Array; width: number; height: number } {
  const scale = Math.min(1, SAMPLE_EDGE / Math.max(img.width, img.height));
  const width = Math.max(1, Math.round(img.width * scale));
  const height = Math.max(1, Math.round(img.height * scale));
  const rgb = new Uint8Array(width * height * 3);
  const ch = img.channels;
  for (let y = 0; y < height; y++) {
    const sy = Math.min(img.height - 1, Math.floor(y / scale));
    for (let x = 0; x < width; x++) {
      const sx = Math.min(img.width - 1, Math.floor(x / scale));
      const from = (sy * img.width + sx) * ch;
      const to = (y * width + x) * 3;
      rgb[to] = img.data[from]!;
      rgb[to + 1] = img.data[from + 1]!;
      rgb[to + 2] = img.data[from + 2]!;
    }
  }
  return { rgb, width, height };
}

async function optional<T>(importer: () => Promise<unknown>): Promise<T | null> {
  try {
    const mod = (await importer()) as { default?: unknown };
    const m = (mod.default ?? mod) as T;
    return m;
  } catch {
    return null;
  }
}
