import type { Analysis, Detection, Recognizer } from "./types.js";
import { idCues } from "./identifiers/cues.js";
import { wordDetection } from "./types.js";
import { addressesIn } from "./identifiers/addresses.js";
import {
  between,
  cueAfter,
  cueBefore,
  cueWithin,
  sentences,
  wordSet,
} from "./identifiers/context.js";
import { placesIn, type PlaceMatch } from "./identifiers/places.js";
import { postcodesIn } from "./identifiers/postcodes.js";

// Prepositions that put a place after a residence verb: "woon in", "werkt in de haven van".
const LOC_PREPS = new Set([
  "in",
  "te",
  "op",
  "bij",
  "nabij",
  "vlakbij",
  "buiten",
  "rond",
  "rondom",
  "van",
  "near",
  "of",
  "around",
  "outside",
  "at",
]);
const MOVE_PREPS = new Set(["naar", "to"]);
const ORIGIN_AFTER_NAME = new Set(["van", "uit", "from"]);
const RESIDENCE_GAP = 7;
const AGE = /^\d{2,3}$/;
const SEGMENT_LEFT = /[,(;:.!?|\n/]$/;
const SEGMENT_RIGHT = /^[,);.!?:|\n(]/;
const APOSTROPHE = /['’‘]/;
const NAME_CUES = ["id-name-strong", "id-name-relation", "id-name-title", "id-name-client"];

/**
 * Places of residence or work. A Dutch or Belgian place (gazetteer
 * `nl/places`, built from GeoNames) or a large foreign city (`en/places`)
 * counts only in context:
 *  - after a residence, work or moving verb (`id-residence`, `id-move`), directly
 *    ("woont Emmen") or behind in/te/bij/van a few words on ("woon in een
 *    flat in Zwolle"), with no visit or holiday word in between;
 *  - directly after "uit"/"from"/"ben van" (Dutch and Belgian places only),
 *    "hier in"/"here in", or before "en woon er", "for work";
 *  - next to a postcode or after a street address;
 *  - as a segment of its own in a logbook line ("Kees, 71, Groningen.",
 *    "Peter (Amersfoort)"); foreign cities only after an age.
 * Holiday destinations, meeting places and bare countries stay. Once a place
 * is a residence, its repeats in the message are redacted too.
 */
export const locationRecognizer: Recognizer = {
  id: "location",
  categories: ["location"],
  detect(analysis, out) {
    const places = placesIn(analysis);
    if (places.length === 0) return;
    const accepted = new Map<string, number>();
    const found: Detection[] = [];
    const done = new Set<PlaceMatch>();
    for (const p of places) {
      // Lowercase only for names that are no common word ("ik woon in apeldoorn", "den haag").
      if (!p.capitalized && p.entry.ambiguous) continue;
      if (personName(analysis, p)) continue;
      const confidence = score(analysis, p);
      if (confidence <= 0) continue;
      done.add(p);
      accepted.set(p.key, Math.max(accepted.get(p.key) ?? 0, confidence));
      found.push(placeDetection(analysis, p, confidence));
    }
    for (const p of places) {
      const confidence = accepted.get(p.key);
      if (confidence === undefined || done.has(p) || !p.capitalized) continue;
      found.push(placeDetection(analysis, p, confidence - 0.05));
    }
    out.push(...found);
  },
};

/** A detection over the place, with the apostrophe of "'s-Hertogenbosch" / "'t Harde". */
function placeDetection(analysis: Analysis, p: PlaceMatch, confidence: number): Detection {
  const d = wordDetection(analysis, "location", p.first, p.last, confidence, "location");
  const first = p.entry.words[0];
  if ((first === "s" || first === "t") && APOSTROPHE.test(analysis.text[d.start - 1] ?? ""))
    d.start--;
  return d;
}

function isGivenName(analysis: Analysis, norm: string): boolean {
  return (
    wordSet(analysis, "nl/first-names").has(norm) ||
    wordSet(analysis, "en/first-names").has(norm) ||
    wordSet(analysis, "nl/ambiguous-names").has(norm)
  );
}

/** The place word is a given name in a name context ("ik ben Charlotte", "mijn dochter Florence"). */
function personName(analysis: Analysis, p: PlaceMatch): boolean {
  if (p.last - p.first !== 1) return false;
  const norm = analysis.words[p.first]!.norm;
  if (!isGivenName(analysis, norm)) return false;
  if (NAME_CUES.some((c) => cueBefore(analysis, c, p.first, 0) !== null)) return true;
  const intro = cueBefore(analysis, "id-name-intro", p.first, 0);
  return intro !== null && intro.last - intro.first > 1;
}

function score(analysis: Analysis, p: PlaceMatch): number {
  const words = analysis.words;
  const home = p.entry.kind === "home";
  const cap = p.capitalized;
  const s = sentences(analysis);
  let best = 0;

  // Residence, work and moving verbs before the place.
  for (const name of ["id-residence", "id-move"]) {
    for (const m of idCues(analysis, name)) {
      if (m.last > p.first || p.first - m.last > RESIDENCE_GAP || s[m.last - 1] !== s[p.first])
        continue;
      const direct = m.last === p.first;
      const prev = words[p.first - 1]!.norm;
      const prep = LOC_PREPS.has(prev) || (name === "id-move" && MOVE_PREPS.has(prev));
      if (!direct && !prep) continue;
      if (!direct && cueWithin(analysis, "id-not-residence", m.last, p.first)) continue;
      if (!cap && !direct && p.first - m.last > 1) continue;
      best = Math.max(best, cap ? 0.92 : 0.8);
    }
  }
  if (best > 0) return best;

  // "uit Zwolle", "from Leuven", Flemish "ik ben van Gent".
  const origin = cueBefore(analysis, "id-origin", p.first, 0);
  if (
    origin !== null &&
    home &&
    between(analysis, origin.last - 1, p.first).trim() === "" &&
    cueBefore(analysis, "id-transit", origin.first, 2) === null &&
    cueBefore(analysis, "id-not-residence", origin.first, 2) === null &&
    cueBefore(analysis, "id-greeting", origin.first, 0) === null
  )
    return cap ? 0.85 : 0.7;
  // "Rita van Genk", "Dirk uit Lokeren", "Luc from Ghent": a given name, then where from.
  if (p.first >= 2 && ORIGIN_AFTER_NAME.has(words[p.first - 1]!.norm) && (home || cap)) {
    const name = words[p.first - 2]!;
    if ((name.capitalized || !p.entry.ambiguous) && isGivenName(analysis, name.norm)) return 0.85;
  }
  // "hier in Gent", "here in Maastricht", "regio Utrecht".
  if (cueBefore(analysis, "id-place-here", p.first, 0) !== null && (cap || home))
    return home ? 0.85 : 0.75;
  // "in Lier en woon er nog", "in Amsterdam for work".
  if (cueAfter(analysis, "id-place-after", p.last, 2) !== null) return cap ? 0.85 : 0.7;

  // Next to a postcode: "3951 AB Maarn", "Kortrijk (8500)".
  for (const pc of postcodesIn(analysis)) {
    if (pc.last === p.first || pc.first === p.last) return 0.9;
  }
  // After a street address: "Vondellaan 3 in Amersfoort", "Dorpsstraat 8, Maarn".
  for (const a of addressesIn(analysis)) {
    if (a.last === p.first && between(analysis, a.last - 1, p.first).trim() === ",") return 0.9;
    if (a.last === p.first - 1 && (words[a.last]!.norm === "in" || words[a.last]!.norm === "te"))
      return 0.9;
  }

  // A logbook segment of its own: "Kees, 71, Groningen.", "Peter (Amersfoort)";
  // not in a list of trips ("dagje uit: Maastricht, Valkenburg").
  if (
    cap &&
    isSegment(analysis, p) &&
    !cueWithin(analysis, "id-not-residence", firstOfSentence(s, p.first), p.first)
  ) {
    if (home) return 0.8;
    for (let k = p.first - 1; k >= 0 && s[k] === s[p.first]; k--) {
      const w = words[k]!;
      if (w.kind === "number" && AGE.test(w.norm)) return 0.75;
    }
  }
  return 0;
}

function firstOfSentence(s: Int32Array, i: number): number {
  let k = i;
  while (k > 0 && s[k - 1] === s[i]) k--;
  return k;
}

function isSegment(analysis: Analysis, p: PlaceMatch): boolean {
  const words = analysis.words;
  const first = words[p.first]!;
  const before = p.first === 0 ? "" : between(analysis, p.first - 1, p.first).trim();
  const leftOk = p.first === 0 || first.breakBefore || SEGMENT_LEFT.test(before);
  if (!leftOk) return false;
  if (p.last === words.length) return true;
  if (words[p.last]!.breakBefore) return true;
  return SEGMENT_RIGHT.test(between(analysis, p.last - 1, p.last).trim());
}
