import { detectLanguage, type LanguageResult } from "../language/detect.js";
import type { CompiledLexicons } from "../lexicon/compile.js";
import type { PhraseMatch } from "../lexicon/matcher.js";
import type { LexiconLanguage } from "../lexicon/schema.js";
import type { Analysis } from "../recognizers/types.js";
import { tokenize } from "./tokenize.js";

const EMPTY: ReadonlySet<string> = new Set();

/** Stages 2 and 3: tokens and language, plus lazily computed cue matches. */
export function analyze(
  text: string,
  lexicons: CompiledLexicons,
  forcedLanguage: "nl" | "en" | null,
): Analysis {
  const { tokens, words } = tokenize(text);
  const language: LanguageResult =
    forcedLanguage !== null
      ? { code: forcedLanguage, confidence: 1 }
      : detectLanguage(text, words, {
          nl: lexicons.words.get("nl/function-words") ?? EMPTY,
          en: lexicons.words.get("en/function-words") ?? EMPTY,
        });
  const cache = new Map<string, PhraseMatch<LexiconLanguage>[]>();
  return {
    text,
    tokens,
    words,
    language,
    lexicons,
    cues(name) {
      let found = cache.get(name);
      if (found === undefined) {
        found = [];
        lexicons.cues.get(name)?.scan(text, words, found);
        cache.set(name, found);
      }
      return found;
    },
  };
}
