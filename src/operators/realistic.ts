import contact from "../../lexicons/pseudonyms/contact.json";
import names from "../../lexicons/pseudonyms/names.json";
import type { Category } from "../categories.js";

const LETTERS = /[^a-z]+/g;
const MARKS = /\p{M}+/gu;
const SPACE = /\s+/u;
const LEADING_PLUS = /^\s*(?:\+|00)/;
const NON_DIGIT = /\D+/g;
// Dutch 06, Belgian 046-049, UK 07, with or without the country code.
const MOBILE = /^(?:00)?(?:316|324[6-9]|447|06|04[6-9]|07)/;

/** A choice from two bytes of an HMAC; each attempt reads other bytes (8 apart, 4 attempts). */
function pick<T>(list: readonly T[], hash: Uint8Array, at: number, attempt: number): T {
  const i = at + 8 * attempt;
  const n = ((hash[i]! << 8) | hash[i + 1]!) % list.length;
  return list[n]!;
}

function ascii(name: string): string {
  return name.normalize("NFD").replace(MARKS, "").toLowerCase().replace(LETTERS, "");
}

/**
 * A replacement of the same kind, chosen by the value's HMAC: a name (given
 * name, or given name and surname for a name of several words), an e-mail at
 * a reserved example domain, a phone number in a range reserved for fiction.
 * Null for categories without a realistic form. `attempt` (0-3) gives
 * another candidate when the first is taken in the conversation.
 */
export function realisticReplacement(
  category: Category,
  value: string,
  hash: Uint8Array,
  labels: "en" | "nl",
  attempt = 0,
): string | null {
  const list = names[labels];
  switch (category) {
    case "name": {
      const first = pick(list.first, hash, 0, attempt);
      return value.trim().split(SPACE).length > 1
        ? `${first} ${pick(list.last, hash, 2, attempt)}`
        : first;
    }
    case "email": {
      const local = `${ascii(pick(list.first, hash, 0, attempt))}.${ascii(pick(list.last, hash, 2, attempt))}`;
      return `${local}@${pick(contact.emailDomains, hash, 4, attempt)}`;
    }
    case "phone": {
      const range = MOBILE.test(value.replace(NON_DIGIT, "")) ? contact.mobile : contact.landline;
      const at = 6 + 8 * attempt;
      const n = (((hash[at]! << 8) | hash[at + 1]!) % 10 ** range.digits)
        .toString()
        .padStart(range.digits, "0");
      return `${LEADING_PLUS.test(value) ? range.international : range.national}${n}`;
    }
    default:
      return null;
  }
}
