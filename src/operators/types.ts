import type { Category } from "../categories.js";

/** What an operator gets to produce one replacement. */
export interface OperatorInput {
  readonly category: Category;
  /** The original text of the region (never leaves the library unless opted in). */
  readonly value: string;
  /** Language of the placeholder labels. */
  readonly labels: "en" | "nl";
}

/** An operator turns a detected region into its replacement text. */
export interface Operator {
  readonly type: string;
  apply(input: OperatorInput): string;
}
