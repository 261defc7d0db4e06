import type { Analysis } from "../types.js";
import type { AddressSpan } from "./addresses.js";
import type { CueMatch } from "./cues.js";
import type { DateSpan } from "./dates.js";
import type { NumberRun, NumericFinding } from "./numbers.js";
import type { PlaceMatch } from "./places.js";
import type { PostcodeSpan } from "./postcodes.js";

/**
 * What the identifier recognizers compute once per message and share. One
 * object per analysis (a single WeakMap entry) keeps the per-message
 * overhead and garbage low.
 */
export interface MessageState {
  sentences?: Int32Array;
  cues?: Map<string, CueMatch[]>;
  runs?: readonly NumberRun[];
  numeric?: readonly NumericFinding[];
  dates?: readonly DateSpan[];
  places?: readonly PlaceMatch[];
  postcodes?: readonly PostcodeSpan[];
  addresses?: readonly AddressSpan[];
}

const states = new WeakMap<Analysis, MessageState>();

export function stateOf(analysis: Analysis): MessageState {
  let s = states.get(analysis);
  if (s === undefined) {
    s = {};
    states.set(analysis, s);
  }
  return s;
}
