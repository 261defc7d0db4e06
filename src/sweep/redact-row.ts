import type { Report } from "../report/schema.js";
import type { Redactor } from "../redactor/types.js";
import type { Cell, SourceRow } from "./driver.js";

/** Who produced a row's report: stored with it, so any row can be traced to a run and a policy. */
export interface Provenance {
  readonly tool: "chat-redact sweep";
  readonly version: string;
  readonly policy: string;
  readonly run: string;
  /** Where the redacted text went: "in-place" or "<column>_redacted". */
  readonly target: "in-place" | "keep-original";
}

/** The report of one cell: the library's report, plus what the sweeper noticed about the bytes. */
export type CellReport = (Report & { readonly invalidUtf8Bytes?: number }) | null;

/** The JSON stored as a row's report (and marker). */
export interface RowReport {
  readonly sweep: Provenance & { readonly at: string };
  /** One entry per swept column; null for a NULL cell. */
  readonly columns: Readonly<Record<string, CellReport>>;
}

export interface RedactedRow {
  readonly id: unknown;
  /** The redacted cell per column, in the order of the job's columns. */
  readonly cells: readonly Cell[];
  readonly report: RowReport;
}

/**
 * Redact every cell of a row. NULL stays NULL (report null); an empty string
 * stays empty; a cell with invalid UTF-8 is redacted from its decoded text
 * with the invalid bytes carried as escapes (bytes.ts), so every byte outside
 * a redacted span is written back unchanged. The library never throws on
 * content; a cell it could not analyse comes back fully redacted
 * (failedClosed), which is what is written.
 */
export function redactRow(
  redactor: Redactor,
  columns: readonly string[],
  row: SourceRow,
  provenance: Provenance,
): RedactedRow {
  const reports: Record<string, CellReport> = {};
  const cells = row.cells.map((cell, i): Cell => {
    const column = columns[i]!;
    if (cell.kind === "null") {
      reports[column] = null;
      return cell;
    }
    const result = redactor.redact(cell.text);
    reports[column] =
      cell.invalidBytes > 0
        ? { ...result.report, invalidUtf8Bytes: cell.invalidBytes }
        : result.report;
    return { ...cell, text: result.text };
  });
  return {
    id: row.id,
    cells,
    report: { sweep: { ...provenance, at: new Date().toISOString() }, columns: reports },
  };
}
