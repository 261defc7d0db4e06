import * as z from "zod";
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
const pseudonymSpec = z
  .object({
    type: z.literal("pseudonym"),
    /**
     * counter (default): "[NAME_1]", numbered per conversation;
     * keyed: "[NAME_3KQ9ZT]", the same under one key in every conversation and run (needs `key`);
     * realistic: a replacement name, e-mail or phone of the same kind (other categories: counter).
     */
    style: z.enum(["counter", "keyed", "realistic"]).optional(),
  })
  .strict();
const encryptSpec = z.object({ type: z.literal("encrypt") }).strict();

/** How one category is replaced: a name, or an object with settings. */
export const operatorSpecSchema = z.union([
  z.enum(["tag", "mask", "remove", "keep", "pseudonym", "encrypt"]),
  z.discriminatedUnion("type", [
    tagSpec,
    maskSpec,
    removeSpec,
    keepSpec,
    pseudonymSpec,
    encryptSpec,
  ]),
]);

export const categorySchema = z.enum(CATEGORIES);

/** A deny-list entry: a term, or a term with the category to report it under. */
export const denyTermSchema = z.union([
  z.string().min(1).max(200),
  z.object({ term: z.string().min(1).max(200), category: categorySchema.optional() }).strict(),
]);

export const optionsSchema = z
  .object({
    /**
     * A preset: logbook (tag every special category and identifier), research
     * (pseudonymise identifiers, tag special categories) or strict (logbook plus
     * ages and every place name). `operators`, `categories` and `consent` override it.
     */
    policy: z.enum(["logbook", "research", "strict"]).optional(),
    /**
     * A 32-byte secret (Uint8Array, 64 hex digits or base64) for keyed
     * pseudonyms, conversation-state digests and the `encrypt` operator. A bad key
     * throws RedactError INVALID_KEY.
     */
    key: z
      .custom<Uint8Array | string>((v) => v instanceof Uint8Array || typeof v === "string", {
        message: "expected a Uint8Array or a hex/base64 string",
      })
      .optional(),
    /**
     * Categories for which the platform holds the data subject's explicit
     * consent (GDPR Art. 9(2)(a)): their text is kept, findings say `consent: true`.
     */
    consent: z.array(categorySchema).optional(),
    /** Terms never redacted (case-insensitive, whole words, multi-word allowed). */
    allow: z.array(z.string().min(1).max(200)).max(10_000).optional(),
    /** Terms always redacted, as `custom` unless an entry names its category. */
    deny: z.array(denyTermSchema).max(10_000).optional(),
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
export type DenyTerm = z.infer<typeof denyTermSchema>;
