#!/usr/bin/env node
// npm run bench [-- --short] [--json FILE] [--libs a,b] [--no-build]
//
// Throughput (messages/s, MB/s), per-message latency (p50, p99), import time,
// peak RSS and growth with message length for chat-redact and its peers
// (bench/peers.mjs), on the same messages in the same run:
//   - the dev corpus (../shared/eval/dev.jsonl), when it is there;
//   - a seeded stream of generated chat messages (bench/stream.mjs):
//     100,000 messages, or 10,000 with --short;
//   - one long message of 1 KB, 100 KB and 1 MB (--short: 1 KB, 10 KB, 100 KB).
// Throughput is measured in one process on one core; libraries take turns
// block by block, so a load spike from other processes hits them alike.
// Import time and peak RSS come from fresh child processes (bench/child.mjs).
//
// Exit status 1 only on a clear regression of chat-redact: time that grows
// clearly faster than message length, or peak RSS over the chat stream above
// the limit (the peak with one long message on top is reported, not gated). The
// throughput targets of issue 9 are printed but do not fail the run.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBuilt } from "./ensure-built.mjs";
import { LIBRARY_NAMES, loadLibrary } from "./peers.mjs";
import { chatStream, longMessage } from "./stream.mjs";
import { formatTable, percentile } from "./table.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (k, d) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : d;
};
const short = args.includes("--short");
const names = opt("--libs", LIBRARY_NAMES.join(",")).split(",");
const SELF = "chat-redact";
const PEER_TARGET = "openredaction-gdpr";

/** Targets of issue 9 (reported) and regression limits (fail the run). */
const TARGETS = { messagesPerSecond: 50_000, vsOpenredaction: 4, importMs: 300, rssMb: 150 };
const LIMITS = {
  // time(10n) / time(n) divided by 10: 1 is linear, 10 is quadratic. 3 allows
  // for cache and GC effects and a noisy machine, and still catches any
  // quadratic step.
  growth: 3,
  // A regression limit, not the target: twice the 150 MB target, well above
  // today's peak (183 MB over 5,000 messages on 2026-11-23), so only a clear
  // regression (a leak, a table built per message) fails the run.
  rssMb: 2 * TARGETS.rssMb,
};

const config = short
  ? {
      streamCount: 10_000,
      devRepeats: 3,
      block: 1_000,
      lengths: [1_000, 10_000, 100_000],
      rssCount: 5_000,
      imports: 2,
    }
  : {
      streamCount: 100_000,
      devRepeats: 10,
      block: 5_000,
      lengths: [1_000, 100_000, 1_000_000],
      rssCount: 20_000,
      imports: 3,
    };

if (!args.includes("--no-build") && names.includes(SELF) && ensureBuilt(root))
  console.log("(rebuilt dist/)");

const bytes = (list) => list.reduce((n, m) => n + Buffer.byteLength(m, "utf8"), 0);
const fmt = (x, digits = 0) =>
  Number.isFinite(x)
    ? x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : "-";

// ---------------------------------------------------------------- corpora
const corpora = [];
const devPath = join(root, "../shared/eval/dev.jsonl");
if (existsSync(devPath)) {
  const dev = readFileSync(devPath, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text);
  const repeated = [];
  for (let i = 0; i < config.devRepeats; i++) repeated.push(...dev);
  corpora.push({
    id: "dev",
    title: `dev corpus (${dev.length} messages × ${config.devRepeats})`,
    messages: repeated,
  });
}
const stream = chatStream(config.streamCount, 42);
corpora.push({
  id: "stream",
  title: `generated chat stream (${fmt(stream.length)} messages, seed 42)`,
  messages: stream,
});

// ---------------------------------------------------------------- libraries
const libs = [];
for (const name of names) libs.push(await loadLibrary(name));
for (const lib of libs) {
  // Warm-up: let the JIT see every code path before timing.
  for (const m of stream.slice(0, 2_000)) await call(lib, m);
}

async function call(lib, text) {
  return lib.sync ? lib.redactFast(text) : await lib.redactFast(text);
}

