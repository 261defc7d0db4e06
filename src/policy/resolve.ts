import type { Category } from "../categories.js";
import type { OperatorSpec, ResolvedOptions } from "../options/schema.js";
import { NO_POLICY, POLICIES } from "./presets.js";

/** The policy after presets and overrides: what to detect and how to replace it. */
export interface ResolvedPolicy {
  /** Categories whose recognizers run and whose findings count. */
  readonly enabled: ReadonlySet<Category>;
  /** The operator spec of a category (the option's, else the preset's, else `default`, else tag). */
  specFor(category: Category): OperatorSpec;
  /** Categories with explicit consent: text kept, finding reported with `consent: true`. */
  readonly consent: ReadonlySet<Category>;
}

/** Merge a preset with the caller's overrides (`categories`, `operators`, `consent`). */
export function resolvePolicy(options: ResolvedOptions): ResolvedPolicy {
  const preset = options.policy === undefined ? NO_POLICY : POLICIES[options.policy];
  const enabled = new Set<Category>(options.categories ?? preset.categories);
  const own = options.operators ?? {};
  const fallback: OperatorSpec = own.default ?? preset.operators.default ?? "tag";
  return {
    enabled,
    specFor: (category) => own[category] ?? preset.operators[category] ?? fallback,
    consent: new Set(options.consent ?? []),
  };
}
