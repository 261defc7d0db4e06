import { createRedactor, type Signal } from "../../src/index.js";

export const redactor = createRedactor();

/** The signals the report of one message lists. */
export function signalsOf(text: string): Signal[] {
  return redactor.redact(text).report.signals.map((s) => s.signal);
}
