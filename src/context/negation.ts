import { isSpecial } from "../categories.js";
import type { ContextRule } from "../recognizers/types.js";
import { sentenceIds } from "./window.js";

const BEFORE = 4;
const AFTER = 3;

/**
 * GUIDELINES rule 1: negation keeps the label ("ik heb geen diabetes" is
 * still data about diabetes) but the finding records it, NegEx-style: a
 * negation cue a few words before (or after) the term, in the same sentence,
 * not interrupted by a scope stop such as "maar" / "but".
 */
export const negationRule: ContextRule = {
  id: "negation",
  apply(analysis, detections) {
    let sentence: Int32Array | null = null;
    for (const d of detections) {
      if (d.dropped !== undefined || d.firstWord < 0 || !isSpecial(d.category)) continue;
      sentence ??= sentenceIds(analysis);
      const sid = sentence[d.firstWord];
      const stops = analysis.cues("negation-stop");
      const before = analysis.cues("negation-before").some((m) => {
        if (m.last > d.firstWord || d.firstWord - m.last > BEFORE || sentence![m.first] !== sid)
          return false;
        return !stops.some((s) => s.first >= m.last && s.last <= d.firstWord);
      });
      const after =
        !before &&
        analysis.cues("negation-after").some((m) => {
          if (m.first < d.lastWord || m.first - d.lastWord > AFTER || sentence![m.first] !== sid)
            return false;
          return !stops.some((s) => s.first >= d.lastWord && s.last <= m.first);
        });
      if (before || after) d.negated = true;
    }
  },
};
