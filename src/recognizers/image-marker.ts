import { findImageMarkers, type MarkerMatch } from "../images/markers.js";
import type { Recognizer } from "./types.js";

const CONFIDENCE: Record<MarkerMatch["kind"], number> = {
  marker: 0.95,
  markdown: 0.95,
  html: 0.95,
  file: 0.9,
};

/**
 * Attachment markers of chat platforms and exports ("[afbeelding: x.jpg]",
 * "<Media weggelaten>", "<image omitted>", "[foto]", "<attached: …jpg>"),
 * image file names ("IMG-20240101-WA0001.jpg", "WhatsApp Image 2024-03-02 at
 * 21.14.07.jpeg", "DSC_0192"), Markdown images and HTML <img> tags. GUIDELINES
 * rule 9: any of these is `image`; the whole marker is one span.
 */
export const imageMarkerRecognizer: Recognizer = {
  id: "image.marker",
  categories: ["image"],
  detect(analysis, out) {
    const found: MarkerMatch[] = [];
    findImageMarkers(analysis.text, analysis.tokens, found);
    for (const m of found) {
      out.push({
        category: "image",
        start: m.start,
        end: m.end,
        confidence: CONFIDENCE[m.kind],
        recognizer: "image.marker",
        firstWord: -1,
        lastWord: -1,
        term: m.kind,
      });
    }
  },
};
