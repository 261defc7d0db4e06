import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { RedactError } from "../errors.js";
import type { RedactorOptions } from "../options/schema.js";
import { createRedactor } from "../redactor/create.js";
import { claimBatch, countAll, countPending, type Job } from "./claim.js";
import type { Cell, SweepDriver } from "./driver.js";
import { checkName, quote } from "./identifiers.js";
import { ensureMarker, type Marker } from "./marker.js";
import { openPostgres } from "./postgres.js";
import { redactRow, type Provenance, type RedactedRow } from "./redact-row.js";
import { openSqlite } from "./sqlite.js";
import { StateTable } from "./state.js";
import { SummaryBuilder, type SweepSummary } from "./summary.js";
import { describeDb, parseDbUrl } from "./url.js";
import { libraryVersion } from "./version.js";

export interface SweepConfig {
  /** `sqlite:path` or `postgres://…` */
  readonly db: string;
  readonly table: string;
  readonly id: string;
  readonly columns: readonly string[];
  /** Write into `<column>_redacted` and leave the original column as it is. */
  readonly keepOriginal?: boolean;
  /** Report column on the swept table (default `chat_redact_report`). */
  readonly reportColumn?: string;
  /** Store reports in this side table instead of a column. */
  readonly reportTable?: string;
  /** Checkpoint table (default `chat_redact_sweep`). */
  readonly stateTable?: string;
  /** Rows per transaction (default 200). */
  readonly batchSize?: number;
  /** Stop after this many rows (testing, trial runs). */
  readonly limit?: number;
  readonly dryRun?: boolean;
  /** Sample redactions kept for the summary (default 5 in a dry run, 0 otherwise). */
  readonly samples?: number;
  readonly redactor: RedactorOptions;
  /** Name of the policy, stored with every report. */
  readonly policyName: string;
  /** PostgreSQL: how long to wait for rows other sweepers hold while nothing moves (default 60 s). */
  readonly waitLockedMs?: number;
  /** Called after every batch. */
  readonly onProgress?: (p: { swept: number; pending: number; rate: number }) => void;
  /** Called once the rows to do are counted. */
  readonly onStart?: (p: { total: number; pending: number }) => void;
}

export const DEFAULT_REPORT_COLUMN = "chat_redact_report";
export const DEFAULT_STATE_TABLE = "chat_redact_sweep";
const DEFAULT_BATCH = 200;
/** How long a PostgreSQL sweeper waits before looking again at rows other sweepers hold. */
const LOCKED_RETRY_MS = 200;
/** How long a PostgreSQL sweeper waits for rows held by others that make no progress. */
const STALL_MS = 60_000;

/**
 * Sweep a table: redact the text columns of every unmarked row, batch by
 * batch, each batch one transaction that writes the redacted text, the report
 * (the marker) and the checkpoint together. See ARCHITECTURE.md ("Database
 * sweeper") for why a killed run resumes with no row skipped, none done twice
 * and none half-written.
 */
export async function sweep(config: SweepConfig): Promise<SweepSummary> {
  const target = parseDbUrl(config.db);
  const job = checkJob(config);
  const batchSize = config.batchSize ?? DEFAULT_BATCH;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000)
    throw new RedactError("INVALID_OPTIONS", "--batch must be a whole number from 1 to 100000");
  const redactor = createRedactor(config.redactor); // bad policy/key fails before connecting
  const driver =
    target.kind === "sqlite" ? await openSqlite(target.path) : await openPostgres(target.url);
  try {
    return await sweepWith(driver, config, job, batchSize, redactor, describeDb(target));
  } finally {
    await driver.close();
  }
}

function checkJob(config: SweepConfig): Job {
  const table = checkName("--table", config.table, true);
  const id = checkName("--id", config.id);
  if (config.columns.length === 0)
    throw new RedactError("INVALID_OPTIONS", "--columns needs at least one column");
  const columns = config.columns.map((c) => checkName("--columns", c));
  if (new Set(columns).size !== columns.length)
    throw new RedactError("INVALID_OPTIONS", "--columns lists a column twice");
  if (config.reportColumn !== undefined && config.reportTable !== undefined)
    throw new RedactError("INVALID_OPTIONS", "use either --report-column or --report-table");
  const marker: Marker =
    config.reportTable !== undefined
      ? { kind: "table", table: checkName("--report-table", config.reportTable, true) }
      : {
          kind: "column",
          column: checkName("--report-column", config.reportColumn ?? DEFAULT_REPORT_COLUMN),
        };
  if (marker.kind === "column" && (columns.includes(marker.column) || marker.column === id))
    throw new RedactError(
      "INVALID_OPTIONS",
      `the report column "${marker.column}" is one of the swept columns`,
    );
  return { table, id, columns, marker };
}

