import Database from "better-sqlite3";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createRedactor, restore, type Redactor } from "../../src/index.js";
import { message, SLOW, startSweep, stableReport, sweepJson, until } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "chat-redact-sweep-sqlite-"));
let redactor: Redactor;

/** A logbook file with `n` generated messages in `body` and a second text column `note`. */
function logbook(name: string, n: number): string {
  const path = join(dir, name);
  const db = new Database(path);
  db.exec(
    "CREATE TABLE messages (id INTEGER PRIMARY KEY, operator TEXT, body TEXT, note TEXT, created TEXT)",
  );
  const insert = db.prepare(
    "INSERT INTO messages (id, operator, body, note, created) VALUES (?, ?, ?, ?, ?)",
  );
  db.transaction(() => {
    for (let i = 1; i <= n; i++)
      insert.run(i, `op${i % 7}`, message(i), i % 5 === 0 ? message(i + 11) : null, "2024-03-01");
  })();
  db.close();
  return path;
}

function rows(path: string, sql = "SELECT * FROM messages ORDER BY id"): Record<string, unknown>[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

beforeAll(() => {
  redactor = createRedactor();
});

describe("chat-redact sweep on SQLite", SLOW, () => {
  it("redacts every row in place like the library does and stores report, policy and version", async () => {
    const db = logbook("straight.db", 120);
    const original = rows(db);
    const summary = await sweepJson([
      "--db",
      `sqlite:${db}`,
      "--table",
      "messages",
      "--columns",
      "body,note",
      "--batch",
      "25",
    ]);
    expect(summary).toMatchObject({
      swept: 120,
      alreadySwept: 0,
      batches: 5,
      dryRun: false,
      policy: "default",
    });
    const after = rows(db);
    expect(after).toHaveLength(120);
    after.forEach((row, i) => {
      const before = original[i]!;
      expect(row.body).toBe(redactor.redact(before.body as string).text);
      expect(row.note).toBe(
        before.note === null ? null : redactor.redact(before.note as string).text,
      );
      expect(row.operator).toBe(before.operator);
      const report = JSON.parse(row.chat_redact_report as string);
      expect(report.sweep).toMatchObject({
        tool: "chat-redact sweep",
        policy: "default",
        target: "in-place",
      });
      expect(report.sweep.version).toBe(
        JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")).version,
      );
      expect(report.columns.body.categories).toEqual(
        redactor.redact(before.body as string).report.categories,
      );
      if (before.note === null) expect(report.columns.note).toBeNull();
    });
    const changed = after.filter((row, i) => row.body !== original[i]!.body).length;
    expect(changed).toBeGreaterThan(80);
    expect(JSON.stringify(after)).not.toContain("borstkanker");
    const state = rows(db, "SELECT * FROM chat_redact_sweep");
    expect(state).toMatchObject([{ swept: 120, status: "done", last_id: null, policy: "default" }]);
  });

  it("leaves swept rows alone on a second run, even with another checkpoint table", async () => {
    const db = logbook("twice.db", 40);
    await sweepJson(["--db", `sqlite:${db}`, "--table", "messages", "--columns", "body"]);
    const first = rows(db);
    const again = await sweepJson([
      "--db",
      `sqlite:${db}`,
      "--table",
      "messages",
      "--columns",
      "body",
      "--state-table",
      "other_checkpoints",
    ]);
    expect(again).toMatchObject({ swept: 0, alreadySwept: 40, total: 40 });
    expect(rows(db)).toEqual(first);
    // A row added later is the only one the next run touches.
    const w = new Database(db);
    w.prepare("INSERT INTO messages (id, body) VALUES (41, ?)").run(
      "Ik ben zwanger van de tweede.",
    );
    w.close();
    const third = await sweepJson([
      "--db",
      `sqlite:${db}`,
      "--table",
      "messages",
      "--columns",
      "body",
    ]);
    expect(third).toMatchObject({ swept: 1, alreadySwept: 40 });
    expect(rows(db).slice(0, 40)).toEqual(first);
    expect(rows(db)[40]!.body).toBe(redactor.redact("Ik ben zwanger van de tweede.").text);
  });

  it("dry run: counts per category and redacted samples, and writes nothing", async () => {
    const db = logbook("dry.db", 30);
    const bytes = readFileSync(db);
    const r = await startSweep([
      "--db",
      `sqlite:${db}`,
      "--table",
      "messages",
      "--columns",
      "body",
      "--dry-run",
      "--json",
    ]).done;
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ dryRun: true, swept: 30, alreadySwept: 0 });
    expect(summary.categories.health).toBeGreaterThan(0);
    expect(summary.categories.religion).toBeGreaterThan(0);
    expect(summary.samples).toHaveLength(5);
    const shown = JSON.stringify(summary) + r.stderr;
    expect(shown).toContain("[HEALTH]");
    for (const raw of ["borstkanker", "antidepressiva", "henk1950@example.nl", "moskee"])
      expect(shown).not.toContain(raw);
    expect(r.stderr).toContain("dry run, nothing written");
    expect(readFileSync(db).equals(bytes)).toBe(true);
  });

  it("--keep-original writes <column>_redacted; --report-table keeps reports in a side table", async () => {
    const db = logbook("keep.db", 20);
    const original = rows(db);
    await sweepJson([
      "--db",
      `sqlite:${db}`,
      "--table",
      "messages",
      "--columns",
      "body",
      "--keep-original",
      "--report-table",
      "sweep_reports",
    ]);
    const after = rows(db);
    expect(after.map((r) => r.body)).toEqual(original.map((r) => r.body));
    expect(after.map((r) => r.body_redacted)).toEqual(
      original.map((r) => redactor.redact(r.body as string).text),
    );
    expect(Object.keys(after[0]!)).not.toContain("chat_redact_report");
    const side = rows(db, "SELECT * FROM sweep_reports ORDER BY CAST(row_id AS INTEGER)");
    expect(side.map((r) => r.row_id)).toEqual(original.map((r) => String(r.id)));
    expect(JSON.parse(side[0]!.report as string).sweep.target).toBe("keep-original");
    const again = await sweepJson([
      "--db",
      `sqlite:${db}`,
      "--table",
      "messages",
      "--columns",
      "body",
      "--keep-original",
      "--report-table",
      "sweep_reports",
      "--state-table",
      "elsewhere",
    ]);
    expect(again).toMatchObject({ swept: 0, alreadySwept: 20 });
  });

  it("NULL, empty, huge and invalid UTF-8 cells survive: untouched bytes stay byte for byte", async () => {
    const path = join(dir, "edge.db");
    const db = new Database(path);
    db.exec("CREATE TABLE messages (id INTEGER PRIMARY KEY, body TEXT)");
    const huge =
      "Het was een gewone dag op kantoor en er gebeurde niets bijzonders. ".repeat(15_000) +
      "Ik heb hiv.";
    const invalid = Buffer.concat([
      Buffer.of(0xff, 0xfe),
      Buffer.from(" ik slik antidepressiva "),
      Buffer.of(0xc3, 0x28),
      Buffer.from(" groetjes"),
    ]);
    db.prepare("INSERT INTO messages (id, body) VALUES (1, NULL), (2, ''), (3, ?)").run(huge);
    db.prepare("INSERT INTO messages (id, body) VALUES (4, CAST(? AS TEXT))").run(invalid);
    db.prepare("INSERT INTO messages (id, body) VALUES (5, ?)").run(
      Buffer.from("mijn moeder heeft kanker"),
    ); // a BLOB
    db.close();
    const summary = await sweepJson([
      "--db",
      `sqlite:${path}`,
      "--table",
      "messages",
      "--columns",
      "body",
    ]);
    expect(summary).toMatchObject({ swept: 5, cells: { null: 1, text: 4, invalidUtf8: 1 } });
    const out = rows(
      path,
      "SELECT id, body, typeof(body) AS type, hex(body) AS hex, chat_redact_report AS report FROM messages ORDER BY id",
    );
    expect(out[0]).toMatchObject({ body: null, type: "null" });
    expect(JSON.parse(out[0]!.report as string).columns.body).toBeNull();
    expect(out[1]).toMatchObject({ body: "", type: "text" });
    expect(out[2]!.body).toBe(huge.slice(0, -"hiv.".length) + "[HEALTH].");
    expect(out[3]!.type).toBe("text");
    expect(Buffer.from(out[3]!.hex as string, "hex")).toEqual(
      Buffer.concat([
        Buffer.of(0xff, 0xfe),
        Buffer.from(" ik [MENTAL] "),
        Buffer.of(0xc3, 0x28),
        Buffer.from(" groetjes"),
      ]),
    );
    expect(JSON.parse(out[3]!.report as string).columns.body).toMatchObject({
      invalidUtf8Bytes: 3,
      categories: { mental: 1 },
    });
    expect(out[4]!.type).toBe("blob");
    expect(Buffer.from(out[4]!.hex as string, "hex").toString()).toBe("mijn moeder heeft [HEALTH]");
    for (const row of out) expect(row.report).not.toBeNull();
  }, 240_000);

  it("with --encrypt the originals come back with the key, and not without it", async () => {
    const db = logbook("encrypt.db", 12);
    const original = rows(db);
    const keyFile = join(dir, "sweep.key");
    writeFileSync(keyFile, "7f".repeat(32));
    await sweepJson([
      "--db",
      `sqlite:${db}`,
      "--table",
      "messages",
      "--columns",
      "body",
      "--encrypt",
      "--key-file",
      keyFile,
    ]);
    const after = rows(db);
    expect(JSON.stringify(after)).not.toContain("borstkanker");
    expect(JSON.parse(after[0]!.chat_redact_report as string).sweep.policy).toBe("default+encrypt");
    after.forEach((row, i) =>
      expect(restore(row.body as string, "7f".repeat(32))).toBe(original[i]!.body),
    );
    expect(() => restore(after[0]!.body as string, "01".repeat(32))).toThrow();
  });

  it("a run killed with SIGKILL resumes with no row skipped, none twice and none half-written", async () => {
    const n = 4000;
    const crashed = logbook("crash.db", n);
    const straight = join(dir, "crash-straight.db");
    copyFileSync(crashed, straight);
    const pristine = rows(crashed);
    const args = ["--table", "messages", "--columns", "body,note", "--batch", "40", "--quiet"];

    const run = startSweep(["--db", `sqlite:${crashed}`, ...args]);
    let exited = false;
    void run.done.then(() => (exited = true));
    const reader = new Database(crashed, { readonly: true, timeout: 10_000 });
    let swept = 0;
    await until(
      () => {
        try {
          swept = Number(
            (
              reader.prepare("SELECT swept FROM chat_redact_sweep").get() as
                { swept: number } | undefined
            )?.swept ?? 0,
          );
        } catch {
          swept = 0; // not created yet, or busy
        }
        if (exited) throw new Error("the sweeper exited before it could be killed");
        return swept >= 200;
      },
      180_000,
      "the first checkpoints",
    );
    run.child.kill("SIGKILL");
    const killed = await run.done;
    expect(killed.signal).toBe("SIGKILL");
    reader.close();

    // After the kill: the marked rows are exactly the committed batches, each row whole.
    const mid = rows(crashed);
    const marked = mid.filter((r) => r.chat_redact_report !== null);
    const state = rows(crashed, "SELECT swept, last_id, status FROM chat_redact_sweep")[0]!;
    expect(marked.length).toBe(Number(state.swept));
    expect(marked.length).toBeGreaterThanOrEqual(200);
    expect(marked.length).toBeLessThan(n);
    expect(marked.length % 40).toBe(0);
    expect(Number(state.last_id)).toBe(marked.length);
    mid.forEach((row, i) => {
      const before = pristine[i]!;
      if (row.chat_redact_report === null) {
        expect(row.body).toBe(before.body);
        expect(row.note).toBe(before.note);
      } else {
        expect(row.body).toBe(redactor.redact(before.body as string).text);
      }
    });

    const resumed = await sweepJson(["--db", `sqlite:${crashed}`, ...args]);
    expect(resumed).toMatchObject({ swept: n - marked.length, alreadySwept: marked.length });
    const whole = await sweepJson(["--db", `sqlite:${straight}`, ...args]);
    expect(whole).toMatchObject({ swept: n, alreadySwept: 0 });

    const a = rows(crashed);
    const b = rows(straight);
    expect(a).toHaveLength(n);
    for (let i = 0; i < n; i++) {
      const { chat_redact_report: ra, ...restA } = a[i]!;
      const { chat_redact_report: rb, ...restB } = b[i]!;
      expect(restA).toEqual(restB);
      expect(stableReport(ra)).toEqual(stableReport(rb));
    }
    expect(rows(crashed, "SELECT swept, status FROM chat_redact_sweep")).toEqual([
      { swept: n, status: "done" },
    ]);
  }, 600_000);
});
