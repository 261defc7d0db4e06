import { numericFindings } from "./identifiers/numbers.js";
import { spanDetection } from "./identifiers/context.js";
import type { Recognizer } from "./types.js";

/**
 * Dutch BSN (elfproef, 9 digits) and Belgian rijksregisternummer (mod-97 over YYMMDDSSS, also for people born from 2000); a number with the right length but a wrong checksum only counts after BSN / rijksregisternummer context; order and reference numbers are left alone.
 */
export const nationalIdRecognizer: Recognizer = {
  id: "national_id",
  categories: ["national_id"],
  detect(analysis, out) {
    for (const f of numericFindings(analysis)) {
      if (f.category === "national_id")
        out.push(
          spanDetection(analysis, "national_id", f.start, f.end, f.confidence, "national_id"),
        );
    }
  },
};
