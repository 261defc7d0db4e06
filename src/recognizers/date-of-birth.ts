import { cueAfter, cueBefore, sentences } from "./identifiers/context.js";
import { findDates } from "./identifiers/dates.js";
import type { Recognizer } from "./types.js";

const BEFORE = 5;
const AFTER = 3;

/**
 * Dates given as a birth date: a date in the same sentence as a birth cue
 * (`id-birth`: geboren, geb., jarig, verjaardag, born, DOB, birthday) a few
 * words before it, or right after it ("12 maart ben ik jarig"), or a full
 * date right after `id-birth-adjacent` ("ik ben van 12-03-1968"). Other dates,
 * years and times are left alone.
 */
export const dateOfBirthRecognizer: Recognizer = {
  id: "date_of_birth",
  categories: ["date_of_birth"],
  detect(analysis, out) {
    const dates = findDates(analysis);
    if (dates.length === 0) return;
    const s = sentences(analysis);
    for (const d of dates) {
      if (d.lastWord <= d.firstWord) continue;
      const cue = cueBefore(analysis, "id-birth", d.firstWord, BEFORE);
      const after = cue === null ? cueAfter(analysis, "id-birth", d.lastWord, AFTER) : null;
      const adjacent =
        cue === null && after === null && d.hasYear
          ? cueBefore(analysis, "id-birth-adjacent", d.firstWord, 0)
          : null;
      if (cue === null && after === null && adjacent === null) continue;
      if (after !== null && s[after.first] !== s[d.firstWord]) continue;
      out.push({
        category: "date_of_birth",
        start: d.start,
        end: d.end,
        confidence: d.hasYear ? 0.95 : 0.85,
        recognizer: "date_of_birth",
        firstWord: d.firstWord,
        lastWord: d.lastWord,
      });
    }
  },
};
