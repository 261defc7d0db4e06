#!/usr/bin/env node
// npm run eval [-- --gold FILE] [--threshold N] [--json] [--no-peers]
// Builds if needed, runs the CLI over the labelled corpus and prints the
// scorer's table. Default corpus: ../shared/eval/dev.jsonl. Then runs the
// peer redactors of bench/peers.mjs (openredaction's gdpr preset, redact-pii)
// over the same messages and prints their scores beside chat-redact's
// (skipped with --json or --no-peers).
import { existsSync, mkdirSync, statSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (k, d) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : d;
};
const gold = resolve(opt("--gold", join(root, "../shared/eval/dev.jsonl")));
const scorer = resolve(opt("--scorer", join(dirname(gold), "score.mjs")));
if (!existsSync(gold)) {
  console.error(`eval: no corpus at ${gold} (use --gold FILE)`);
  process.exit(2);
}

// Rebuild when any source or lexicon is newer than the CLI bundle.
const cli = join(root, "dist/cli.js");
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((t, e) => Math.max(t, statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs), 0);
if (
  !existsSync(cli) ||
  Math.max(newest(join(root, "src")), newest(join(root, "lexicons"))) > statSync(cli).mtimeMs
) {
  execFileSync("npm", ["run", "-s", "build"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
}

mkdirSync(join(root, ".eval"), { recursive: true });
const pred = join(root, ".eval/pred.jsonl");
const cliArgs = [cli, "--input", gold, "--output", pred];
if (opt("--threshold")) cliArgs.push("--threshold", opt("--threshold"));
execFileSync(process.execPath, cliArgs, { stdio: "inherit" });
const scoreArgs = [scorer, "--gold", gold, "--pred", pred];
if (args.includes("--json")) scoreArgs.push("--json");
execFileSync(process.execPath, scoreArgs, { stdio: "inherit" });

if (!args.includes("--json") && !args.includes("--no-peers")) {
  const { comparePeers } = await import("../bench/peer-eval.mjs");
  await comparePeers({ root, gold, scorer, pred });
}
