import type { Operator } from "./types.js";

/** Leaves the text as it is; the finding is still reported. */
export const keepOperator: Operator = { type: "keep", apply: ({ value }) => value };
