import { postcodesIn } from "./identifiers/postcodes.js";
import { wordDetection, type Recognizer } from "./types.js";

/**
 * Postcodes: Dutch "1234 AB" / "1234AB" with the real rules (first digit not
 * 0, never SA, SD or SS; lowercase letters only after "postcode"/"adres" and
 * never a short word like "in"), and Belgian four-digit codes next to a town
 * ("3500 Hasselt", "Kortrijk (8500)") or after "postcode". Years, prices and
 * amounts have no town next to them and are left alone.
 */
export const postcodeRecognizer: Recognizer = {
  id: "postcode",
  categories: ["postcode"],
  detect(analysis, out) {
    for (const p of postcodesIn(analysis)) {
      out.push(wordDetection(analysis, "postcode", p.first, p.last, p.confidence, "postcode"));
    }
  },
};
