import type { Category } from "../categories.js";
import { keepOperator } from "../operators/keep.js";
import { maskOperator } from "../operators/mask.js";
import { removeOperator } from "../operators/remove.js";
import { tagOperator } from "../operators/tag.js";
import type { Operator } from "../operators/types.js";
import type { OperatorSpec, ResolvedOptions } from "../options/schema.js";

/** Build the operator for every category once, from the options. */
export function resolveOperators(options: ResolvedOptions): (category: Category) => Operator {
  const specs = options.operators ?? {};
  const fallback = build(specs.default ?? "tag");
  const cache = new Map<Category, Operator>();
  return (category) => {
    let op = cache.get(category);
    if (op === undefined) {
      const spec = specs[category];
      op = spec === undefined ? fallback : build(spec);
      cache.set(category, op);
    }
    return op;
  };
}

function build(spec: OperatorSpec): Operator {
  const s = typeof spec === "string" ? { type: spec } : spec;
  switch (s.type) {
    case "tag":
      return tagOperator("template" in s ? s.template : undefined);
    case "mask":
      return maskOperator("char" in s ? s.char : undefined, "length" in s ? s.length : undefined);
    case "remove":
      return removeOperator;
    case "keep":
      return keepOperator;
  }
}
