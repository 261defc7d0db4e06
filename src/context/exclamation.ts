import type { ContextRule } from "../recognizers/types.js";
import { inside } from "./window.js";

/**
 * GUIDELINES rule 3: "oh my god", "jezus wat warm", "godverdomme" are
 * exclamations, not religious belief. Religion terms inside a
 * `religious-exclamation` cue are dropped.
 */
export const exclamationRule: ContextRule = {
  id: "religious-exclamation",
  apply(analysis, detections) {
    for (const d of detections) {
      if (d.category !== "religion" || d.firstWord < 0) continue;
      if (analysis.cues("religious-exclamation").some((m) => inside(m, d)))
        d.dropped = "exclamation";
    }
  },
};
