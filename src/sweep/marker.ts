import type { SweepDriver } from "./driver.js";
import { quote } from "./identifiers.js";

/**
 * The idempotency marker: where a row's classification report is stored is
 * also what says "this row is swept". It is written in the same transaction
 * as the redacted text, so a row is either untouched and unmarked or redacted
 * and marked, never half. Because the marker lives with the data (not in the
 * checkpoint table), a second run finds swept rows however its checkpoint
 * table is named, and leaves them alone.
 *
 * - column (default `chat_redact_report`): a JSON column on the swept table;
 *   NULL means not swept yet.
 * - side table (`--report-table`): one row per swept row, keyed by source
 *   table and id (as text); the primary key refuses a second report for a row.
 */
export type Marker =
  | { readonly kind: "column"; readonly column: string }
  | { readonly kind: "table"; readonly table: string };

/** SQL predicate (on the swept table aliased `t`) that holds for rows not yet swept. */
export function pendingSql(
  marker: Marker,
  driver: SweepDriver,
  idColumn: string,
  sourceParam: number,
): string {
  if (marker.kind === "column") return `t.${quote(marker.column)} IS NULL`;
  return `NOT EXISTS (SELECT 1 FROM ${quote(marker.table)} s WHERE s.source_table = ${driver.param(sourceParam)} AND s.row_id = ${idAsText(driver, idColumn)})`;
}

/** Whether `pendingSql` needs the source-table parameter. */
export function pendingParams(marker: Marker, table: string): unknown[] {
  return marker.kind === "table" ? [table] : [];
}

function idAsText(driver: SweepDriver, idColumn: string): string {
  const id = `t.${quote(idColumn)}`;
  return driver.kind === "postgres" ? `${id}::text` : `CAST(${id} AS TEXT)`;
}

/** DDL that creates the marker where it is missing. */
export async function ensureMarker(
  driver: SweepDriver,
  table: string,
  marker: Marker,
  existing: Set<string>,
): Promise<void> {
  if (marker.kind === "column") {
    if (!existing.has(marker.column)) {
      await driver.run(
        `ALTER TABLE ${quote(table)} ADD COLUMN ${quote(marker.column)} ${driver.jsonType}`,
      );
    }
    return;
  }
  await driver.run(
    `CREATE TABLE IF NOT EXISTS ${quote(marker.table)} (
      source_table TEXT NOT NULL,
      row_id TEXT NOT NULL,
      report ${driver.jsonType} NOT NULL,
      PRIMARY KEY (source_table, row_id)
    )`,
  );
}
