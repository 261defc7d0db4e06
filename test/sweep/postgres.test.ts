import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedactor, type Redactor } from "../../src/index.js";
import {
  message,
  PG_MISSING,
  PG_URL,
  SKIP_PG,
  SLOW,
  stableReport,
  startSweep,
  sweepJson,
} from "./helpers.js";

if (SKIP_PG) console.warn(`sweep PostgreSQL tests skipped: ${PG_MISSING}`);

let client: pg.Client;
let redactor: Redactor;
const suffix = `${process.pid}_${Date.now() % 100000}`;

async function logbook(table: string, n: number, first = 1): Promise<void> {
  await client.query(`DROP TABLE IF EXISTS ${table}`);
  await client.query(
    `CREATE TABLE ${table} (id integer PRIMARY KEY, operator text, body text, note text)`,
  );
  const ids = Array.from({ length: n }, (_, i) => first + i);
  await client.query(
    `INSERT INTO ${table} SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[])`,
    [
      ids,
      ids.map((i) => `op${i % 7}`),
      ids.map((i) => message(i)),
      ids.map((i) => (i % 5 === 0 ? message(i + 11) : null)),
    ],
  );
}

async function rows(table: string): Promise<Record<string, unknown>[]> {
  return (await client.query(`SELECT * FROM ${table} ORDER BY id`)).rows;
}

