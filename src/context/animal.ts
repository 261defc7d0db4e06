import type { ContextRule } from "../recognizers/types.js";
import { sentenceIds } from "./window.js";

const BEFORE = 8;

/**
 * GUIDELINES: health is about a real person. "mijn hond heeft suikerziekte",
 * "the vet called her obese": when the nearest subject before the term in its
 * sentence is an animal (cue list `animals`) and no person cue stands between
 * them, the term is dropped. A pronoun after the animal is the animal itself
 * ("mijn hond moet naar de dierenarts, hij heeft epilepsie"; `animal-pronouns`).
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
      const pronouns = analysis.cues("animal-pronouns");
      const between = (m: { first: number; last: number }) =>
        m.first >= animalEnd && m.last <= d.firstWord && s[m.first] === sid;
      const isPronoun = (m: { first: number; last: number }) =>
        pronouns.some((p) => p.first === m.first && p.last === m.last);
      const person =
        analysis.cues("experiencer-other").some((m) => between(m) && !isPronoun(m)) ||
        analysis.cues("experiencer-self").some((m) => between(m) && !isPronoun(m));
      if (!person) d.dropped = "animal";
    }
  },
};