/** Time every message; libraries take turns in blocks of `config.block`. */
async function measure(messages) {
  const state = libs.map(() => ({ ms: 0, lat: new Float64Array(messages.length) }));
  for (let from = 0; from < messages.length; from += config.block) {
    const to = Math.min(messages.length, from + config.block);
    const turn = (from / config.block) % libs.length;
    for (let k = 0; k < libs.length; k++) {
      const li = (k + turn) % libs.length;
      const lib = libs[li];
      const s = state[li];
      if (lib.sync) {
        for (let i = from; i < to; i++) {
          const t0 = performance.now();
          lib.redactFast(messages[i]);
          const dt = performance.now() - t0;
          s.lat[i] = dt;
          s.ms += dt;
        }
      } else {
        for (let i = from; i < to; i++) {
          const t0 = performance.now();
          await lib.redactFast(messages[i]);
          const dt = performance.now() - t0;
          s.lat[i] = dt;
          s.ms += dt;
        }
      }
    }
  }
  const mb = bytes(messages) / 1e6;
  return libs.map((lib, i) => {
    const { ms, lat } = state[i];
    lat.sort();
    return {
      library: lib.name,
      messagesPerSecond: messages.length / (ms / 1000),
      mbPerSecond: mb / (ms / 1000),
      p50Us: percentile(lat, 0.5) * 1000,
      p99Us: percentile(lat, 0.99) * 1000,
    };
  });
}

/** Milliseconds per call of one long message, at each length. */
async function growth(lib) {
  const rows = [];
  for (const length of config.lengths) {
    const text = longMessage(length, 7);
    // Short messages are repeated until about 200 ms have passed.
    let n = 0;
    const t0 = performance.now();
    do {
      await call(lib, text);
      n++;
    } while (performance.now() - t0 < 200 && n < 1_000);
    const ms = (performance.now() - t0) / n;
    rows.push({ length, ms, usPerKb: (ms * 1000) / (length / 1000) });
  }
  // Growth factor between consecutive lengths: (time ratio) / (length ratio).
  for (let i = 1; i < rows.length; i++) {
    rows[i].growth = rows[i].ms / rows[i - 1].ms / (rows[i].length / rows[i - 1].length);
  }
  return { library: lib.name, rows };
}

function child(argv) {
  const out = execFileSync(process.execPath, [join(root, "bench/child.mjs"), ...argv], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split("\n").pop());
}

// ---------------------------------------------------------------- run
const started = Date.now();
const results = {
  date: new Date().toISOString(),
  mode: short ? "short" : "full",
  machine: `${cpus().length} cores, ${cpus()[0]?.model ?? "unknown CPU"}`,
  node: process.version,
  throughput: {},
  startup: {},
  growth: {},
};
const label = (name) => libs.find((l) => l.name === name)?.label ?? name;

for (const corpus of corpora) results.throughput[corpus.id] = await measure(corpus.messages);
for (const lib of libs) results.growth[lib.name] = await growth(lib);
for (const name of names) {
  const runs = [];
  for (let i = 0; i < config.imports; i++) runs.push(child(["import", name]));
  runs.sort((a, b) => a.importMs - b.importMs);
  const median = runs[Math.floor(runs.length / 2)];
  const rss = child(["rss", name, String(config.rssCount), String(config.lengths.at(-1))]);
  results.startup[name] = { ...median, ...rss };
}

// ---------------------------------------------------------------- report
console.log(
  `chat-redact benchmark, ${results.mode} mode — ${results.date.slice(0, 10)}, ${results.machine}, Node ${results.node}`,
);
for (const corpus of corpora) {
  const rows = results.throughput[corpus.id];
  const self = rows.find((r) => r.library === SELF);
  console.log(`\n${corpus.title}, ${fmt(bytes(corpus.messages) / 1e6, 2)} MB`);
  console.log(
    formatTable(
      ["library", "msg/s", "MB/s", "p50 µs", "p99 µs", "chat-redact ÷ this"],
      rows.map((r) => [
        label(r.library),
        fmt(r.messagesPerSecond),
        fmt(r.mbPerSecond, 2),
        fmt(r.p50Us),
        fmt(r.p99Us),
        self ? `${fmt(self.messagesPerSecond / r.messagesPerSecond, 2)}×` : "-",
      ]),
    ),
  );
}

