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
for (const g of process.argv.includes("--leaks") ? [] : read(gold)) {
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

// With --leaks: labelled spans of this code whose words survive in the redacted text.
if (process.argv.includes("--leaks")) {
  const WORD = /[\p{L}\p{N}\p{M}]+/gu;
  for (const g of read(gold)) {
    const p = pred.get(g.id);
    if (!p) continue;
    const kept = new Set((p.redacted.match(WORD) ?? []).map((w) => w.toLowerCase()));
    for (const l of g.labels) {
      if (l.category !== code) continue;
      const words = (l.text.match(WORD) ?? []).map((w) => w.toLowerCase());
      const weighty = words.filter((w) => /\p{N}/u.test(w) || w.length >= 4);
      const must = weighty.length > 0 ? weighty : words;
      const left = must.filter((w) => kept.has(w));
      if (left.length > 0)
        console.log(`LEAK ${g.id} [${l.text}] kept: ${left.join(" ")}\n   ${p.redacted}`);
    }
  }
}
