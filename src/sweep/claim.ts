import type { SourceRow, SweepDriver } from "./driver.js";
import { quote } from "./identifiers.js";
import { pendingParams, pendingSql, type Marker } from "./marker.js";

/** What is being swept. */
export interface Job {
  readonly table: string;
  readonly id: string;
  readonly columns: readonly string[];
  readonly marker: Marker;
}

/**
 * Claim the next batch: unmarked rows in id order after `after` (keyset
 * pagination, so each batch costs an index range scan, not a rescan of the
 * swept rows). Runs inside the batch's transaction.
 *
 * SQLite: the transaction already holds the database write lock (BEGIN
 * IMMEDIATE), so the rows read are the rows written; one query.
 *
 * PostgreSQL: the first query locks the ids with FOR UPDATE SKIP LOCKED, so
 * concurrent sweepers get disjoint batches without waiting for each other.
 * Then the rows are read again in a second statement, whose fresh snapshot
 * sees every commit made before the locks were granted: a row another sweeper
 * marked in the meantime is dropped here (with a side-table marker the first
 * statement's snapshot could not see it). A row is therefore redacted by
 * exactly one sweeper.
 */
export async function claimBatch(
  driver: SweepDriver,
  job: Job,
  after: unknown,
  limit: number,
  lock: boolean,
): Promise<SourceRow[]> {
  const id = `t.${quote(job.id)}`;
  const params: unknown[] = pendingParams(job.marker, job.table);
  const pending = pendingSql(job.marker, driver, job.id, 1);
  let where = pending;
  if (after !== null) {
    params.push(after);
    where += ` AND ${id} > ${driver.param(params.length)}`;
  }
  params.push(limit);
  const limitSql = `LIMIT ${driver.param(params.length)}`;
  const cells = job.columns.map((c, i) => driver.selectCell(c, `c${i}`)).join(", ");
  const from = `FROM ${quote(job.table)} t`;

  if (driver.kind === "sqlite" || !lock) {
    const rows = await driver.query(
      `SELECT ${id} AS id, ${cells} ${from} WHERE ${where} ORDER BY ${id} ${limitSql}`,
      params,
    );
    return rows.map((r) => toSourceRow(driver, job, r));
  }
  const locked = await driver.query(
    `SELECT ${id} AS id ${from} WHERE ${where} ORDER BY ${id} ${limitSql} ${driver.claimLock}`,
    params,
  );
  if (locked.length === 0) return [];
  const again: unknown[] = pendingParams(job.marker, job.table);
  again.push(locked.map((r) => r.id));
  const rows = await driver.query(
    `SELECT ${id} AS id, ${cells} ${from} WHERE ${pending} AND ${id} = ANY(${driver.param(again.length)}) ORDER BY ${id}`,
    again,
  );
  return rows.map((r) => toSourceRow(driver, job, r));
}

/** How many rows are not swept yet (locked ones included). */
export async function countPending(driver: SweepDriver, job: Job): Promise<number> {
  const rows = await driver.query(
    `SELECT COUNT(*) AS n FROM ${quote(job.table)} t WHERE ${pendingSql(job.marker, driver, job.id, 1)}`,
    pendingParams(job.marker, job.table),
  );
  return Number(rows[0]?.n ?? 0);
}

/** How many rows the table has. */
export async function countAll(driver: SweepDriver, job: Job): Promise<number> {
  const rows = await driver.query(`SELECT COUNT(*) AS n FROM ${quote(job.table)}`);
  return Number(rows[0]?.n ?? 0);
}

function toSourceRow(driver: SweepDriver, job: Job, r: Record<string, unknown>): SourceRow {
  return { id: r.id, cells: job.columns.map((_, i) => driver.cell(r, `c${i}`)) };
}
