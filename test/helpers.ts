import { createRedactor, type RedactResult } from "../src/index.js";

export const redactor = createRedactor();

/** Categories found in a message, sorted and unique. */
export function categoriesOf(text: string): string[] {
  return [...new Set(redactor.redact(text).findings.map((f) => f.category))].sort();
}

/** True when the redacted text no longer contains any of the given words. */
export function gone(result: RedactResult, ...words: string[]): boolean {
  const lower = result.text.toLowerCase();
  return words.every((w) => !lower.includes(w.toLowerCase()));
}
