import { isSpecial } from "../categories.js";
import type { ContextRule } from "../recognizers/types.js";
import { lowerBound, maxSpan, someWithin } from "../lexicon/ranges.js";
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
      // Cue lists are sorted by start word: only the few cues that can lie
      // in the window are visited (long messages stay linear).
      const cuesBefore = analysis.cues("negation-before");
      let before = false;
      for (
        let k = lowerBound(cuesBefore, d.firstWord - BEFORE - maxSpan(cuesBefore));
        k < cuesBefore.length && cuesBefore[k]!.first < d.firstWord && !before;
        k++
      ) {
        const m = cuesBefore[k]!;
        if (m.last > d.firstWord || d.firstWord - m.last > BEFORE || sentence[m.first] !== sid)
          continue;
        before = !someWithin(stops, m.last, d.firstWord);
      }
      const cuesAfter = analysis.cues("negation-after");
      let after = false;
      for (
        let k = before ? cuesAfter.length : lowerBound(cuesAfter, d.lastWord);
        k < cuesAfter.length && cuesAfter[k]!.first - d.lastWord <= AFTER && !after;
        k++
      ) {
        const m = cuesAfter[k]!;
        if (sentence[m.first] !== sid) continue;
        after = !someWithin(stops, d.lastWord, m.first);
      }
      if (before || after) d.negated = true;
    }
  },
};
