import { LABELS } from "../categories.js";
import type { Operator } from "./types.js";

/** `[HEALTH]` / `[GEZONDHEID]`, or any template with `{label}` and `{category}`. */
export function tagOperator(template = "[{label}]"): Operator {
  return {
    type: "tag",
    apply({ category, labels }) {
      return template
        .replaceAll("{label}", LABELS[labels][category])
        .replaceAll("{category}", category);
    },
  };
}
