#!/usr/bin/env node
// Assemble the static playground in dist/playground/ after tsup: the page,
// its script (built by tsup) and the global browser bundle, so the folder
// works on its own from disk or any static server.
import { copyFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist/playground");
const bundle = join(root, "dist/browser/chat-redact.global.js");
for (const f of [bundle, join(out, "app.global.js")]) {
  if (!existsSync(f)) {
    console.error(`build-playground: ${f} is missing (run tsup first)`);
    process.exit(1);
  }
}
copyFileSync(join(root, "playground/index.html"), join(out, "index.html"));
copyFileSync(bundle, join(out, "chat-redact.global.js"));
console.log("build-playground: dist/playground/index.html");
