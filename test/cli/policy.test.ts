import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "../..");
const cli = join(root, "dist/cli.js");
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8", timeout: 120_000 });
const dir = mkdtempSync(join(tmpdir(), "cr-cli8-"));
const keyFile = join(dir, "key");
writeFileSync(keyFile, "5a".repeat(32) + "\n");
const otherKey = join(dir, "other");
writeFileSync(otherKey, Buffer.alloc(32, 7));

const TEXT =
  "Ik ben Jan de Vries, 67 jaar, ik heb diabetes en woon in Zwolle. Mail: jan@example.nl";

describe("CLI policies, keys, restore, workers", { timeout: 180_000 }, () => {
  it("--policy research pseudonymises, strict adds ages; a summary goes to stderr", () => {
    const r = run(["--format", "text", "--policy", "research"], `${TEXT}\nJan de Vries hier\n`);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      "Ik ben [NAME_1], 67 jaar, ik heb [HEALTH] en woon in [LOCATION_1]. Mail: [EMAIL_1]\n[NAME_1] hier\n",
    );
    expect(r.stderr).toMatch(
      /redacted 2 messages in [\d.]+ s \([\d.]+ messages\/s\); findings: name 2, email 1, health 1, location 1/,
    );
    const s = run(["--format", "text", "--policy", "strict", "--quiet"], `${TEXT}\n`);
    expect(s.stdout).toBe(
      "Ik ben [NAME], [AGE], ik heb [HEALTH] en woon in [LOCATION]. Mail: [EMAIL]\n",
    );
    expect(s.stderr).toBe("");
  });

  it("--key-file with keyed pseudonyms is stable across runs; JSONL conversations keep their own numbers", () => {
    const args = ["--format", "text", "--pseudonyms", "keyed", "--key-file", keyFile, "-q"];
    const a = run(args, "mail jan@example.nl\n");
    const b = run(args, "mail jan@example.nl\n");
    expect(a.stdout).toMatch(/^mail \[EMAIL_[0-9A-Z]{6}\]\n$/);
    expect(b.stdout).toBe(a.stdout);
    const c = run(
      ["--format", "text", "--policy", "research", "-q"],
      [
        JSON.stringify({ conversation: "x", text: "a@example.nl" }),
        JSON.stringify({ conversation: "y", text: "b@example.nl" }),
        JSON.stringify({ conversation: "x", text: "b@example.nl en a@example.nl" }),
      ].join("\n"),
    );
    expect(c.stdout).toBe("[EMAIL_1]\n[EMAIL_1]\n[EMAIL_2] en [EMAIL_1]\n");
  });

  it("--encrypt then --restore gives the exact input back; a wrong key fails per line", () => {
    const input = `${TEXT} 👩‍👩‍👧\nniets bijzonders\n`;
    const enc = run(["--format", "text", "--encrypt", "--key-file", keyFile, "-q"], input);
    expect(enc.status).toBe(0);
    expect(enc.stdout).not.toContain("diabetes");
    expect(enc.stdout).toContain("⟦cr1:health:");
    const back = run(["--restore", "--key-file", keyFile], enc.stdout);
    expect(back.status).toBe(0);
    expect(back.stdout).toBe(input);
    expect(back.stderr).toContain("restored 2 messages");
    const wrong = run(["--restore", "--key-file", otherKey], enc.stdout);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain("line 1: Cannot restore");
    expect(wrong.stdout).toBe("niets bijzonders\n");
    expect(run(["--restore"], "x\n").status).toBe(2);
    const badKey = join(dir, "bad");
    writeFileSync(badKey, "too short");
    expect(run(["--policy", "research", "--key-file", badKey], "x\n").stderr).toMatch(
      /Invalid key/,
    );
  });

  it("--workers 2 keeps the input order and reports the summary", () => {
    const lines = Array.from({ length: 300 }, (_, i) =>
      JSON.stringify({ id: i, text: i % 3 === 0 ? `mail user${i}@example.nl` : `bericht ${i}` }),
    );
    const r = run(["--workers", "2"], lines.join("\n") + "\n");
    expect(r.status).toBe(0);
    const rows = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: number; redacted: string });
    expect(rows.map((x) => x.id)).toEqual(lines.map((_, i) => i));
    expect(rows[3]!.redacted).toBe("mail [EMAIL]");
    expect(rows[4]!.redacted).toBe("bericht 4");
    expect(r.stderr).toMatch(/redacted 300 messages .*findings: email 100/);
  });

  it("validates the new flags", () => {
    expect(run(["--policy", "lax"]).stderr).toContain(
      "--policy must be logbook, research or strict",
    );
    expect(run(["--workers", "two"]).status).toBe(2);
    expect(run(["--encrypt"]).stderr).toContain("--encrypt needs --key-file");
    expect(run(["redact", "--help"]).stdout).toContain("--workers N");
  });
});
