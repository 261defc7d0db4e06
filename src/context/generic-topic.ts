import { fold, type Token } from "../pipeline/tokenize.js";
import type { ContextRule, Detection } from "../recognizers/types.js";
import { cueNear, isCompoundHead, sentenceIds } from "./window.js";

const PERSON_CUES = ["experiencer-self", "experiencer-other", "person-nouns"];

/**
 * GUIDELINES rule 4: talk about a topic with no person in it ("kanker is een
 * rotziekte", "depression is common among students") is not data about
 * anyone. A term in a sentence with a `generic-topic` cue and no person cue is
 * dropped, and so is a term that only modifies a topic noun (`topic-heads`):
 * "cancer research", "kankeronderzoek", "diabetes awareness week".
 */
export const genericTopicRule: ContextRule = {
  id: "generic-topic",
  apply(analysis, detections) {
    let sentence: Int32Array | null = null;
    const heads = analysis.lexicons.cueWords.get("topic-heads");
    const words = analysis.words;
    for (const d of detections) {
      if (d.dropped !== undefined || d.firstWord < 0 || !d.recognizer.startsWith("lexicon"))
        continue;
      if (heads !== undefined && d.category !== "image" && modifiesTopic(d, words, heads)) {
        d.dropped = "topic-head";
        continue;
      }
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

/** "cancer research", or a Dutch compound on a stem with a topic head: "kankeronderzoek". */
function modifiesTopic(d: Detection, words: readonly Token[], heads: ReadonlySet<string>): boolean {
  const next = words[d.lastWord];
  if (next !== undefined && !next.breakBefore && heads.has(next.norm)) {
    // A Dutch attributive adjective describes the noun, it does not name a
    // topic: "een manische week" is not a "diabetesweek".
    const last = words[d.lastWord - 1]!.norm;
    return !(d.term !== undefined && last !== fold(d.term) && last === `${fold(d.term)}e`);
  }
  if (d.recognizer !== "lexicon.compound" || d.term === undefined) return false;
  const word = words[d.firstWord]!.norm;
  const stem = fold(d.term);
  if (!word.startsWith(stem)) return false;
  const rest = word.slice(stem.length);
  return isCompoundHead(rest, heads);
}
