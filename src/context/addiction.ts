import type { ContextRule } from "../recognizers/types.js";

const WINDOW = 4;
const LINKS = new Set(["aan", "to", "op", "on", "van", "of"]);

/**
 * "verslaafd aan de drank" is health; "verslaafd aan jouw berichtjes",
 * "addicted to this coffee" are not (GUIDELINES rule 3). An addiction word
 * followed by "aan"/"to" counts only when a substance or behaviour from the
 * `addiction-objects` cue list follows within a few words.
 */
export const addictionRule: ContextRule = {
  id: "addiction",
  apply(analysis, detections) {
    const terms = analysis.lexicons.cueWords.get("addiction-terms");
    if (terms === undefined) return;
    const words = analysis.words;
    for (const d of detections) {
      if (d.dropped !== undefined || d.firstWord < 0 || d.lastWord - d.firstWord !== 1) continue;
      if (!terms.has(words[d.firstWord]!.norm)) continue;
      const link = words[d.lastWord];
      if (link === undefined || link.breakBefore || !LINKS.has(link.norm)) continue;
      const objects = analysis.cues("addiction-objects");
      const ok = objects.some((m) => m.first > d.lastWord && m.first <= d.lastWord + WINDOW);
      if (ok) {
        // The object is part of what must not be read ("verslaafd aan [de drank]").
        const obj = objects.find((m) => m.first > d.lastWord && m.first <= d.lastWord + WINDOW)!;
        d.lastWord = obj.last;
        d.end = words[obj.last - 1]!.end;
      } else d.dropped = "addiction-object";
    }
  },
};
