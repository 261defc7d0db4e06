import type { SweepDriver } from "./driver.js";
import { quote } from "./identifiers.js";

/**
 * The checkpoint table (default `chat_redact_sweep`): one row per sweep job
 * (table, columns and report target), holding how far the job got (`last_id`,
 * the highest id of the last committed batch), how many rows it swept, and
 * its status. Every batch updates it in the batch's own transaction, so it is
 * never ahead of or behind the rows.
 *
 * The checkpoint only makes a resumed run fast: it starts after `last_id`
 * instead of scanning the swept rows again. Correctness never depends on it:
 * the marker on each row (marker.ts) decides what is swept, and every run
 * ends with a pass from the first id, so a row below the checkpoint that is
 * still unmarked (inserted later, or from a lost checkpoint) is swept too.
 * With several PostgreSQL sweepers `last_id` is not used (claims skip
 * locked rows instead), only the counters.
 */
export interface Checkpoint {
  readonly lastId: string | null;
  readonly swept: number;
  readonly status: string;
}

export class StateTable {
  readonly #sql: string;

  constructor(
    private readonly driver: SweepDriver,
    table: string,
    readonly key: string,
  ) {
    this.#sql = quote(table);
  }

  async ensure(): Promise<void> {
    await this.driver.run(
      `CREATE TABLE IF NOT EXISTS ${this.#sql} (
        job TEXT PRIMARY KEY,
        last_id TEXT,
        swept BIGINT NOT NULL DEFAULT 0,
        status TEXT NOT NULL,
        policy TEXT,
        version TEXT,
        updated_at TEXT NOT NULL
      )`,
    );
    const p = (n: number) => this.driver.param(n);
    await this.driver.run(
      `INSERT INTO ${this.#sql} (job, last_id, swept, status, updated_at)
       VALUES (${p(1)}, NULL, 0, 'new', ${p(2)}) ON CONFLICT (job) DO NOTHING`,
      [this.key, now()],
    );
  }

  async read(): Promise<Checkpoint | null> {
    const rows = await this.driver.query(
      `SELECT last_id, swept, status FROM ${this.#sql} WHERE job = ${this.driver.param(1)}`,
      [this.key],
    );
    const row = rows[0];
    if (row === undefined) return null;
    return {
      lastId: row.last_id === null ? null : String(row.last_id),
      swept: Number(row.swept),
      status: String(row.status),
    };
  }

  /** Record a committed batch (call inside the batch's transaction). */
  async advance(lastId: unknown, rows: number, policy: string, version: string): Promise<void> {
    const p = (n: number) => this.driver.param(n);
    await this.driver.run(
      `UPDATE ${this.#sql} SET last_id = ${p(1)}, swept = swept + ${p(2)}, status = 'running',
       policy = ${p(3)}, version = ${p(4)}, updated_at = ${p(5)} WHERE job = ${p(6)}`,
      [lastId === null ? null : String(lastId), rows, policy, version, now(), this.key],
    );
  }

  /** Mark the job done: nothing left to sweep; the next run starts from the first id. */
  async finish(): Promise<void> {
    const p = (n: number) => this.driver.param(n);
    await this.driver.run(
      `UPDATE ${this.#sql} SET last_id = NULL, status = 'done', updated_at = ${p(1)} WHERE job = ${p(2)}`,
      [now(), this.key],
    );
  }
}

function now(): string {
  return new Date().toISOString();
}