describe.skipIf(SKIP_PG)("chat-redact sweep on PostgreSQL", SLOW, () => {
  beforeAll(async () => {
    if (PG_MISSING !== null) throw new Error(`${PG_MISSING} (required when CI is set)`);
    client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    redactor = createRedactor();
  });
  afterAll(async () => {
    await client?.end();
  });

  it("redacts every row once, like the library, and recognises swept rows on a later run", async () => {
    const table = `straight_${suffix}`;
    await logbook(table, 150);
    const original = await rows(table);
    const db = ["--db", PG_URL!, "--table", table, "--columns", "body,note", "--batch", "40"];
    expect(await sweepJson(db)).toMatchObject({ swept: 150, alreadySwept: 0, batches: 4 });
    const after = await rows(table);
    after.forEach((row, i) => {
      const before = original[i]!;
      expect(row.body).toBe(redactor.redact(before.body as string).text);
      expect(row.note).toBe(
        before.note === null ? null : redactor.redact(before.note as string).text,
      );
      expect(row.chat_redact_report).toMatchObject({
        sweep: { tool: "chat-redact sweep", policy: "default", target: "in-place" },
      });
    });
    expect(JSON.stringify(after)).not.toContain("borstkanker");
    const again = await sweepJson([...db, "--state-table", `other_state_${suffix}`]);
    expect(again).toMatchObject({ swept: 0, alreadySwept: 150 });
    expect(await rows(table)).toEqual(after);
  });

  it("NULL, empty and huge values survive", async () => {
    const table = `edge_${suffix}`;
    await client.query(`DROP TABLE IF EXISTS ${table}`);
    await client.query(`CREATE TABLE ${table} (id bigint PRIMARY KEY, body text)`);
    const huge =
      "We hebben het over het weer gehad en over de vakantie. ".repeat(18_000) +
      "Mijn zus heeft epilepsie.";
    await client.query(`INSERT INTO ${table} VALUES (1, NULL), (2, ''), (3, $1), (4, $2)`, [
      huge,
      "Ik ga elke zondag naar de kerk 🙏🏽 met mijn man",
    ]);
    const summary = await sweepJson(["--db", PG_URL!, "--table", table, "--columns", "body"]);
    expect(summary).toMatchObject({ swept: 4, cells: { null: 1, text: 3 } });
    const out = await rows(table);
    expect(out[0]).toMatchObject({ body: null, chat_redact_report: { columns: { body: null } } });
    expect(out[1]!.body).toBe("");
    expect(out[1]!.chat_redact_report).not.toBeNull();
    expect(out[2]!.body).toBe(redactor.redact(huge).text);
    expect((out[2]!.body as string).endsWith("epilepsie.")).toBe(false);
    expect(out[3]!.body).toBe(
      redactor.redact("Ik ga elke zondag naar de kerk 🙏🏽 met mijn man").text,
    );
  }, 300_000);

  it("4 sweepers on one table: every row swept exactly once", async () => {
    const table = `shared_${suffix}`;
    const n = 3000;
    await logbook(table, n);
    const original = await rows(table);
    const args = ["--db", PG_URL!, "--table", table, "--columns", "body,note", "--batch", "20"];
    const workers = Array.from({ length: 4 }, () => startSweep([...args, "--json", "--quiet"]));
    const results = await Promise.all(workers.map((w) => w.done));
    const summaries = results.map((r) => {
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as { run: string; swept: number };
    });
    expect(summaries.reduce((s, x) => s + x.swept, 0)).toBe(n);
    expect(summaries.filter((s) => s.swept > 0).length).toBeGreaterThanOrEqual(2);
    const after = await rows(table);
    const perRun = new Map<string, number>();
    after.forEach((row, i) => {
      const run = (row.chat_redact_report as { sweep: { run: string } }).sweep.run;
      perRun.set(run, (perRun.get(run) ?? 0) + 1);
      expect(row.body).toBe(redactor.redact(original[i]!.body as string).text);
    });
    // Each row carries the run that swept it; each run's count is what that sweeper reported.
    for (const s of summaries) expect(perRun.get(s.run) ?? 0).toBe(s.swept);
    const state = await client.query(`SELECT swept, status FROM chat_redact_sweep WHERE job = $1`, [
      `${table}(body,note)->chat_redact_report`,
    ]);
    expect(state.rows).toEqual([{ swept: String(n), status: "done" }]);
  });

  it("2 sweepers with a side report table: one report per row", async () => {
    const table = `side_${suffix}`;
    const reports = `side_reports_${suffix}`;
    await client.query(`DROP TABLE IF EXISTS ${reports}`);
    await logbook(table, 600);
    const args = [
      "--db",
      PG_URL!,
      "--table",
      table,
      "--columns",
      "body",
      "--batch",
      "15",
      "--report-table",
      reports,
      "--keep-original",
    ];
    const results = await Promise.all(
      [0, 1].map(() => startSweep([...args, "--json", "--quiet"]).done),
    );
    const swept = results.map((r) => {
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { swept: number }).swept;
    });
    expect(swept[0]! + swept[1]!).toBe(600);
    const side = await client.query(`SELECT row_id FROM ${reports} WHERE source_table = $1`, [
      table,
    ]);
    expect(new Set(side.rows.map((r) => r.row_id)).size).toBe(600);
    const after = await rows(table);
    for (const row of after)
      expect(row.body_redacted).toBe(redactor.redact(row.body as string).text);
  });

  it("rows another sweeper holds without progress are left for a rerun, not skipped", async () => {
    const table = `held_${suffix}`;
    await logbook(table, 60);
    const holder = new pg.Client({ connectionString: PG_URL });
    await holder.connect();
    const args = ["--db", PG_URL!, "--table", table, "--columns", "body", "--batch", "10"];
    // The report column exists already: adding it needs a moment of exclusive lock.
    await client.query(`ALTER TABLE ${table} ADD COLUMN chat_redact_report jsonb`);
    try {
      await holder.query("BEGIN");
      await holder.query(`SELECT id FROM ${table} WHERE id BETWEEN 21 AND 25 FOR UPDATE`);
      const r = await startSweep([...args, "--wait-locked", "1", "--json"]).done;
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout)).toMatchObject({ swept: 55, leftLocked: 5 });
      expect(r.stderr).toContain("run again");
    } finally {
      await holder.query("ROLLBACK");
      await holder.end();
    }
    expect(await sweepJson(args)).toMatchObject({ swept: 5, alreadySwept: 55, leftLocked: 0 });
    const after = await rows(table);
    expect(after.every((row) => row.chat_redact_report !== null)).toBe(true);
  });

  it("a sweeper killed with SIGKILL loses nothing: resume equals a straight run", async () => {
    const crashed = `crash_${suffix}`;
    const straight = `crash_straight_${suffix}`;
    const n = 4000;
    await logbook(crashed, n);
    await logbook(straight, n);
    const pristine = await rows(crashed);
    const args = ["--columns", "body,note", "--batch", "40", "--quiet"];
    const job = `${crashed}(body,note)->chat_redact_report`;
    const run = startSweep(["--db", PG_URL!, "--table", crashed, ...args]);
    let exited = false;
    void run.done.then(() => (exited = true));
    const end = Date.now() + 180_000;
    for (;;) {
      const r = await client.query("SELECT swept FROM chat_redact_sweep WHERE job = $1", [job]);
      if (Number(r.rows[0]?.swept ?? 0) >= 200) break;
      if (Date.now() > end) throw new Error("timed out waiting for the first checkpoints");
      if (exited) throw new Error("the sweeper exited before it could be killed");
      await new Promise((r) => setTimeout(r, 5));
    }
    run.child.kill("SIGKILL");
    expect((await run.done).signal).toBe("SIGKILL");

    // The server rolls the killed connection's open batch back when it notices the socket closed.
    for (let i = 0; i < 50; i++) {
      const busy = await client.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'chat-redact sweep'",
      );
      if (busy.rows[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const mid = await rows(crashed);
    const marked = mid.filter((r) => r.chat_redact_report !== null);
    const state = await client.query("SELECT swept FROM chat_redact_sweep WHERE job = $1", [job]);
    expect(marked.length).toBe(Number(state.rows[0].swept));
    expect(marked.length).toBeGreaterThanOrEqual(200);
    expect(marked.length).toBeLessThan(n);
    mid.forEach((row, i) => {
      const before = pristine[i]!;
      if (row.chat_redact_report === null) expect(row.body).toBe(before.body);
      else expect(row.body).toBe(redactor.redact(before.body as string).text);
    });

    const resumed = await sweepJson(["--db", PG_URL!, "--table", crashed, ...args]);
    expect(resumed).toMatchObject({ swept: n - marked.length, alreadySwept: marked.length });
    await sweepJson(["--db", PG_URL!, "--table", straight, ...args]);
    const a = await rows(crashed);
    const b = await rows(straight);
    expect(a).toHaveLength(n);
    for (let i = 0; i < n; i++) {
      const { chat_redact_report: ra, ...restA } = a[i]!;
      const { chat_redact_report: rb, ...restB } = b[i]!;
      expect(restA).toEqual(restB);
      expect(stableReport(ra)).toEqual(stableReport(rb));
    }
  }, 600_000);
});
