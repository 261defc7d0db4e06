#!/usr/bin/env node
// node scripts/signal-challenge.mjs [FILE...] [--module PATH] [--misses] [--json]
// Scores the operator signals on hand-written challenge sets
// ({text, signals:[...]} per line) through the public API of the built
// package (dist/, run `npm run build` first). Default files:
// fixtures/signals-challenge.jsonl. --module points at another build of the
// library (any ES module exporting createRedactor).
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SIGNALS = ["crisis", "minor", "authenticity", "vulnerability", "meeting"];

const args = process.argv.slice(2);
const files = [];
let modulePath = join(root, "dist/index.js");
let showMisses = false;
let json = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--module") modulePath = resolve(args[++i]);
  else if (a === "--misses") showMisses = true;
  else if (a === "--json") json = true;
  else files.push(resolve(a));
}
if (files.length === 0) files.push(join(root, "fixtures/signals-challenge.jsonl"));

const { createRedactor } = await import(pathToFileURL(modulePath).href);
const redactor = createRedactor();

const counts = Object.fromEntries(SIGNALS.map((s) => [s, { tp: 0, fp: 0, fn: 0 }]));
const misses = [];
let messages = 0;
let negatives = 0;
let flaggedNegatives = 0;
for (const file of files) {
  const lines = readFileSync(file, "utf8").split("\n");
  lines.forEach((line, n) => {
    if (line.trim() === "") return;
    const item = JSON.parse(line);
    messages++;
    const gold = new Set(item.signals);
    const found = new Set(redactor.redact(item.text).report.signals.map((s) => s.signal));
    if (gold.size === 0) {
      negatives++;
      if (found.size > 0) flaggedNegatives++;
    }
    for (const s of SIGNALS) {
      const c = counts[s];
      if (gold.has(s) && found.has(s)) c.tp++;
      else if (found.has(s)) {
        c.fp++;
        misses.push({ kind: "FP", signal: s, where: `${file}:${n + 1}`, text: item.text });
      } else if (gold.has(s)) {
        c.fn++;
        misses.push({ kind: "FN", signal: s, where: `${file}:${n + 1}`, text: item.text });
      }
    }
  });
}

const ratio = (a, b) => (b === 0 ? 1 : a / b);
const rows = SIGNALS.map((s) => {
  const { tp, fp, fn } = counts[s];
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { signal: s, positives: tp + fn, tp, fp, fn, precision, recall, f1 };
});

if (json) {
  console.log(JSON.stringify({ messages, negatives, flaggedNegatives, rows, misses }, null, 2));
} else {
  const f = (x) => x.toFixed(3);
  console.log(`messages ${messages}, negatives ${negatives} (flagged: ${flaggedNegatives})`);
  console.log("signal          pos   TP   FP   FN     P      R      F1");
  for (const r of rows) {
    console.log(
      `${r.signal.padEnd(14)} ${String(r.positives).padStart(4)} ${String(r.tp).padStart(4)} ` +
        `${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}  ${f(r.precision)}  ${f(r.recall)}  ${f(r.f1)}`,
    );
  }
  if (showMisses) for (const m of misses) console.log(`${m.kind} ${m.signal.padEnd(13)} ${m.text}`);
}
