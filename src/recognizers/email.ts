import { tokenDetection, type Recognizer } from "./types.js";

/** E-mail addresses, found by the tokenizer (local@domain.tld). */
export const emailRecognizer: Recognizer = {
  id: "email",
  categories: ["email"],
  detect(analysis, out) {
    for (const t of analysis.tokens) {
      if (t.kind === "email") out.push(tokenDetection(t, "email", 0.99, "email"));
    }
  },
};
