import type { RedactResult } from "../redactor/types.js";

/** One input line, parsed. */
export type InputRecord =
  | {
      readonly ok: true;
      readonly id: unknown;
      readonly text: string;
      readonly extra: Record<string, unknown>;
    }
  | { readonly ok: false; readonly error: string };

/**
 * A line is JSONL when it starts with "{"; it must then parse and hold a
 * string "text". Any other line is a plain-text message whose id is its line
 * number.
 */
export function parseLine(line: string, lineNo: number): InputRecord {
  const trimmed = line.trimStart();
  if (!trimmed.startsWith("{")) return { ok: true, id: lineNo, text: line, extra: {} };
  let obj: unknown;
  try {
    obj = JSON.parse(trimmed);
  } catch (e) {
    return { ok: false, error: `line ${lineNo}: invalid JSON (${(e as Error).message})` };
  }
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) {
    return { ok: false, error: `line ${lineNo}: expected a JSON object` };
  }
  const { text, ...extra } = obj as Record<string, unknown>;
  if (typeof text !== "string")
    return { ok: false, error: `line ${lineNo}: "text" must be a string` };
  return { ok: true, id: extra.id ?? lineNo, text, extra };
}

/** The JSONL output record (the prediction format of the evaluation scorer). */
export function outputRecord(
  id: unknown,
  extra: Record<string, unknown>,
  result: RedactResult,
): string {
  const { report } = result;
  const categories = [...new Set(result.findings.map((f) => f.category))];
  return JSON.stringify({
    ...extra,
    id,
    redacted: result.text,
    categories,
    signals: report.signals.map((s) => s.signal),
    lang: report.language.code,
    nude: report.nude,
    report,
    ...(result.findings.some((f) => f.value !== undefined) ? { findings: result.findings } : {}),
  });
}

export type Format = "jsonl" | "text";

/** One output line: the JSONL record, or the redacted text on one line. */
export function formatResult(
  format: Format,
  id: unknown,
  extra: Record<string, unknown>,
  result: RedactResult,
): string {
  return format === "text" ? result.text.replace(/\r?\n/g, " ") : outputRecord(id, extra, result);
}
