import type { Category } from "../categories.js";
import type { DerivedKeys } from "../crypto/key.js";
import { hasRandom } from "../crypto/random.js";
import { RedactError } from "../errors.js";
import { encryptOperator } from "../operators/encrypt.js";
import { keepOperator } from "../operators/keep.js";
import { maskOperator } from "../operators/mask.js";
import { pseudonymOperator } from "../operators/pseudonym.js";
import { removeOperator } from "../operators/remove.js";
import { tagOperator } from "../operators/tag.js";
import type { Operator } from "../operators/types.js";
import type { OperatorSpec } from "../options/schema.js";
import type { ResolvedPolicy } from "../policy/resolve.js";

/**
 * Build the operator of every category once, from the resolved policy.
 * Consent keeps the text. Operators that need a key (`encrypt`, keyed
 * pseudonyms) throw RedactError INVALID_KEY here, at creation, when there is none.
 */
export function resolveOperators(
  policy: ResolvedPolicy,
  keys: DerivedKeys | null,
  categories: readonly Category[],
): (category: Category) => Operator {
  const table = new Map<Category, Operator>();
  for (const c of categories) {
    table.set(c, policy.consent.has(c) ? keepOperator : build(policy.specFor(c), keys, c));
  }
  return (category) => table.get(category) ?? keepOperator;
}

function build(spec: OperatorSpec, keys: DerivedKeys | null, category: Category): Operator {
  const s = typeof spec === "string" ? { type: spec } : spec;
  const needKey = (what: string): never => {
    throw new RedactError(
      "INVALID_KEY",
      `Invalid options: "operators.${category}": ${what} needs the "key" option (32 bytes)`,
      [{ path: `operators.${category}`, message: `${what} needs a key` }],
    );
  };
  switch (s.type) {
    case "tag":
      return tagOperator("template" in s ? s.template : undefined);
    case "mask":
      return maskOperator("char" in s ? s.char : undefined, "length" in s ? s.length : undefined);
    case "remove":
      return removeOperator;
    case "keep":
      return keepOperator;
    case "pseudonym": {
      const style = ("style" in s ? s.style : undefined) ?? "counter";
      if (style === "keyed" && keys === null) needKey("a keyed pseudonym");
      return pseudonymOperator(style, keys?.pseudonym ?? null);
    }
    case "encrypt":
      if (keys === null) return needKey("encrypt");
      if (!hasRandom())
        throw new RedactError(
          "INVALID_OPTIONS",
          "encrypt needs globalThis.crypto.getRandomValues (Web Crypto)",
        );
      return encryptOperator(keys.encrypt);
  }
}
