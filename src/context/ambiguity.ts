import type { ContextRule } from "../recognizers/types.js";
import { cueNear, sentenceIds } from "./window.js";

const WINDOW = 8;
const PERSON_CUES = ["experiencer-self", "experiencer-other", "person-nouns"];

/**
 * Words marked `ambiguous` in a lexicon ("pil", "spuit", "bi", "gay") only
 * count when a person is near: a first-person or third-person cue in the same
 * sentence within a few words (the health-mention literature's finding that a
 * literal mention almost always has a person who has the condition).
 */
export const ambiguityRule: ContextRule = {
  id: "ambiguity",
  apply(analysis, detections) {
    let sentence: Int32Array | null = null;
    // Topic coherence: an ambiguous word ("prikken", "pillen") is read in the
    // sense of a category the message already speaks of unambiguously.
    const sure = new Set(
      detections
        .filter((d) => d.ambiguous !== true && d.dropped === undefined)
        .map((d) => d.category),
    );
    for (const d of detections) {
      if (d.ambiguous !== true || d.dropped !== undefined) continue;
      if (sure.has(d.category)) continue;
      sentence ??= sentenceIds(analysis);
      const near = PERSON_CUES.some(
        (name) => cueNear(analysis, sentence!, analysis.cues(name), d, WINDOW, WINDOW) !== null,
      );
      if (near) d.confidence = Math.min(1, d.confidence + 0.15);
      else d.dropped = "ambiguous";
    }
  },
};
