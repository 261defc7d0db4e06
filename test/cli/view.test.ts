import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(__dirname, "../..");
const cli = join(root, "dist/cli.js");
const tmp = mkdtempSync(join(tmpdir(), "chat-redact-view-cli-"));
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [cli, "view", ...args], { input, encoding: "utf8" });

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("chat-redact view", () => {
  it("writes one HTML page for the shipped sample conversation", () => {
    const out = join(tmp, "sample.html");
    const r = run(["--input", join(root, "fixtures/conversation.jsonl"), "--output", out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    const html = readFileSync(out, "utf8");
    expect(html).toContain("<title>Logbook: conversation.jsonl</title>");
    expect(html.match(/<article class="msg/g)).toHaveLength(8);
    expect(html).toContain('<mark class="hl" data-categories="health"');
    expect(html).toContain('<span class="msg-role">operator</span>');
    for (const raw of ["diabetes", "antidepressiva", "06-12345678", "kees.zwolle@example.nl"])
      expect(html).not.toContain(raw);
  });

  it("reads plain text from stdin, writes to stdout, with Dutch labels and a title", () => {
    const r = run(
      ["--labels", "nl", "--title", "Gesprek 12"],
      "ik heb suikerziekte\nbel me op 06-12345678\n",
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("<title>Gesprek 12</title>");
    expect(r.stdout).toContain('<span class="hl-text">[GEZONDHEID]</span>');
    expect(r.stdout).toContain('<span class="hl-text">[TELEFOON]</span>');
    expect(r.stdout.match(/<article class="msg/g)).toHaveLength(2);
  });

  it("leaves out roles that are not role words and long ids", () => {
    const input = [
      JSON.stringify({ id: "x".repeat(100), role: "Henk de Vries", text: "hallo" }),
      JSON.stringify({ id: 7, role: "Klant", text: "hoi" }),
    ].join("\n");
    const r = run([], input);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain("Henk");
    expect(r.stdout).toContain(
      `<span class="msg-id">${"x".repeat(64)}</span> <span class="msg-lang"`,
    );
    expect(r.stdout).toContain('<span class="msg-id">7</span> <span class="msg-role">klant</span>');
  });

  it("takes the policy flags: research pseudonyms stay consistent over the conversation", () => {
    const r = run(
      ["--policy", "research", "--pseudonyms", "counter"],
      "Ik ben Kees en ik woon in Zwolle.\nGroetjes van Kees, bel 06-12345678\n",
    );
    expect(r.status).toBe(0);
    const tags = [...r.stdout.matchAll(/<span class="hl-text">([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(tags).toEqual(["[NAME_1]", "[LOCATION_1]", "[NAME_1]", "[PHONE_1]"]);
    expect(r.stdout).not.toContain("Kees");
  });

  it("reports a bad line by number, still writes the page and exits 1", () => {
    const file = join(tmp, "bad.jsonl");
    writeFileSync(file, '{"id":"a","text":"ik slik antidepressiva"}\n{oops\n');
    const out = join(tmp, "bad.html");
    const r = run(["-i", file, "-o", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("line 2");
    expect(readFileSync(out, "utf8")).toContain('data-categories="mental"');
  });

  it("exits 2 on usage errors and prints help", () => {
    expect(run(["--bogus"]).status).toBe(2);
    expect(run(["--labels", "fr"]).stderr).toContain("--labels must be en, nl or auto");
    expect(run(["--input", join(tmp, "missing.txt")]).status).toBe(2);
    const help = run(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("chat-redact view --input FILE --output FILE.html");
  });
});
