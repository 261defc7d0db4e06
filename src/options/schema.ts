import { z } from "zod";
import { CATEGORIES } from "../categories.js";
import type { ImageClassifier } from "../images/types.js";

const tagSpec = z
  .object({
    type: z.literal("tag"),
    template: z.string().max(200).optional(),
  })
  .strict();
const maskSpec = z
  .object({
    type: z.literal("mask"),
    char: z.string().min(1).max(4).optional(),
    length: z.union([z.literal("same"), z.number().int().min(0).max(256)]).optional(),
  })
  .strict();
const removeSpec = z.object({ type: z.literal("remove") }).strict();
const keepSpec = z.object({ type: z.literal("keep") }).strict();

/** How one category is replaced: a name, or an object with settings. */
export const operatorSpecSchema = z.union([
  z.enum(["tag", "mask", "remove", "keep"]),
  z.discriminatedUnion("type", [tagSpec, maskSpec, removeSpec, keepSpec]),
]);

export const categorySchema = z.enum(CATEGORIES);

export const optionsSchema = z
  .object({
    /** Findings below this confidence are ignored (0..1). Default 0.5. */
    threshold: z.number().min(0).max(1).default(0.5),
    /** Detect only these categories. Default: all. */
    categories: z.array(categorySchema).optional(),
    /** Operator per category; `default` applies to the rest. Default: tag everything. */
    operators: z.partialRecord(z.enum([...CATEGORIES, "default"]), operatorSpecSchema).optional(),
    /** Placeholder label language: English, Dutch, or the message's own language. */
    labels: z.enum(["en", "nl", "auto"]).default("en"),
    /** Put the raw sensitive text into findings (`value`). Off by default. */
    includeValues: z.boolean().default(false),
    /** Skip detection and use this language. Default: detect per message. */
    language: z.enum(["auto", "nl", "en"]).default("auto"),
    /**
     * Synchronous image classifier `(bytes, info) => { nude, score?, label? } | null`,
     * run on attachments passed with a message and on images embedded in the
     * text (data URIs, base64). Default: none (nude only from the text).
     */
    classifyImage: z
      .custom<ImageClassifier>((v) => typeof v === "function", {
        message: "expected a function (bytes, info) => verdict",
      })
      .optional(),
  })
  .strict();

export type RedactorOptions = z.input<typeof optionsSchema>;
export type ResolvedOptions = z.output<typeof optionsSchema>;
export type OperatorSpec = z.infer<typeof operatorSpecSchema>;
