import { isImageUrl } from "../images/url.js";
import { tokenDetection, type Recognizer } from "./types.js";

/**
 * Links (http, https, www.). Every link in a chat can point to a personal
 * page or profile, so all of them are redacted; links to images are left to
 * the image-url recognizer (GUIDELINES: "image links are `image`"), which
 * uses the same `isImageUrl` test.
 */
export const urlRecognizer: Recognizer = {
  id: "url",
  categories: ["url"],
  detect(analysis, out) {
    for (const t of analysis.tokens) {
      if (t.kind === "url" && !isImageUrl(t.norm)) out.push(tokenDetection(t, "url", 0.95, "url"));
    }
  },
};
