import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSweepArgs } from "../../src/cli/sweep.js";
import { RedactError } from "../../src/index.js";
import { sweep, type SweepConfig } from "../../src/sweep/runner.js";
import { formatSummary } from "../../src/sweep/summary.js";
import { message, SLOW } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "chat-redact-sweep-runner-"));

function logbook(name: string, n: number): string {
  const path = join(dir, name);
  const db = new Database(path);
  db.exec("CREATE TABLE chats (msg_id INTEGER PRIMARY KEY, tekst TEXT)");
  const insert = db.prepare("INSERT INTO chats (msg_id, tekst) VALUES (?, ?)");
  for (let i = 1; i <= n; i++) insert.run(i * 10, message(i));
  db.close();
  return path;
}

const base = (path: string): SweepConfig => ({
  db: `sqlite:${path}`,
  table: "chats",
  id: "msg_id",
  columns: ["tekst"],
  redactor: { labels: "nl" },
  policyName: "default",
});

describe("sweep runner (in process)", SLOW, () => {
  it("sweeps with Dutch labels, reports progress and resumes after --limit", async () => {
    const path = logbook("limit.db", 30);
    const seen: number[] = [];
    const first = await sweep({
      ...base(path),
      batchSize: 7,
      limit: 14,
      onProgress: (p) => seen.push(p.swept),
    });
    expect(first).toMatchObject({ swept: 14, batches: 2, total: 30, alreadySwept: 0 });
    expect(seen).toEqual([7, 14]);
    const db = new Database(path, { readonly: true });
    expect(db.prepare("SELECT last_id, status FROM chat_redact_sweep").get()).toEqual({
      last_id: "140",
      status: "running",
    });
    db.close();
    const rest = await sweep({ ...base(path), batchSize: 7 });
    expect(rest).toMatchObject({ swept: 16, alreadySwept: 14 });
    const check = new Database(path, { readonly: true });
    const texts = check.prepare("SELECT tekst FROM chats ORDER BY msg_id").all() as {
      tekst: string;
    }[];
    check.close();
    expect(texts.some((t) => t.tekst.includes("[GEZONDHEID]"))).toBe(true);
    expect(texts.every((t) => !t.tekst.includes("borstkanker"))).toBe(true);
    expect(formatSummary(rest)).toContain("swept 16 row(s)");
  });

  it("refuses bad tables, columns, names and batch sizes with a RedactError before writing", async () => {
    const path = logbook("bad.db", 3);
    const cases: Partial<SweepConfig>[] = [
      { table: "nope" },
      { columns: ["tekst", "missing"] },
      { columns: ["tekst; DROP TABLE chats"] },
      { columns: [] },
      { columns: ["tekst", "tekst"] },
      { reportColumn: "tekst" },
      { reportColumn: "r", reportTable: "t" },
      { batchSize: 0 },
      { db: "mysql://localhost/x" },
    ];
    for (const c of cases) {
      await expect(sweep({ ...base(path), ...c }), JSON.stringify(c)).rejects.toBeInstanceOf(
        RedactError,
      );
    }
    const db = new Database(path, { readonly: true });
    const cols = (db.prepare("PRAGMA table_info(chats)").all() as { name: string }[]).map(
      (r) => r.name,
    );
    db.close();
    expect(cols).toEqual(["msg_id", "tekst"]);
  });
});

describe("chat-redact sweep arguments", () => {
  it("reads the job, the policy flags and the run options", () => {
    const a = parseSweepArgs([
      "--db=sqlite:x.db",
      "--table",
      "logbook.messages",
      "--columns",
      "body, note",
      "--column",
      "extra",
      "--policy",
      "strict",
      "--batch",
      "50",
      "--dry-run",
      "--json",
    ]);
    expect(a.config).toMatchObject({
      db: "sqlite:x.db",
      table: "logbook.messages",
      id: "id",
      columns: ["body", "note", "extra"],
      batchSize: 50,
      dryRun: true,
    });
    expect(a.policy.policy).toBe("strict");
    expect(a.json).toBe(true);
  });

  it("names what is missing or wrong", () => {
    expect(() => parseSweepArgs(["--table", "t", "--columns", "c"])).toThrow(/--db is required/);
    expect(() => parseSweepArgs(["--db", "sqlite:x.db", "--table", "t"])).toThrow(
      /--columns is required/,
    );
    expect(() => parseSweepArgs(["--db", "sqlite:x.db", "--batch", "0"])).toThrow(/--batch/);
    expect(() => parseSweepArgs(["--frobnicate"])).toThrow(/unknown sweep option/);
    expect(parseSweepArgs(["--help"]).help).toBe(true);
  });
});
