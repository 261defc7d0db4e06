#!/usr/bin/env node
// Collects every lexicon under lexicons/ into src/generated/lexicons.json, the
// one data module the library bundles (so it also runs in a browser). Run by
// `npm run lexicons`, and before build, test and typecheck. Validation against
// the zod schema happens in test/lexicon/schema.test.ts and at compile time.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { englishForms } from "./lib/english-forms.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const lexRoot = join(root, "lexicons");
const out = { terms: [], cues: [], signals: [], words: [] };
// compromise is slow per word (~1 ms): its answers are kept between builds.
const cachePath = join(root, "src/generated/english-forms.cache.json");
const formCache = existsSync(cachePath) ? JSON.parse(readFileSync(cachePath, "utf8")) : {};

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
  for (const f of jsonFiles(dir)) {
    const lex = readJson(join(dir, f));
    if (lang === "en") expandEnglish(lex);
    out.terms.push(lex);
  }
  for (const f of jsonFiles(join(dir, "words"))) out.words.push(readJson(join(dir, "words", f)));
  for (const f of jsonFiles(join(dir, "cues"))) out.cues.push(readJson(join(dir, "cues", f)));
  for (const f of jsonFiles(join(dir, "signals")))
    out.signals.push(readJson(join(dir, "signals", f)));
}

// English entries get the inflections and UK/US spellings compromise knows
// ("diagnose" → "diagnosed", "hospitalise" → "hospitalized"), in the bundle
// only: the lexicon files keep their base forms.
function expandEnglish(lex) {
  for (const e of lex.entries) {
    if (e.caseSensitive) continue;
    const have = new Set([e.term, ...(e.variants ?? [])]);
    const extra = [];
    for (const p of have) {
      if (p.includes(" ") || /[*<[\]?.]/.test(p)) continue;
      for (const alt of p.split("|"))
        for (const f of englishForms(alt, formCache)) if (!have.has(f)) extra.push(f);
    }
    if (extra.length > 0) e.variants = [...(e.variants ?? []), ...new Set(extra)];
  }
}

mkdirSync(join(root, "src/generated"), { recursive: true });
writeFileSync(cachePath, JSON.stringify(formCache));
const target = join(root, "src/generated/lexicons.json");
const text = JSON.stringify(out);
if (!existsSync(target) || readFileSync(target, "utf8") !== text) writeFileSync(target, text);
const count = out.terms.reduce((n, l) => n + l.entries.length, 0);
console.error(
  `lexicons: ${out.terms.length} term lexicons (${count} entries), ${out.cues.length} cue lists, ${out.signals.length} signal lists`,
);
