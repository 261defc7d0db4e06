/** A value as read from a text column, before redaction. */
export type Cell =
  | { readonly kind: "null" }
  | {
      readonly kind: "text";
      /** Decoded text; invalid UTF-8 bytes appear as escapes (see bytes.ts). */
      readonly text: string;
      readonly invalidBytes: number;
      /** SQLite only: the cell was stored as a BLOB, not TEXT (written back the same way). */
      readonly blob?: boolean;
    };

/** One row of a batch: its id as the driver returned it, and one cell per swept column. */
export interface SourceRow {
  readonly id: unknown;
  readonly cells: readonly Cell[];
}

/** A new value for a text column: the redacted text, kept in the storage class it was read in. */
export interface CellWrite {
  readonly column: string;
  readonly cell: Cell;
}

/**
 * The small surface the sweeper needs from a database. Two adapters implement
 * it (sqlite.ts on better-sqlite3, postgres.ts on pg); SQL that differs
 * between them lives behind these methods, the rest (claim.ts, marker.ts,
 * state.ts) writes portable SQL with `param(n)` placeholders.
 */
export interface SweepDriver {
  readonly kind: "sqlite" | "postgres";
  /** The placeholder for the n-th parameter (1-based): `?` or `$n`. */
  param(n: number): string;
  /** Run a statement; rows for a SELECT, [] otherwise. */
  query(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  /** Run a statement and return how many rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Start a write transaction (SQLite: BEGIN IMMEDIATE, so the write lock is held from the first read). */
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /** Column names of a table (empty when the table does not exist). */
  columnsOf(table: string): Promise<Set<string>>;
  /** SQL type for the report column / side table report: jsonb or TEXT. */
  readonly jsonType: string;
  /** How to read a text column so `cell()` can decode it (may add helper columns). */
  selectCell(column: string, alias: string): string;
  /** Decode the cell selected with `selectCell` under `alias`. */
  cell(row: Record<string, unknown>, alias: string): Cell;
  /** The SQL expression and parameter value that write `cell` back. */
  writeCell(cell: Cell, n: number): { sql: string; value: unknown };
  /** The SQL expression and parameter value for a JSON document. */
  writeJson(json: string, n: number): { sql: string; value: unknown };
  /** Row locking suffix of a claim (`FOR UPDATE SKIP LOCKED`), empty for SQLite. */
  readonly claimLock: string;
  /** Run DDL under a database-wide lock so concurrent sweepers set up once. */
  setup(work: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}
