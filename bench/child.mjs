// Measurements that need a fresh process, started by bench/run.mjs:
//
//   node bench/child.mjs import LIB
//     → {"importMs", "createMs", "firstMs"}: module import, redactor
//       construction and the first message, in a process that loaded nothing else
//   node bench/child.mjs rss LIB COUNT LONG
//     → {"baselineRssMb", "peakRssMb", "peakLongRssMb", "messages"}: peak
//       resident memory after COUNT stream messages, then after one more
//       message of LONG characters
//
// Prints one JSON line on stdout.
import { loadLibrary } from "./peers.mjs";
import { chatStream, longMessage } from "./stream.mjs";

const [mode, name, countArg, longArg] = process.argv.slice(2);

if (mode === "import") {
  const timing = {};
  const lib = await loadLibrary(name, timing);
  const t0 = performance.now();
  await lib.redactFast("Hoi, ik ben Henk en ik heb diabetes. Bel me op 0612345678.");
  console.log(JSON.stringify({ ...timing, firstMs: performance.now() - t0 }));
} else if (mode === "rss") {
  // Generate the input before loading the library, so the baseline holds it too.
  const messages = chatStream(Number(countArg), 42);
  const long = longMessage(Number(longArg), 7);
  const baselineRssMb = process.resourceUsage().maxRSS / 1024;
  const lib = await loadLibrary(name);
  for (const m of messages) {
    if (lib.sync) lib.redactFast(m);
    else await lib.redactFast(m);
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  await lib.redactFast(long);
  const peakLongRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({ baselineRssMb, peakRssMb, peakLongRssMb, messages: messages.length }),
  );
} else {
  console.error("usage: node bench/child.mjs import LIB | rss LIB COUNT LONG");
  process.exit(2);
}
