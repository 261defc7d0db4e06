import * as z from "zod";
import { CATEGORIES, SIGNALS } from "../categories.js";

export const REPORT_SCHEMA_VERSION = 1;

const count = z.number().int().min(0);
const categoryCounts = z
  .partialRecord(z.enum(CATEGORIES), count)
  .describe("Number of distinct findings per category; absent categories are zero.");

export const riskSchema = z
  .enum(["none", "low", "medium", "high", "critical"])
  .describe(
    "none: nothing found; low: identifiers only; medium: a special category; high: several special categories, a nude image or vulnerability; critical: crisis or minor.",
  );

export const evidenceSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

export const signalReportSchema = z.object({
  signal: z.enum(SIGNALS),
  confidence: z.number().min(0).max(1),
  action: z.string().describe("What the platform should do."),
  evidence: z.array(evidenceSchema).describe("Offsets in the original message."),
});

/** The classification report of one message: safe to store in an operator logbook. */
export const reportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  language: z.object({
    code: z.enum(["nl", "en", "mixed", "und"]),
    confidence: z.number().min(0).max(1),
  }),
  categories: categoryCounts,
  special: z.boolean().describe("True when any GDPR Art. 9 or Art. 10 category is present."),
  nude: z.boolean().describe("True when the message holds or asks for a nude or intimate image."),
  signals: z.array(signalReportSchema),
  risk: riskSchema,
  summary: z
    .string()
    .describe('One line for a logbook, e.g. "health ×2, mental ×1; signals: vulnerability".'),
  failedClosed: z
    .boolean()
    .optional()
    .describe("Present and true when an internal error made the library redact the whole message."),
});

export const signalAggregateSchema = z.object({
  signal: z.enum(SIGNALS),
  confidence: z.number().min(0).max(1),
  action: z.string(),
  messages: z.array(z.number().int().min(0)).describe("Indices of the messages that contributed."),
});

/** The aggregate of a conversation: what a logbook can store instead of the raw text. */
export const conversationReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  messages: count,
  languages: z.partialRecord(z.enum(["nl", "en", "mixed", "und"]), count),
  categories: categoryCounts,
  special: z.boolean(),
  nude: z.boolean(),
  signals: z.array(signalAggregateSchema),
  risk: riskSchema,
  summary: z.string(),
});

export type Report = z.infer<typeof reportSchema>;
export type SignalReport = z.infer<typeof signalReportSchema>;
export type ConversationReport = z.infer<typeof conversationReportSchema>;
export type Risk = z.infer<typeof riskSchema>;
