import type { Category } from "../categories.js";

const SPACE = /\s+/gu;
const NON_DIGIT = /\D+/g;

/** Without trailing full stops and spaces ("J. de Vries." is "j. de vries"). */
function trimEnd(v: string): string {
  let end = v.length;
  while (end > 0 && (v[end - 1] === "." || v[end - 1] === " ")) end--;
  return v.slice(0, end);
}

/**
 * The form of a value that decides pseudonym identity: "Jan de Vries" and
 * "jan  de vries" are one person, "06-12345678" and "0612345678" one number.
 * Never leaves the library: only keyed digests of it are stored.
 */
export function identityOf(category: Category, value: string): string {
  const spaced = value.normalize("NFC").toLowerCase().replace(SPACE, " ");
  const v = trimEnd(spaced).trim();
  if (category === "phone" || category === "iban" || category === "card") {
    let digits = v.replace(NON_DIGIT, "");
    if (category === "phone") {
      // +31 6… / 0031 6… and 06… are the same Dutch number; likewise +32 / 0.
      if (digits.startsWith("00")) digits = digits.slice(2);
      if ((digits.startsWith("31") || digits.startsWith("32")) && digits.length >= 10)
        digits = `0${digits.slice(2)}`;
    }
    return category === "iban" ? v.replace(SPACE, "") : digits;
  }
  return v;
}
