import type { ContextRule } from "../recognizers/types.js";
import { isCompoundHead } from "./window.js";

/**
 * Dutch disease curses: "kankerweer", "tyfusherrie", "klerezooi". A disease
 * stem glued in front of a word that is not a medical head ("patiënt",
 * "behandeling") curses the thing; it says nothing about anyone's health.
 * The stems come from the `curse-modifiers` cue list and the heads from
 * `medical-heads`.
 */
export const curseRule: ContextRule = {
  id: "curse",
  apply(analysis, detections) {
    const curses = analysis.lexicons.cueWords.get("curse-modifiers");
    if (curses === undefined || curses.size === 0) return;
    const heads = analysis.lexicons.cueWords.get("medical-heads") ?? new Set<string>();
    for (const d of detections) {
      if (d.firstWord < 0 || d.lastWord - d.firstWord !== 1 || !d.recognizer.startsWith("lexicon"))
        continue;
      const word = analysis.words[d.firstWord]!.norm;
      for (const stem of curses) {
        if (word.length <= stem.length || !word.startsWith(stem)) continue;
        const rest = word.slice(stem.length);
        const medical = isCompoundHead(rest, heads);
        if (!medical) d.dropped = "curse";
        break;
      }
    }
  },
};
