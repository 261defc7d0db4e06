import { emailRecognizer } from "./email.js";
import { lexiconRecognizer } from "./lexicon.js";
import type { Recognizer } from "./types.js";
import { urlRecognizer } from "./url.js";

/** The recognizers every redactor runs, in order. */
export const DEFAULT_RECOGNIZERS: readonly Recognizer[] = [
  emailRecognizer,
  urlRecognizer,
  lexiconRecognizer,
];
