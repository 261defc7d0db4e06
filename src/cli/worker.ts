import type { RedactorOptions } from "../options/schema.js";
import { createRedactor } from "../redactor/create.js";
import type { Redactor } from "../redactor/types.js";
import { formatResult, type Format } from "./record.js";
import { countCategories } from "./summary.js";

/** One batch of parsed records for a worker thread. */
export interface WorkerTask {
  readonly options: RedactorOptions;
  readonly format: Format;
  readonly records: readonly {
    readonly id: unknown;
    readonly text: string;
    readonly extra: Record<string, unknown>;
  }[];
}

export interface WorkerResult {
  /** Output lines, in the order of the records. */
  readonly lines: string[];
  readonly counts: Record<string, number>;
}

let redactor: Redactor | null = null;

/**
 * The piscina worker (built as dist/cli-worker.js): redacts a batch and
 * returns the formatted output lines. The redactor is built on the first task
 * (every task carries the same options) and reused.
 */
export default function redactBatch(task: WorkerTask): WorkerResult {
  redactor ??= createRedactor(task.options);
  const counts: Record<string, number> = {};
  const lines = task.records.map((r) => {
    const result = redactor!.redact(r.text);
    countCategories(result.findings, counts);
    return formatResult(task.format, r.id, r.extra, result);
  });
  return { lines, counts };
}
