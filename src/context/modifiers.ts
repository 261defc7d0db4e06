import { isSpecial } from "../categories.js";
import type { ContextRule } from "../recognizers/types.js";

/**
 * Extends a term's span over the words right next to it that carry part of
 * its meaning: before it negators ("geen diabetes", "not gay"), degree and
 * stage words ("een beetje homo", "licht autistisch", "stage 3"); after it
 * frequency and supporter words ("bid elke avond", "VVD-stemmer"). Leaving
 * them visible would leak what the redacted term was about.
 */
export const modifiersRule: ContextRule = {
  id: "modifiers",
  apply(analysis, detections) {
    const matches = analysis.cues("modifiers-before");
    const after = analysis.cues("modifiers-after");
    if (matches.length === 0 && after.length === 0) return;
    const words = analysis.words;
    for (const d of detections) {
      if (d.dropped !== undefined || d.firstWord < 0 || !isSpecial(d.category)) continue;
      // Follow a chain of modifiers leftwards ("niet een beetje …").
      for (let changed = true; changed;) {
        changed = false;
        for (const m of matches) {
          if (m.first >= d.firstWord || m.last < d.firstWord || m.last > d.lastWord) continue;
          if (words[d.firstWord]!.breakBefore) continue;
          d.firstWord = m.first;
          d.start = Math.min(d.start, words[m.first]!.start);
          changed = true;
        }
        for (const m of after) {
          if (m.first !== d.lastWord || words[m.first]!.breakBefore) continue;
          d.lastWord = m.last;
          d.end = Math.max(d.end, words[m.last - 1]!.end);
          changed = true;
        }
      }
    }
  },
};
