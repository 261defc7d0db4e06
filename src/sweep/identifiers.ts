import { RedactError } from "../errors.js";

/** A plain SQL name: letters, digits, underscore; not starting with a digit. */
const NAME = /^[a-z_]\w{0,62}$/i;

/**
 * Validate a table or column name given on the command line. Names are used
 * exactly as given (quoted, so case-sensitive); a table may be qualified with
 * one schema (`logbook.messages`). Anything else is refused rather than
 * escaped, so no option can smuggle SQL into a statement.
 */
export function checkName(what: string, name: string, qualified = false): string {
  const parts = qualified ? name.split(".") : [name];
  if (parts.length > 2 || parts.some((p) => !NAME.test(p))) {
    throw new RedactError(
      "INVALID_OPTIONS",
      `${what} "${name}" is not a plain SQL name (letters, digits and _${qualified ? ", optionally schema.table" : ""})`,
    );
  }
  return name;
}

/** Quote a checked name (`schema.table` → `"schema"."table"`). */
export function quote(name: string): string {
  return name
    .split(".")
    .map((p) => `"${p}"`)
    .join(".");
}
