import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "../..");
const cli = join(root, "dist/cli.js");
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8" });

describe("chat-redact CLI", () => {
  it("redacts the shipped JSONL sample into the scorer's prediction format", () => {
    const out = execFileSync(
      process.execPath,
      [cli, "--input", join(root, "fixtures/sample.jsonl")],
      {
        encoding: "utf8",
      },
    );
    const rows = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining([
          "id",
          "redacted",
          "categories",
          "signals",
          "lang",
          "nude",
          "report",
        ]),
      );
    }
    const s02 = rows.find((r) => r.id === "s02");
    expect(s02.redacted).toBe("You can reach me at [EMAIL], my profile is at [URL]");
    expect(s02.lang).toBe("en");
  });

  it("reads plain text lines and writes plain text with --format text", () => {
    const r = run(["--format", "text"], "mail me: x@example.org\nniks bijzonders\n");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("mail me: [EMAIL]\nniks bijzonders\n");
  });

  it("reports a bad JSON line by number, processes the rest and exits non-zero", () => {
    const r = run([], '{"id":"a","text":"ok a@b.nl"}\n{oops\n{"id":"c","text":"fine"}\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("line 2");
    const ids = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).id);
    expect(ids).toEqual(["a", "c"]);
  });

  it("passes other fields through and writes to --output", () => {
    const dir = mkdtempSync(join(tmpdir(), "cr-cli-"));
    const input = join(dir, "in.jsonl");
    const output = join(dir, "out.jsonl");
    writeFileSync(input, JSON.stringify({ id: 7, channel: "web", text: "hoi" }) + "\n");
    expect(run(["-i", input, "-o", output]).status).toBe(0);
    const row = JSON.parse(readFileSync(output, "utf8"));
    expect(row).toMatchObject({ id: 7, channel: "web", redacted: "hoi" });
    expect(row.text).toBeUndefined();
  });

  it("prints help and rejects unknown flags with exit code 2", () => {
    expect(run(["--help"]).stdout).toContain("Usage:");
    const bad = run(["--frobnicate"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown option");
  });
});
