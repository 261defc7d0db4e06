import { scoreSignal, type SignalSpec } from "./score.js";
import type { SignalDetector } from "./types.js";

/**
 * The writer asks or doubts whether the profile, person or chat is real:
 * "ben jij wel echt?", "praat ik met een computer", "zijn jullie betaalde
 * chatters", "are you a bot", "is this a fake profile". Claims about the
 * writer ("ik ben echt", "I'm not a bot") do not count; "echt" as an
 * intensifier ("ben je echt zo lief") does not count because the
 * `-final` list only counts at the end of a clause.
 */
export const AUTHENTICITY: SignalSpec = {
  signal: "authenticity",
  lists: [
    { name: "signal-authenticity", weight: 1 },
    { name: "signal-authenticity-final", weight: 1, final: true },
    { name: "signal-authenticity-partial", weight: 0.6 },
    { name: "signal-authenticity-weak", weight: 0.4 },
  ],
  block: ["signal-authenticity-block"],
};

export const authenticityDetector: SignalDetector = {
  signal: "authenticity",
  accumulates: false,
  detect: (analysis) => scoreSignal(analysis, AUTHENTICITY),
};
