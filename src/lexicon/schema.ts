import * as z from "zod";
import { CATEGORIES } from "../categories.js";

/** A pattern: token slots separated by single spaces (see lexicons/README.md). */
const pattern = z
  .string()
  .min(1)
  .refine((s) => s === s.trim() && !s.includes("  "), "no leading, trailing or double spaces");

export const lexiconEntrySchema = z
  .object({
    term: pattern,
    variants: z.array(pattern).optional(),
    also: z.array(z.enum(CATEGORIES)).optional(),
    compound: z.enum(["none", "head", "modifier", "both"]).optional(),
    ambiguous: z.boolean().optional(),
    caseSensitive: z.boolean().optional(),
    nude: z.boolean().optional(),
    fuzzy: z.boolean().optional(),
    except: z.array(z.string().min(1)).optional(),
    note: z.string().optional(),
  })
  .strict();

export const languageSchema = z.enum(["nl", "en"]);

export const termLexiconSchema = z
  .object({
    $schema: z.string().optional(),
    language: languageSchema,
    category: z.enum(CATEGORIES),
    description: z.string().min(1),
    source: z.string().optional(),
    entries: z.array(lexiconEntrySchema).min(1),
  })
  .strict();

export const cueListSchema = z
  .object({
    $schema: z.string().optional(),
    language: languageSchema,
    name: z.string().regex(/^[a-z][a-z0-9-]*$/),
    description: z.string().min(1),
    source: z.string().optional(),
    cues: z.array(pattern).min(1),
  })
  .strict();

export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;
export type TermLexicon = z.infer<typeof termLexiconSchema>;
export type CueList = z.infer<typeof cueListSchema>;
export type LexiconLanguage = z.infer<typeof languageSchema>;

/** A plain list of single words (function words, common-word guards). */
export const wordListSchema = z
  .object({
    $schema: z.string().optional(),
    language: languageSchema,
    name: z.string().regex(/^[a-z][a-z0-9-]*$/),
    description: z.string().min(1),
    source: z.string().optional(),
    words: z.array(z.string().min(1)).min(1),
  })
  .strict();

export type WordList = z.infer<typeof wordListSchema>;

/** The shape of src/generated/lexicons.json, built from lexicons/ by scripts/build-lexicons.mjs. */
export interface LexiconBundle {
  readonly terms: readonly TermLexicon[];
  readonly cues: readonly CueList[];
  readonly signals: readonly unknown[];
  readonly words: readonly WordList[];
}
