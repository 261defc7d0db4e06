import { LABELS, type Category } from "../categories.js";
import { keyedHash } from "../crypto/digest.js";
import { identityOf } from "./identity.js";
import { realisticReplacement } from "./realistic.js";
import type { Operator } from "./types.js";

export type PseudonymStyle = "counter" | "keyed" | "realistic";

// Crockford base32 without look-alikes: codes read well in a logbook.
const CODE = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function code(hash: Uint8Array, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += CODE[hash[i]! & 31]!;
  return out;
}

/**
 * Consistent stand-ins for identifiers.
 * - counter: "[NAME_1]", "[EMAIL_2]": numbered in order of appearance within a
 *   conversation (the conversation state remembers keyed digests, not values);
 * - keyed: "[NAME_7QK2M9]", an HMAC-SHA-256 code under the redactor's key: the
 *   same value gets the same code in every conversation and run, and nobody
 *   without the key can confirm a guess by hashing a dictionary;
 * - realistic: a replacement first name (plus surname for a full name),
 *   e-mail address at a reserved example domain or phone number from a
 *   reserved drama range, chosen by HMAC, one-to-one within a conversation
 *   (a taken replacement moves on to the next candidate); other categories
 *   fall back to counter.
 */
export function pseudonymOperator(style: PseudonymStyle, key: Uint8Array | null): Operator {
  return {
    type: "pseudonym",
    apply({ category, value, labels, scope }) {
      const label = LABELS[labels][category];
      if (style === "counter") return `[${label}_${scope.numberOf(category, value)}]`;
      const hashKey = key ?? scope.hashKey;
      const hash = keyedHash(hashKey, `pseudonym:${category}`, identityOf(category, value));
      if (style === "keyed") return `[${label}_${code(hash, 6)}]`;
      const chosen = scope.assign(category, value, (attempt) =>
        attempt < 4
          ? realisticReplacement(category as Category, value, hash, labels, attempt)
          : null,
      );
      return chosen ?? `[${label}_${scope.numberOf(category, value)}]`;
    },
  };
}
