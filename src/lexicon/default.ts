import bundleJson from "../generated/lexicons.json";
import { compileLexicons, type CompiledLexicons } from "./compile.js";
import type { LexiconBundle } from "./schema.js";

const bundle = bundleJson as unknown as LexiconBundle;
let compiled: CompiledLexicons | null = null;

/** The shipped lexicons, compiled on first use and shared by every redactor. */
export function defaultLexicons(): CompiledLexicons {
  compiled ??= compileLexicons(bundle.terms, bundle.cues, bundle.words);
  return compiled;
}

/** The raw shipped lexicon data (for tools and tests). */
export function lexiconBundle(): LexiconBundle {
  return bundle;
}

/** Function words of every language: too frequent to anchor a pattern on. */
export function commonWords(): ReadonlySet<string> {
  return defaultLexicons().commonWords;
}
