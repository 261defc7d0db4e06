import { wordSet } from "./identifiers/context.js";
import { placesIn } from "./identifiers/places.js";
import type { Recognizer } from "./types.js";
import { wordDetection } from "./types.js";

// A preposition before a given name that is also a place makes it the place: "naar Florence".
const PLACE_PREPS = new Set([
  "in",
  "uit",
  "naar",
  "te",
  "bij",
  "van",
  "from",
  "to",
  "at",
  "near",
  "via",
]);
const APOSTROPHE = /['’‘]/;

/**
 * Every place name of the gazetteer (Dutch and Belgian places, large foreign
 * cities), not only places of residence: for the strict policy, where a
 * holiday destination or meeting place must go too. Names that are also common
 * words count only capitalized; a given name that is also a place ("Florence")
 * counts only after a preposition.
 */
export const placeRecognizer: Recognizer = {
  id: "place",
  categories: ["place"],
  detect(analysis, out) {
    const places = placesIn(analysis);
    if (places.length === 0) return;
    const words = analysis.words;
    for (const p of places) {
      if (!p.capitalized && p.entry.ambiguous) continue;
      const prep = p.first > 0 && PLACE_PREPS.has(words[p.first - 1]!.norm);
      if (p.last - p.first === 1) {
        const norm = words[p.first]!.norm;
        const given =
          wordSet(analysis, "nl/first-names").has(norm) ||
          wordSet(analysis, "en/first-names").has(norm) ||
          wordSet(analysis, "nl/ambiguous-names").has(norm);
        if (given && !prep) continue;
      }
      const d = wordDetection(
        analysis,
        "place",
        p.first,
        p.last,
        p.capitalized ? 0.8 : 0.7,
        "place",
      );
      const first = p.entry.words[0];
      if ((first === "s" || first === "t") && APOSTROPHE.test(analysis.text[d.start - 1] ?? ""))
        d.start--;
      out.push(d);
    }
  },
};
