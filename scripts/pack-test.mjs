#!/usr/bin/env node
// Packaging test: lint the package with publint and "are the types wrong",
// then install the real `npm pack` tarball into a temporary project and use
// it through `import`, `require` and the `chat-redact` bin.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const run = (cmd, args, cwd = root, input) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", input, stdio: ["pipe", "pipe", "inherit"] });
const check = (label, cond) => {
  if (!cond) {
    console.error(`pack-test: FAILED: ${label}`);
    process.exitCode = 1;
  } else console.log(`pack-test: ok: ${label}`);
};

run("npx", ["publint", "--strict"]);
console.log("pack-test: ok: publint");
run("npx", ["attw", "--pack", ".", "--profile", "node16"]);
console.log("pack-test: ok: are-the-types-wrong");

const tmp = mkdtempSync(join(tmpdir(), "chat-redact-pack-"));
try {
  const tarball = run("npm", ["pack", "--silent", "--pack-destination", tmp])
    .trim()
    .split("\n")
    .pop();
  writeFileSync(join(tmp, "package.json"), JSON.stringify({ name: "pack-test", private: true }));
  run(
    "npm",
    ["install", "--silent", "--no-audit", "--no-fund", "--prefer-offline", join(tmp, tarball)],
    tmp,
  );
  const sample = "Mail jan@example.nl, ik heb suikerziekte.";
  const esm = run(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import { redact } from "chat-redact"; console.log(redact(${JSON.stringify(sample)}).text)`,
    ],
    tmp,
  ).trim();
  check(`import: ${esm}`, esm.includes("[EMAIL]") && !esm.includes("jan@example.nl"));
  const cjs = run(
    process.execPath,
    [
      "-e",
      `const { redact } = require("chat-redact"); console.log(redact(${JSON.stringify(sample)}).text)`,
    ],
    tmp,
  ).trim();
  check(`require: ${cjs}`, cjs === esm);
  // The `browser` condition picks the browser build; it has no Node-only
  // code, so Node can run it too.
  const browser = run(
    process.execPath,
    [
      "--conditions=browser",
      "--input-type=module",
      "-e",
      `import { redact } from "chat-redact";
       const file = import.meta.resolve("chat-redact");
       if (!file.endsWith("/dist/browser/chat-redact.js")) throw new Error(file);
       console.log(redact(${JSON.stringify(sample)}).text)`,
    ],
    tmp,
  ).trim();
  check(`browser build: ${browser}`, browser === esm);
  const bin = run(
    "npx",
    ["--no-install", "chat-redact", "--format", "text"],
    tmp,
    sample + "\n",
  ).trim();
  check(`bin: ${bin}`, bin === esm);
  // Encrypt and restore through CommonJS (the ESM-only @noble packages are bundled there),
  // and the Node-only stream entry through both module systems.
  const restored = run(
    process.execPath,
    [
      "-e",
      `const { createRedactor, restore } = require("chat-redact"); const key = "ab".repeat(32);` +
        `const t = createRedactor({ key, operators: { default: "encrypt" } }).redact(${JSON.stringify(sample)}).text;` +
        `console.log(t.includes("jan@") ? "leak" : restore(t, key))`,
    ],
    tmp,
  ).trim();
  check(`require: encrypt/restore round trip`, restored === sample);
  for (const [how, code] of [
    ["import", `import { createRedactStream } from "chat-redact/stream";`],
    ["require", `const { createRedactStream } = require("chat-redact/stream");`],
  ]) {
    const out = run(
      process.execPath,
      [
        ...(how === "import" ? ["--input-type=module"] : []),
        "-e",
        `${code} const s = createRedactStream(); s.on("data", (r) => console.log(r.text)); s.end({ text: ${JSON.stringify(sample)} });`,
      ],
      tmp,
    ).trim();
    check(`chat-redact/stream (${how}): ${out}`, out === esm);
  }
  const schema = run(
    process.execPath,
    ["-e", `console.log(Object.keys(require("chat-redact/report.schema.json").$defs).join())`],
    tmp,
  ).trim();
  check(`report.schema.json export: ${schema}`, schema === "MessageReport,ConversationReport");
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
