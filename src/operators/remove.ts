import type { Operator } from "./types.js";

/** Removes the span altogether. */
export const removeOperator: Operator = { type: "remove", apply: () => "" };
