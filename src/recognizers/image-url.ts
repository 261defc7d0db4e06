import { isImageUrl } from "../images/url.js";
import { tokenDetection, type Recognizer } from "./types.js";

/**
 * Links to images: an image file extension, a format parameter in the query
 * string, a known image host (imgur, i.redd.it, Instagram/Facebook CDNs, …)
 * or an image CDN path. The url recognizer leaves these links alone (the same
 * `isImageUrl` test), so an image link is `image` only.
 */
export const imageUrlRecognizer: Recognizer = {
  id: "image.url",
  categories: ["image"],
  detect(analysis, out) {
    for (const t of analysis.tokens) {
      if (t.kind !== "url" || !isImageUrl(t.norm)) continue;
      const d = tokenDetection(t, "image", 0.95, "image.url");
      d.term = "url";
      out.push(d);
    }
  },
};
