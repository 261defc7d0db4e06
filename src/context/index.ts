import type { ContextRule } from "../recognizers/types.js";
import { addictionRule } from "./addiction.js";
import { ambiguityRule } from "./ambiguity.js";
import { animalRule } from "./animal.js";
import { coordinationRule } from "./coordination.js";
import { curseRule } from "./curse.js";
import { exclamationRule } from "./exclamation.js";
import { experiencerRule } from "./experiencer.js";
import { figurativeRule } from "./figurative.js";
import { genericTopicRule } from "./generic-topic.js";
import { insideIdentifierRule } from "./inside-identifier.js";
import { modifiersRule } from "./modifiers.js";
import { negationRule } from "./negation.js";

/** Context rules in order: first the ones that drop, then the ones that annotate. */
export const DEFAULT_CONTEXT_RULES: readonly ContextRule[] = [
  insideIdentifierRule,
  figurativeRule,
  curseRule,
  exclamationRule,
  addictionRule,
  animalRule,
  ambiguityRule,
  genericTopicRule,
  coordinationRule,
  negationRule,
  experiencerRule,
  modifiersRule,
];
