import type { ContextRule } from "../recognizers/types.js";
import { sentenceIds } from "./window.js";

const BEFORE = 6;

/**
 * GUIDELINES: health is about a real person. "mijn hond heeft suikerziekte",
 * "the vet called her obese": when the nearest subject before the term in its
 * sentence is an animal (cue list `animals`) and no person cue stands between
 * them, the term is dropped.
 */
export const animalRule: ContextRule = {
  id: "animal",
  apply(analysis, detections) {
    let sentence: Int32Array | null = null;
    for (const d of detections) {
      if (d.dropped !== undefined || d.firstWord < 0 || !d.recognizer.startsWith("lexicon"))
        continue;
      if (d.category !== "health" && d.category !== "mental") continue;
      const animals = analysis.cues("animals");
      if (animals.length === 0) return;
      sentence ??= sentenceIds(analysis);
      const s = sentence;
      const sid = s[d.firstWord];
      let animalEnd = -1;
      for (const m of animals) {
        if (m.last <= d.firstWord && d.firstWord - m.last <= BEFORE && s[m.first] === sid)
          animalEnd = Math.max(animalEnd, m.last);
      }
      if (animalEnd < 0) continue;
      const person = analysis
        .cues("experiencer-other")
        .concat(analysis.cues("experiencer-self"))
        .some((m) => m.first >= animalEnd && m.last <= d.firstWord && s[m.first] === sid);
      if (!person) d.dropped = "animal";
    }
  },
};
