import { defineConfig } from "tsup";

// franc-min and its small dependencies are ESM-only: the ESM build leaves them
// external, the CJS build bundles them so `require("chat-redact")` works.
const esmOnly = [
  "franc-min",
  "trigram-utils",
  "n-gram",
  "collapse-white-space",
  "@noble/hashes",
  "@noble/ciphers",
];
// The optional image classifier entry (chat-redact/nsfw): its peers stay external.
const nsfwPeers = ["nsfwjs", "@tensorflow/tfjs", "jpeg-js", "pngjs"];

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    platform: "neutral",
    external: esmOnly,
  },
  {
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    platform: "node",
    noExternal: esmOnly,
  },
  {
    entry: { nsfw: "src/nsfw/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    platform: "node",
    external: nsfwPeers,
  },
  {
    // Node-only stream entry (chat-redact/stream): like the core, ESM keeps the
    // ESM-only packages external and CJS bundles them.
    entry: { stream: "src/stream/index.ts" },
    format: ["esm"],
    dts: true,
    sourcemap: true,
    target: "node20",
    platform: "node",
    external: esmOnly,
  },
  {
    entry: { stream: "src/stream/index.ts" },
    format: ["cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    platform: "node",
    noExternal: esmOnly,
  },
  {
    // The CLI and its worker thread (dist/cli-worker.js, loaded by piscina for --workers).
    entry: { cli: "src/cli/main.ts", "cli-worker": "src/cli/worker.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    // The sweep subcommand's database drivers are optional peers, loaded on first use.
    external: [...esmOnly, "better-sqlite3", "pg"],
  },
  // Browser bundles of the core (the `browser` export condition): every
  // dependency and the lexicons inlined, minified. ESM for bundlers and
  // <script type="module">, IIFE (global `ChatRedact`) for a plain <script>.
  {
    entry: { "browser/chat-redact": "src/index.ts" },
    format: ["esm", "iife"],
    globalName: "ChatRedact",
    minify: true,
    target: "es2022",
    platform: "browser",
    noExternal: [/./],
  },
  // The playground page and its script; the page loads the global build above
  // from dist/browser/.
  {
    entry: { "playground/app": "playground/app.ts" },
    format: ["iife"],
    minify: true,
    target: "es2022",
    platform: "browser",
    tsconfig: "playground/tsconfig.json",
    onSuccess: "node scripts/build-playground.mjs",
  },
]);
