import type { Category } from "../categories.js";

/**
 * The pseudonym memory of one conversation (or of one message outside a
 * conversation): numbers values per category and lends a per-conversation
 * hash key when the redactor has no key of its own.
 */
export interface PseudonymScope {
  /** The 1-based number of this value in its category, assigning the next free one. */
  numberOf(category: Category, value: string): number;
  /**
   * The replacement this value already has in the conversation, else the first
   * proposal (attempt 0, 1, …; null ends) no other value of the category holds,
   * else null. Keeps realistic pseudonyms one-to-one within a conversation.
   */
  assign(
    category: Category,
    value: string,
    propose: (attempt: number) => string | null,
  ): string | null;
  /** HMAC key for choices that must be stable: the redactor's key, else a per-conversation secret. */
  readonly hashKey: Uint8Array;
}

/** What an operator gets to produce one replacement. */
export interface OperatorInput {
  readonly category: Category;
  /** The original text of the region (never leaves the library unless opted in). */
  readonly value: string;
  /** Language of the placeholder labels. */
  readonly labels: "en" | "nl";
  /** Pseudonym numbering of the current conversation. */
  readonly scope: PseudonymScope;
}

/** An operator turns a detected region into its replacement text. */
export interface Operator {
  readonly type: string;
  apply(input: OperatorInput): string;
}
