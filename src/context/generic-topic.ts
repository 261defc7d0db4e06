import type { ContextRule } from "../recognizers/types.js";
import { cueNear, sentenceIds } from "./window.js";

const PERSON_CUES = ["experiencer-self", "experiencer-other", "person-nouns"];

/**
 * GUIDELINES rule 4: talk about a topic with no person in it ("kanker is een
 * rotziekte", "depression is common among students") is not data about
 * anyone. A term in a sentence with a `generic-topic` cue and no person cue is
 * dropped.
 */
export const genericTopicRule: ContextRule = {
  id: "generic-topic",
  apply(analysis, detections) {
    let sentence: Int32Array | null = null;
    for (const d of detections) {
      if (d.dropped !== undefined || d.firstWord < 0 || !d.recognizer.startsWith("lexicon"))
        continue;
      sentence ??= sentenceIds(analysis);
      const s = sentence;
      const topic = cueNear(analysis, s, analysis.cues("generic-topic"), d, 8, 8);
      if (topic === null) continue;
      const person = PERSON_CUES.some(
        (n) => cueNear(analysis, s, analysis.cues(n), d, 8, 8) !== null,
      );
      if (!person) d.dropped = "generic-topic";
    }
  },
};
