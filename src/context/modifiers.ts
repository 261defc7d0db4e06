import type { ContextRule } from "../recognizers/types.js";

/**
 * Extends a term's span over the words right before it that carry part of
 * its meaning: negators ("geen diabetes", "not gay"), degree and stage words
 * ("een beetje homo", "licht autistisch", "stage 3"). Leaving them visible
 * would leak what the redacted term was about.
 */
export const modifiersRule: ContextRule = {
  id: "modifiers",
  apply(analysis, detections) {
    const matches = analysis.cues("modifiers-before");
    if (matches.length === 0) return;
    const words = analysis.words;
    for (const d of detections) {
      if (d.dropped !== undefined || d.firstWord < 0) continue;
      // Follow a chain of modifiers leftwards ("niet een beetje …").
      for (let changed = true; changed;) {
        changed = false;
        for (const m of matches) {
          if (m.last !== d.firstWord || words[d.firstWord]!.breakBefore) continue;
          d.firstWord = m.first;
          d.start = Math.min(d.start, words[m.first]!.start);
          changed = true;
        }
      }
    }
  },
};
