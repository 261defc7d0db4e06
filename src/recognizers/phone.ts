import { numericFindings } from "./identifiers/numbers.js";
import { spanDetection } from "./identifiers/context.js";
import type { Recognizer } from "./types.js";

/**
 * Phone numbers in every common Dutch, Belgian and international notation (0612345678, 06-12 34 56 78, +31 (0)6 …, 0031 …, 0470/12.34.56), validated with libphonenumber-js; a number that is only possible, not valid, needs a + prefix or phone context (tel, bel, mijn nummer).
 */
export const phoneRecognizer: Recognizer = {
  id: "phone",
  categories: ["phone"],
  detect(analysis, out) {
    for (const f of numericFindings(analysis)) {
      if (f.category === "phone")
        out.push(spanDetection(analysis, "phone", f.start, f.end, f.confidence, "phone"));
    }
  },
};
