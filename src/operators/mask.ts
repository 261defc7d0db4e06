import type { Operator } from "./types.js";

/** A run of one character: as long as the original (per code point) or a fixed length. */
export function maskOperator(char = "*", length: "same" | number = "same"): Operator {
  return {
    type: "mask",
    apply({ value }) {
      const n = length === "same" ? [...value].length : length;
      return char.repeat(n);
    },
  };
}
