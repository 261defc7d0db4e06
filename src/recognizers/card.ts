import { numericFindings } from "./identifiers/numbers.js";
import { spanDetection } from "./identifiers/context.js";
import type { Recognizer } from "./types.js";

/**
 * Payment card numbers: 13-19 digits, grouped or not, Luhn-valid and starting with a card network digit (or with card context).
 */
export const cardRecognizer: Recognizer = {
  id: "card",
  categories: ["card"],
  detect(analysis, out) {
    for (const f of numericFindings(analysis)) {
      if (f.category === "card")
        out.push(spanDetection(analysis, "card", f.start, f.end, f.confidence, "card"));
    }
  },
};
