import { CATEGORIES, IDENTIFIER_CATEGORIES, type Category } from "../categories.js";
import type { OperatorSpec } from "../options/schema.js";

export type PolicyName = "logbook" | "research" | "strict";

/** Categories detected only when a policy or the `categories` option asks for them. */
export const ON_REQUEST_CATEGORIES: readonly Category[] = ["age", "place"];

/** What a preset sets: the categories it detects and an operator per category. */
export interface PolicyPreset {
  readonly categories: readonly Category[];
  readonly operators: Partial<Record<Category | "default", OperatorSpec>>;
}

const DEFAULT_CATEGORIES = CATEGORIES.filter((c) => !ON_REQUEST_CATEGORIES.includes(c));

/** Identifiers a researcher needs to tell apart without knowing them. */
const PSEUDONYMISED = IDENTIFIER_CATEGORIES.filter((c) => c !== "custom");

export const POLICIES: Readonly<Record<PolicyName, PolicyPreset>> = {
  /** A logbook: every special category and identifier becomes its tag. */
  logbook: { categories: DEFAULT_CATEGORIES, operators: { default: "tag" } },
  /** Research: identifiers become consistent pseudonyms, special categories their tag. */
  research: {
    categories: DEFAULT_CATEGORIES,
    operators: {
      default: "tag",
      ...Object.fromEntries(PSEUDONYMISED.map((c) => [c, "pseudonym"])),
    },
  },
  /** Strict: like logbook, and also ages ("ik ben 67") and every place name. */
  strict: { categories: CATEGORIES, operators: { default: "tag" } },
};

/** Without a policy: the default categories, everything tagged. */
export const NO_POLICY: PolicyPreset = { categories: DEFAULT_CATEGORIES, operators: {} };
