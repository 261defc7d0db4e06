import { isSpecial } from "../categories.js";
import type { ContextRule } from "../recognizers/types.js";
import { sentenceIds } from "./window.js";

const BEFORE = 6;

/**
 * GUIDELINES rule 2: third parties count ("mijn moeder heeft kanker" is
 * health data), but the finding says whose it is: `other` when a third-person
 * cue (mijn moeder, my husband, hij) stands before the term in its sentence
 * and no first-person cue stands between them; `self` otherwise.
 */
export const experiencerRule: ContextRule = {
  id: "experiencer",
  apply(analysis, detections) {
    let sentence: Int32Array | null = null;
    for (const d of detections) {
      if (d.dropped !== undefined || d.firstWord < 0 || !isSpecial(d.category)) continue;
      sentence ??= sentenceIds(analysis);
      const sid = sentence[d.firstWord];
      let other = -1;
      for (const m of analysis.cues("experiencer-other")) {
        if (m.last <= d.firstWord && d.firstWord - m.last <= BEFORE && sentence[m.first] === sid) {
          other = Math.max(other, m.last);
        }
      }
      if (other < 0) {
        d.experiencer = "self";
        continue;
      }
      const selfAfter = analysis
        .cues("experiencer-self")
        .some((m) => m.first >= other && m.first < d.firstWord && sentence![m.first] === sid);
      d.experiencer = selfAfter ? "self" : "other";
    }
  },
};
