import type { z } from "zod";
import { RedactError } from "../errors.js";
import { optionsSchema, type ResolvedOptions } from "./schema.js";

/** Validate options; throw one RedactError naming every bad field and what it expects. */
export function parseOptions(input: unknown): ResolvedOptions {
  const result = optionsSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw toRedactError(result.error, "options");
}

export function toRedactError(error: z.ZodError, what: string): RedactError {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
  const text = issues.map((i) => `"${i.path}": ${i.message}`).join("; ");
  return new RedactError("INVALID_OPTIONS", `Invalid ${what}: ${text}`, issues);
}
