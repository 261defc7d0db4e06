import type { RedactedRow } from "./redact-row.js";

/** A redaction shown in a dry run: the redacted text only, never the original. */
export interface Sample {
  readonly id: unknown;
  readonly column: string;
  readonly redacted: string;
}

/** What a sweep did: printed at the end, and as JSON with --json. */
export interface SweepSummary {
  readonly db: string;
  readonly table: string;
  readonly columns: readonly string[];
  readonly dryRun: boolean;
  readonly run: string;
  readonly policy: string;
  readonly version: string;
  /** Rows in the table when the run started. */
  readonly total: number;
  /** Rows already swept (marked) when the run started: left alone. */
  readonly alreadySwept: number;
  /** PostgreSQL: unmarked rows still locked by another sweeper when this one gave up waiting. */
  readonly leftLocked: number;
  /** Rows this run redacted (or, dry run, would redact). */
  readonly swept: number;
  readonly batches: number;
  /** Cells that held text / were NULL / held invalid UTF-8. */
  readonly cells: {
    text: number;
    null: number;
    invalidUtf8: number;
    changed: number;
    failedClosed: number;
  };
  /** Findings per category over every swept cell. */
  readonly categories: Readonly<Record<string, number>>;
  /** Rows with at least one special category (GDPR Art. 9/10). */
  readonly specialRows: number;
  readonly samples: readonly Sample[];
  readonly seconds: number;
  readonly rowsPerSecond: number;
}

const SAMPLE_CHARS = 200;

/** Accumulates a summary batch by batch. */
export class SummaryBuilder {
  swept = 0;
  batches = 0;
  specialRows = 0;
  readonly cells = { text: 0, null: 0, invalidUtf8: 0, changed: 0, failedClosed: 0 };
  readonly categories: Record<string, number> = {};
  readonly samples: Sample[] = [];
  readonly #started = performance.now();

  constructor(
    private readonly columns: readonly string[],
    private readonly maxSamples: number,
  ) {}

  add(row: RedactedRow, original: readonly { kind: string; text?: string }[]): void {
    this.swept++;
    let special = false;
    row.cells.forEach((cell, i) => {
      const column = this.columns[i]!;
      const report = row.report.columns[column];
      if (cell.kind === "null" || report === null || report === undefined) {
        this.cells.null++;
        return;
      }
      this.cells.text++;
      if (report.invalidUtf8Bytes !== undefined) this.cells.invalidUtf8++;
      if (report.failedClosed === true) this.cells.failedClosed++;
      if (report.special) special = true;
      for (const [category, n] of Object.entries(report.categories))
        this.categories[category] = (this.categories[category] ?? 0) + (n ?? 0);
      if (cell.text !== original[i]?.text) {
        this.cells.changed++;
        if (this.samples.length < this.maxSamples) {
          const text =
            cell.text.length > SAMPLE_CHARS ? cell.text.slice(0, SAMPLE_CHARS) + "…" : cell.text;
          this.samples.push({ id: row.id, column, redacted: text });
        }
      }
    });
    if (special) this.specialRows++;
  }

  elapsed(): number {
    return (performance.now() - this.#started) / 1000;
  }

  rate(): number {
    const s = this.elapsed();
    return s > 0 ? this.swept / s : 0;
  }

  finish(
    base: Pick<
      SweepSummary,
      | "db"
      | "table"
      | "columns"
      | "dryRun"
      | "run"
      | "policy"
      | "version"
      | "total"
      | "alreadySwept"
      | "leftLocked"
    >,
  ): SweepSummary {
    const seconds = this.elapsed();
    return {
      ...base,
      swept: this.swept,
      batches: this.batches,
      cells: { ...this.cells },
      categories: Object.fromEntries(
        Object.entries(this.categories).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
      ),
      specialRows: this.specialRows,
      samples: this.samples,
      seconds: Math.round(seconds * 1000) / 1000,
      rowsPerSecond: Math.round(seconds > 0 ? this.swept / seconds : 0),
    };
  }
}

/** The human-readable summary (stderr). */
export function formatSummary(s: SweepSummary): string {
  const lines: string[] = [];
  const verb = s.dryRun ? "would sweep" : "swept";
  lines.push(
    `chat-redact sweep${s.dryRun ? " (dry run, nothing written)" : ""}: ${s.db} ${s.table}(${s.columns.join(", ")})`,
    `  ${verb} ${s.swept} row(s) in ${s.batches} batch(es), ${s.seconds.toFixed(1)} s, ${s.rowsPerSecond} rows/s`,
    `  table: ${s.total} row(s), ${s.alreadySwept} already swept and left alone`,
    `  cells: ${s.cells.text} text (${s.cells.changed} changed), ${s.cells.null} NULL, ${s.cells.invalidUtf8} with invalid UTF-8, ${s.cells.failedClosed} failed closed`,
    `  rows with special-category data: ${s.specialRows}`,
  );
  const cats = Object.entries(s.categories);
  lines.push(
    `  findings: ${cats.length === 0 ? "none" : cats.map(([c, n]) => `${c} ×${n}`).join(", ")}`,
  );
  if (s.samples.length > 0) {
    lines.push("  sample redactions (redacted text only):");
    for (const x of s.samples)
      lines.push(`    ${String(x.id)}.${x.column}: ${oneLine(x.redacted)}`);
  }
  if (s.leftLocked > 0)
    lines.push(
      `  ${s.leftLocked} row(s) stayed locked by another sweeper that makes no progress: run again to sweep them`,
    );
  lines.push(`  policy ${s.policy}, chat-redact ${s.version}, run ${s.run}`);
  return lines.join("\n") + "\n";
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ");
}
