import type { ContextRule } from "../recognizers/types.js";
import { inside } from "./window.js";

/**
 * GUIDELINES rule 3: hyperbole and idioms ("ik word gek van je", "sick of
 * this", "verslaafd aan jouw berichten") are not data about anyone's health.
 * A lexicon term that falls inside a `figurative` cue phrase is dropped.
 */
export const figurativeRule: ContextRule = {
  id: "figurative",
  apply(analysis, detections) {
    let matches: ReturnType<typeof analysis.cues> | null = null;
    for (const d of detections) {
      if (d.firstWord < 0 || !d.recognizer.startsWith("lexicon")) continue;
      matches ??= analysis.cues("figurative");
      if (
        matches.some(
          (m) => inside(m, d) || (m.spanFirst <= d.firstWord && m.spanLast >= d.lastWord),
        )
      ) {
        d.dropped = "figurative";
      }
    }
  },
};
