import type * as Pg from "pg";
import type { Cell, SweepDriver } from "./driver.js";
import { loadOptional } from "./load.js";

type PgModule = typeof Pg;

const SETUP_LOCK_TIMEOUT = "3s";
const SETUP_TRIES = 5;

/** Advisory lock key for setup DDL ("chat-redact sweep" as two int4s). */
const SETUP_LOCK = [0x63687265, 0x73776565];

/**
 * PostgreSQL through `pg`: one connection per sweeper. Transactions run in
 * READ COMMITTED; claims use `FOR UPDATE SKIP LOCKED`, so concurrent sweepers
 * (processes or machines) take disjoint batches, and a sweeper that dies
 * releases its rows when its connection closes. PostgreSQL text cannot hold
 * invalid UTF-8 or NUL, so cells are plain strings.
 */
export async function openPostgres(url: string): Promise<SweepDriver> {
  const pg = await loadOptional<PgModule>("pg", "postgres://");
  const client = new pg.Client({ connectionString: url, application_name: "chat-redact sweep" });
  await client.connect();
  // A dead connection must not hang the run; errors surface on the next query.
  client.on("error", () => undefined);
  const query = async (sql: string, params: readonly unknown[] = []) =>
    client.query({ text: sql, values: params as unknown[] });

  return {
    kind: "postgres",
    jsonType: "jsonb",
    claimLock: "FOR UPDATE SKIP LOCKED",
    param: (n) => `$${n}`,
    async query(sql, params) {
      return (await query(sql, params)).rows as Record<string, unknown>[];
    },
    async run(sql, params) {
      return (await query(sql, params)).rowCount ?? 0;
    },
    async begin() {
      await query("BEGIN");
    },
    async commit() {
      await query("COMMIT");
    },
    async rollback() {
      await query("ROLLBACK");
    },
    async columnsOf(table) {
      const [schema, name] = table.includes(".") ? table.split(".") : [null, table];
      const r = await query(
        `SELECT column_name FROM information_schema.columns
         WHERE table_schema = COALESCE($1, current_schema()) AND table_name = $2`,
        [schema, name],
      );
      return new Set(r.rows.map((row: { column_name: string }) => row.column_name));
    },
    selectCell: (column, alias) => `"${column}" AS ${alias}`,
    cell(row, alias): Cell {
      const value = row[alias];
      if (value === null || value === undefined) return { kind: "null" };
      return { kind: "text", text: String(value), invalidBytes: 0 };
    },
    writeCell(cell, n) {
      if (cell.kind === "null") return { sql: "NULL", value: undefined };
      return { sql: `$${n}`, value: cell.text };
    },
    writeJson: (json, n) => ({ sql: `$${n}::jsonb`, value: json }),
    // ALTER TABLE needs a moment of exclusive lock; queued behind a long transaction it
    // would block every query on the table, so it waits at most a few seconds per try.
    async setup(work) {
      for (let attempt = 1; ; attempt++) {
        await query("BEGIN");
        try {
          await query("SELECT pg_advisory_xact_lock($1, $2)", SETUP_LOCK);
          await query(`SET LOCAL lock_timeout = '${SETUP_LOCK_TIMEOUT}'`);
          await work();
          await query("COMMIT");
          return;
        } catch (e) {
          await query("ROLLBACK").catch(() => undefined);
          if ((e as { code?: string }).code !== "55P03" || attempt >= SETUP_TRIES) throw e;
          await new Promise((r) => setTimeout(r, 1000 * attempt));
        }
      }
    },
    async close() {
      await client.end().catch(() => undefined);
    },
  };
}
