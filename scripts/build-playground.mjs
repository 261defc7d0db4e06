#!/usr/bin/env node
// Copies the playground page into dist/playground/ beside its script (built by
// tsup, which runs this on success). The page loads the browser bundle from
// dist/browser/, so dist/ works as a whole from disk or any static server.
import { copyFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist/playground");
if (!existsSync(join(out, "app.global.js"))) {
  console.error("build-playground: dist/playground/app.global.js is missing (run tsup first)");
  process.exit(1);
}
copyFileSync(join(root, "playground/index.html"), join(out, "index.html"));
console.log("build-playground: dist/playground/index.html");
