import type { ContextRule } from "../recognizers/types.js";

const CONTAINERS = new Set(["handle", "url", "email"]);

/**
 * A word inside a user name, link or e-mail address ("@bas.fitlife_",
 * "insta.com/sober_sam") is part of an identifier, not a statement about
 * anyone: lexicon detections that lie entirely inside one are dropped (the
 * identifier itself is still redacted).
 */
export const insideIdentifierRule: ContextRule = {
  id: "inside-identifier",
  apply(_analysis, detections) {
    const containers = detections.filter(
      (d) => CONTAINERS.has(d.category) && d.dropped === undefined,
    );
    if (containers.length === 0) return;
    for (const d of detections) {
      if (!d.recognizer.startsWith("lexicon") || d.dropped !== undefined) continue;
      if (containers.some((c) => c.start <= d.start && c.end >= d.end))
        d.dropped = "inside-identifier";
    }
  },
};
