import { numericFindings } from "./identifiers/numbers.js";
import { spanDetection } from "./identifiers/context.js";
import type { Recognizer } from "./types.js";

/**
 * IBANs of every country ibantools knows, with or without spaces, checked with mod-97.
 */
export const ibanRecognizer: Recognizer = {
  id: "iban",
  categories: ["iban"],
  detect(analysis, out) {
    for (const f of numericFindings(analysis)) {
      if (f.category === "iban")
        out.push(spanDetection(analysis, "iban", f.start, f.end, f.confidence, "iban"));
    }
  },
};