async function sweepWith(
  driver: SweepDriver,
  config: SweepConfig,
  job: Job,
  batchSize: number,
  redactor: ReturnType<typeof createRedactor>,
  db: string,
): Promise<SweepSummary> {
  const dryRun = config.dryRun === true;
  const keepOriginal = config.keepOriginal === true;
  const targets = job.columns.map((c) => (keepOriginal ? `${c}_redacted` : c));
  const existing = await driver.columnsOf(job.table);
  const missing = [job.id, ...job.columns].filter((c) => !existing.has(c));
  if (existing.size === 0)
    throw new RedactError("INVALID_OPTIONS", `table "${job.table}" not found`);
  if (missing.length > 0)
    throw new RedactError(
      "INVALID_OPTIONS",
      `table "${job.table}" has no column ${missing.map((m) => `"${m}"`).join(", ")}`,
    );

  const version = libraryVersion();
  const run = randomUUID();
  const stateName = checkName("--state-table", config.stateTable ?? DEFAULT_STATE_TABLE, true);
  const state = new StateTable(
    driver,
    stateName,
    `${job.table}(${job.columns.join(",")})->${markerName(job.marker)}${keepOriginal ? ":keep-original" : ""}`,
  );

  // A dry run must not create anything: without a marker yet, every row is pending.
  const markerExists =
    job.marker.kind === "column"
      ? existing.has(job.marker.column)
      : (await driver.columnsOf(job.marker.table)).size > 0;
  if (!dryRun) {
    await driver.setup(async () => {
      const now = await driver.columnsOf(job.table);
      await ensureMarker(driver, job.table, job.marker, now);
      for (const t of targets)
        if (keepOriginal && !now.has(t))
          await driver.run(`ALTER TABLE ${quote(job.table)} ADD COLUMN ${quote(t)} TEXT`);
      await state.ensure();
    });
  }
  const total = await countAll(driver, job);
  const pendingAtStart = markerExists ? await countPending(driver, job) : total;
  config.onStart?.({ total, pending: pendingAtStart });

  const checkpoint = dryRun ? null : await state.read();
  // SQLite resumes after the checkpoint; PostgreSQL sweepers share the table and use SKIP LOCKED.
  let after: unknown =
    driver.kind === "sqlite" && checkpoint?.status === "running" ? checkpoint.lastId : null;
  const summary = new SummaryBuilder(job.columns, config.samples ?? (dryRun ? 5 : 0));
  const provenance: Provenance = {
    tool: "chat-redact sweep",
    version,
    policy: config.policyName,
    run,
    target: keepOriginal ? "keep-original" : "in-place",
  };
  const limit = config.limit ?? Infinity;
  let waiting = { left: -1, since: 0 };
  let leftLocked = 0;

  while (summary.swept < limit) {
    const size = Math.min(batchSize, limit - summary.swept);
    if (dryRun) {
      const rows = markerExists
        ? await claimBatch(driver, job, after, size, false)
        : await readAll(driver, job, after, size);
      if (rows.length === 0) break;
      for (const row of rows)
        summary.add(redactRow(redactor, job.columns, row, provenance), row.cells);
      summary.batches++;
      after = rows[rows.length - 1]!.id;
      config.onProgress?.({
        swept: summary.swept,
        pending: pendingAtStart - summary.swept,
        rate: summary.rate(),
      });
      continue;
    }
    await driver.begin();
    let done: RedactedRow[];
    let originals: (readonly Cell[])[];
    try {
      const rows = await claimBatch(driver, job, after, size, true);
      if (rows.length === 0) {
        await driver.commit();
        if (after !== null) {
          // Always end with a pass from the first id: rows below the checkpoint (or, with
          // several sweepers, rows another sweeper held and gave back) that are still unmarked.
          after = null;
          continue;
        }
        const left = driver.kind === "postgres" ? await countPending(driver, job) : 0;
        if (left > 0) {
          // Other sweepers hold the rest; if one dies its rows come back, so wait and look
          // again, unless nothing moves for a while (a sweeper whose connection the server
          // has not yet noticed is gone): then stop and say so, a rerun picks them up.
          if (left !== waiting.left) waiting = { left, since: Date.now() };
          if (Date.now() - waiting.since < (config.waitLockedMs ?? STALL_MS)) {
            await sleep(LOCKED_RETRY_MS);
            continue;
          }
          leftLocked = left;
        }
        break;
      }
      originals = rows.map((r) => r.cells);
      done = rows.map((row) => redactRow(redactor, job.columns, row, provenance));
      for (const row of done) await writeRow(driver, job, targets, row);
      const last = rows[rows.length - 1]!.id;
      await state.advance(
        driver.kind === "sqlite" ? last : null,
        rows.length,
        config.policyName,
        version,
      );
      await driver.commit();
      after = last;
    } catch (e) {
      await driver.rollback().catch(() => undefined);
      throw e;
    }
    done.forEach((row, i) => summary.add(row, originals[i]!));
    summary.batches++;
    config.onProgress?.({
      swept: summary.swept,
      pending: Math.max(0, pendingAtStart - summary.swept),
      rate: summary.rate(),
    });
  }
  if (!dryRun && summary.swept < limit && leftLocked === 0) {
    await driver.begin();
    await state.finish();
    await driver.commit();
  }
  return summary.finish({
    db,
    table: job.table,
    columns: job.columns,
    dryRun,
    run,
    policy: config.policyName,
    version,
    total,
    alreadySwept: total - pendingAtStart,
    leftLocked,
  });
}

