import type { Category } from "../categories.js";
import type { LanguageResult } from "../language/detect.js";
import type { CompiledLexicons } from "../lexicon/compile.js";
import type { PhraseMatch } from "../lexicon/matcher.js";
import type { LexiconLanguage } from "../lexicon/schema.js";
import type { Token } from "../pipeline/tokenize.js";

/**
 * A detection inside the pipeline. Offsets index the *normalized* text; the
 * redactor maps them back to the caller's string at the end.
 */
export interface Detection {
  category: Category;
  start: number;
  end: number;
  /** 0..1 */
  confidence: number;
  /** Id of the recognizer that produced it, e.g. "lexicon", "email". */
  recognizer: string;
  /** Word indices covered, end exclusive (-1 when not word-based). */
  firstWord: number;
  lastWord: number;
  /** Lexicon term (or recognizer-specific key) behind the detection. */
  term?: string;
  /** Needs a person cue nearby to count (lexicon `ambiguous`). */
  ambiguous?: boolean;
  negated?: boolean;
  experiencer?: "self" | "other";
  nude?: boolean;
  /** Set by a context rule that removed it; removed detections are filtered out. */
  dropped?: string;
}

/** Everything a recognizer or context rule may look at for one message. */
export interface Analysis {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly words: readonly Token[];
  readonly language: LanguageResult;
  readonly lexicons: CompiledLexicons;
  /** Matches of a named cue list in this message, computed once on first use. */
  cues(name: string): readonly PhraseMatch<LexiconLanguage>[];
}

/** A recognizer finds detections of one kind. One recognizer per file. */
export interface Recognizer {
  readonly id: string;
  readonly categories: readonly Category[];
  detect(analysis: Analysis, out: Detection[]): void;
}

/** A context rule adjusts or drops detections (sets `dropped`). One rule per file. */
export interface ContextRule {
  readonly id: string;
  apply(analysis: Analysis, detections: Detection[]): void;
}

/** Build a detection that covers word tokens [first, last). */
export function wordDetection(
  analysis: Analysis,
  category: Category,
  first: number,
  last: number,
  confidence: number,
  recognizer: string,
): Detection {
  const words = analysis.words;
  return {
    category,
    start: words[first]!.start,
    end: words[last - 1]!.end,
    confidence,
    recognizer,
    firstWord: first,
    lastWord: last,
  };
}

/** Build a detection from a token (e-mail, URL, marker). */
export function tokenDetection(
  token: Token,
  category: Category,
  confidence: number,
  recognizer: string,
): Detection {
  return {
    category,
    start: token.start,
    end: token.end,
    confidence,
    recognizer,
    firstWord: -1,
    lastWord: -1,
  };
}
