import type BetterSqlite3 from "better-sqlite3";
import { decodeBytes, encodeText, hasEscapes } from "./bytes.js";
import type { Cell, SweepDriver } from "./driver.js";
import { quote } from "./identifiers.js";
import { loadOptional } from "./load.js";

type DatabaseConstructor = typeof BetterSqlite3;

/**
 * SQLite through better-sqlite3 (synchronous; wrapped in promises to fit the
 * driver interface). A transaction is BEGIN IMMEDIATE: the write lock is taken
 * before the batch is read, so a second sweeper on the same file waits
 * (busy timeout) instead of claiming the same rows. The journal mode is left
 * as the database has it; both rollback journal and WAL make a killed
 * process's open transaction vanish on the next open.
 */
export async function openSqlite(path: string): Promise<SweepDriver> {
  const Database = await loadOptional<DatabaseConstructor>("better-sqlite3", "sqlite:");
  const db = new Database(path, { fileMustExist: true, timeout: 30_000 });
  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string): BetterSqlite3.Statement => {
    let s = statements.get(sql);
    if (s === undefined) {
      s = db.prepare(sql);
      statements.set(sql, s);
    }
    return s;
  };
  const bind = (params: readonly unknown[]): unknown[] =>
    params.map((p) => (typeof p === "boolean" ? (p ? 1 : 0) : p));

  return {
    kind: "sqlite",
    jsonType: "TEXT",
    claimLock: "",
    param: () => "?",
    async query(sql, params = []) {
      const s = prepare(sql);
      if (!s.reader) {
        s.run(...bind(params));
        return [];
      }
      return s.all(...bind(params)) as Record<string, unknown>[];
    },
    async run(sql, params = []) {
      return prepare(sql).run(...bind(params)).changes;
    },
    async begin() {
      db.exec("BEGIN IMMEDIATE");
    },
    async commit() {
      db.exec("COMMIT");
    },
    async rollback() {
      if (db.inTransaction) db.exec("ROLLBACK");
    },
    async columnsOf(table) {
      const [schema, name] = table.includes(".") ? table.split(".") : [null, table];
      const pragma = schema === null ? "" : `${quote(schema!)}.`;
      const rows = db.prepare(`PRAGMA ${pragma}table_info(${quote(name!)})`).all() as {
        name: string;
      }[];
      return new Set(rows.map((r) => r.name));
    },
    // Bytes, not text: better-sqlite3 would turn invalid UTF-8 into U+FFFD.
    selectCell: (column, alias) =>
      `CAST(${quote(column)} AS BLOB) AS ${alias}, typeof(${quote(column)}) AS ${alias}_type`,
    cell(row, alias): Cell {
      const type = row[`${alias}_type`];
      const value = row[alias];
      if (type === "null" || value === null || value === undefined) return { kind: "null" };
      const bytes = value instanceof Uint8Array ? value : Buffer.from(String(value), "utf8");
      const { text, invalidBytes } = decodeBytes(bytes);
      return { kind: "text", text, invalidBytes, ...(type === "blob" ? { blob: true } : {}) };
    },
    writeCell(cell) {
      if (cell.kind === "null") return { sql: "NULL", value: undefined };
      if (cell.blob === true) return { sql: "?", value: Buffer.from(encodeText(cell.text)) };
      if (hasEscapes(cell.text))
        return { sql: "CAST(? AS TEXT)", value: Buffer.from(encodeText(cell.text)) };
      return { sql: "?", value: cell.text };
    },
    writeJson: (json) => ({ sql: "?", value: json }),
    async setup(work) {
      db.exec("BEGIN IMMEDIATE");
      try {
        await work();
        db.exec("COMMIT");
      } catch (e) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw e;
      }
    },
    async close() {
      db.close();
    },
  };
}