function markerName(marker: Marker): string {
  return marker.kind === "column" ? marker.column : `table:${marker.table}`;
}

/** Dry run before any sweep: every row, in id order. */
async function readAll(driver: SweepDriver, job: Job, after: unknown, limit: number) {
  const id = `t.${quote(job.id)}`;
  const params: unknown[] = [];
  let where = "";
  if (after !== null) {
    params.push(after);
    where = `WHERE ${id} > ${driver.param(1)}`;
  }
  params.push(limit);
  const cells = job.columns.map((c, i) => driver.selectCell(c, `c${i}`)).join(", ");
  const rows = await driver.query(
    `SELECT ${id} AS id, ${cells} FROM ${quote(job.table)} t ${where} ORDER BY ${id} LIMIT ${driver.param(params.length)}`,
    params,
  );
  return rows.map((r) => ({ id: r.id, cells: job.columns.map((_, i) => driver.cell(r, `c${i}`)) }));
}

/**
 * Write one row: the redacted cells and the report, guarded by the marker so a
 * row that is somehow already marked makes the whole batch roll back instead
 * of being written twice.
 */
async function writeRow(
  driver: SweepDriver,
  job: Job,
  targets: readonly string[],
  row: RedactedRow,
): Promise<void> {
  const params: unknown[] = [];
  const sets: string[] = [];
  // Placeholders are numbered in the order the values are pushed (SQLite's ? are positional).
  const add = (make: (n: number) => { sql: string; value: unknown }): string => {
    const w = make(params.length + 1);
    if (w.value !== undefined) params.push(w.value);
    return w.sql;
  };
  row.cells.forEach((cell, i) =>
    sets.push(`${quote(targets[i]!)} = ${add((n) => driver.writeCell(cell, n))}`),
  );
  const json = JSON.stringify(row.report);
  if (job.marker.kind === "column") {
    sets.push(`${quote(job.marker.column)} = ${add((n) => driver.writeJson(json, n))}`);
  }
  params.push(row.id);
  const idParam = driver.param(params.length);
  const guard = job.marker.kind === "column" ? ` AND ${quote(job.marker.column)} IS NULL` : "";
  const changed = await driver.run(
    `UPDATE ${quote(job.table)} SET ${sets.join(", ")} WHERE ${quote(job.id)} = ${idParam}${guard}`,
    params,
  );
  if (changed !== 1)
    throw new Error(
      `row ${String(row.id)} changed under the sweeper (expected 1 row updated, got ${changed}); batch rolled back`,
    );
  if (job.marker.kind === "table") {
    const w = driver.writeJson(json, 3);
    await driver.run(
      `INSERT INTO ${quote(job.marker.table)} (source_table, row_id, report) VALUES (${driver.param(1)}, ${driver.param(2)}, ${w.sql})`,
      [job.table, String(row.id), w.value],
    );
  }
}
