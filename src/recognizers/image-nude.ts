import type { PhraseMatch } from "../lexicon/matcher.js";
import type { Analysis, Detection, Recognizer } from "./types.js";

const CUES = "image-nude";
const NEGATION = "negation-before";
// A negation this many words before a cue cancels it ("no nudity", "niet naakt").
const NEGATION_GAP = 1;

/**
 * Nude context for images. Runs after the other image recognizers and looks
 * at what they found: when a message holds an image (marker, link, file,
 * data URI or a photo in the text) and says it is nude or intimate — a cue
 * from the `image-nude` cue lists ("zonder kleren", "in mijn slipje",
 * "nothing on", "naked") that is not negated, or a nude image term elsewhere
 * in the message ("naaktfoto") — every image of the message is marked nude.
 * A nude cue without any image is left alone ("ik slaap altijd naakt").
 */
export const imageNudeRecognizer: Recognizer = {
  id: "image.nude",
  categories: ["image"],
  detect(analysis, out) {
    let images = 0;
    let nude = false;
    for (const d of out) {
      if (d.category !== "image") continue;
      images++;
      if (d.nude === true && d.ambiguous !== true) nude = true;
    }
    if (images === 0) return;
    if (!nude) nude = hasNudeCue(analysis);
    if (!nude) return;
    for (const d of out) if (d.category === "image") markNude(d);
  },
};

function markNude(d: Detection): void {
  d.nude = true;
}

function hasNudeCue(analysis: Analysis): boolean {
  const cues = analysis.cues(CUES);
  if (cues.length === 0) return false;
  const negations = analysis.cues(NEGATION);
  return cues.some((c) => !negated(c, negations));
}

function negated(cue: PhraseMatch<unknown>, negations: readonly PhraseMatch<unknown>[]): boolean {
  return negations.some((n) => n.last <= cue.first && cue.first - n.last <= NEGATION_GAP);
}
