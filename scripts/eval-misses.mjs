#!/usr/bin/env node
// Lists the messages behind the eval numbers for one code: missed (FN) and
// spurious (FP) detections, with what was predicted. For finding failures
// to generalise from, not for copying sentences anywhere.
//   node scripts/eval-misses.mjs health [--gold FILE]
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const code = process.argv[2];
const gi = process.argv.indexOf("--gold");
const gold = gi > 0 ? process.argv[gi + 1] : join(root, "../shared/eval/dev.jsonl");
const read = (p) =>
  readFileSync(p, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
const pred = new Map(read(join(root, ".eval/pred.jsonl")).map((p) => [p.id, p]));
for (const g of read(gold)) {
  const p = pred.get(g.id);
  if (!p) continue;
  const wantCat = g.labels.some((l) => l.category === code) || g.signals.includes(code);
  const gotCat =
    p.categories.includes(code) || p.signals.includes(code) || (code === "nude" && p.nude);
  const wantNude = code === "nude" && g.labels.some((l) => l.nude);
  const want = code === "nude" ? wantNude : wantCat;
  if (want === gotCat) continue;
  const labels = g.labels.filter((l) => l.category === code).map((l) => l.text);
  console.log(
    `${want ? "FN" : "FP"} ${g.id} [${labels.join(" | ")}]\n   ${g.text}\n   ${p.redacted}`,
  );
}
