#!/usr/bin/env node
// Quick throughput check: the built library over the dev corpus messages,
// repeated, on one core. `npm run bench` (bench/run.mjs) is the full benchmark.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
const t0 = performance.now();
const { createRedactor } = await import("../dist/index.js");
const importMs = performance.now() - t0;
const corpus = process.argv[2] ?? new URL("../../shared/eval/dev.jsonl", import.meta.url).pathname;
const texts = readFileSync(corpus, "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l).text);
const t1 = performance.now();
const r = createRedactor();
r.redact("warm up");
const createMs = performance.now() - t1;
for (let i = 0; i < 3; i++) for (const t of texts) r.redact(t);
const rounds = 30;
const start = performance.now();
for (let i = 0; i < rounds; i++) for (const t of texts) r.redact(t);
const secs = (performance.now() - start) / 1000;
const n = rounds * texts.length;
console.log(
  `import ${importMs.toFixed(0)} ms, first redactor ${createMs.toFixed(0)} ms, ${Math.round(n / secs)} messages/s over ${n} messages`,
);
