#!/usr/bin/env node
// Collects every lexicon under lexicons/ into src/generated/lexicons.json, the
// one data module the library bundles (so it also runs in a browser). Run by
// `npm run lexicons`, and before build, test and typecheck. Validation against
// the zod schema happens in test/lexicon/schema.test.ts and at compile time.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const lexRoot = join(root, "lexicons");
const out = { terms: [], cues: [], signals: [], words: [] };

const readJson = (p) => {
  try {
    return JSON.parse(readFileSync(p, "utf8"));
  } catch (e) {
    throw new Error(`${p}: ${e.message}`);
  }
};
const jsonFiles = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];

for (const lang of ["nl", "en"]) {
  const dir = join(lexRoot, lang);
  for (const f of jsonFiles(dir)) out.terms.push(readJson(join(dir, f)));
  for (const f of jsonFiles(join(dir, "words"))) out.words.push(readJson(join(dir, "words", f)));
  for (const f of jsonFiles(join(dir, "cues"))) out.cues.push(readJson(join(dir, "cues", f)));
  for (const f of jsonFiles(join(dir, "signals")))
    out.signals.push(readJson(join(dir, "signals", f)));
}

mkdirSync(join(root, "src/generated"), { recursive: true });
const target = join(root, "src/generated/lexicons.json");
const text = JSON.stringify(out);
if (!existsSync(target) || readFileSync(target, "utf8") !== text) writeFileSync(target, text);
const count = out.terms.reduce((n, l) => n + l.entries.length, 0);
console.error(
  `lexicons: ${out.terms.length} term lexicons (${count} entries), ${out.cues.length} cue lists, ${out.signals.length} signal lists`,
);