console.log("\nstart-up and memory (fresh process each; import and construction are medians)");
console.log(
  formatTable(
    [
      "library",
      "import ms",
      "construct ms",
      "first message ms",
      "RSS before import MB",
      `peak RSS MB, ${fmt(config.rssCount)} msgs`,
      `+ one ${fmt(config.lengths.at(-1) / 1000)} KB msg`,
    ],
    names.map((n) => {
      const s = results.startup[n];
      return [
        label(n),
        fmt(s.importMs),
        fmt(s.createMs),
        fmt(s.firstMs, 1),
        fmt(s.baselineRssMb),
        fmt(s.peakRssMb),
        fmt(s.peakLongRssMb),
      ];
    }),
  ),
);

console.log(
  "\ntime per message by length (growth: time ratio ÷ length ratio to the previous length; 1.00 = linear)",
);
console.log(
  formatTable(
    [
      "library",
      ...config.lengths.flatMap((l) => [
        `${fmt(l / 1000)} KB ms`,
        ...(l === config.lengths[0] ? [] : ["growth"]),
      ]),
    ],
    Object.values(results.growth).map((g) => [
      label(g.library),
      ...g.rows.flatMap((r) => [
        fmt(r.ms, r.ms < 10 ? 2 : 0),
        ...(r.growth === undefined ? [] : [fmt(r.growth, 2)]),
      ]),
    ]),
  ),
);

// Targets (reported) and gate (fails the run).
const failures = [];
if (names.includes(SELF)) {
  console.log("\ntargets (issue 9)");
  const stream = results.throughput.stream.find((r) => r.library === SELF);
  const peer = results.throughput.stream.find((r) => r.library === PEER_TARGET);
  const line = (ok, text) => console.log(`  ${ok ? "met " : "MISS"}  ${text}`);
  line(
    stream.messagesPerSecond >= TARGETS.messagesPerSecond,
    `${fmt(stream.messagesPerSecond)} msg/s on the stream (target ≥ ${fmt(TARGETS.messagesPerSecond)})`,
  );
  if (peer) {
    const ratio = stream.messagesPerSecond / peer.messagesPerSecond;
    line(
      ratio >= TARGETS.vsOpenredaction,
      `${fmt(ratio, 2)}× openredaction (gdpr) on the stream (target ≥ ${TARGETS.vsOpenredaction}×)`,
    );
  }
  const s = results.startup[SELF];
  line(
    s.importMs < TARGETS.importMs,
    `import ${fmt(s.importMs)} ms (target < ${TARGETS.importMs} ms)`,
  );
  line(
    s.peakRssMb < TARGETS.rssMb,
    `peak RSS ${fmt(s.peakRssMb)} MB over ${fmt(config.rssCount)} chat messages (target < ${TARGETS.rssMb} MB)`,
  );
  const worst = Math.max(...results.growth[SELF].rows.slice(2).map((r) => r.growth));
  line(
    worst <= LIMITS.growth,
    `growth ${fmt(worst, 2)} from ${fmt(config.lengths[1] / 1000)} KB to ${fmt(config.lengths[2] / 1000)} KB (linear ≈ 1, limit ${LIMITS.growth})`,
  );

  if (worst > LIMITS.growth)
    failures.push(
      `time grows faster than message length (growth ${fmt(worst, 2)} > ${LIMITS.growth})`,
    );
  if (s.peakRssMb > LIMITS.rssMb)
    failures.push(`peak RSS ${fmt(s.peakRssMb)} MB > ${LIMITS.rssMb} MB`);
}
results.seconds = (Date.now() - started) / 1000;
console.log(`\n${fmt(results.seconds, 1)} s; command: npm run bench${short ? " -- --short" : ""}`);
if (opt("--json")) writeFileSync(opt("--json"), JSON.stringify(results, null, 2) + "\n");
if (failures.length > 0) {
  for (const f of failures) console.error(`bench: regression: ${f}`);
  process.exit(1);
}
