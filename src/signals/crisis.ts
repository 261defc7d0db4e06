import { scoreSignal, type SignalSpec } from "./score.js";
import type { SignalDetector } from "./types.js";

/**
 * Suicidal intent, self-harm or acute danger: "ik wil er een eind aan maken",
 * "I don't want to live anymore", "de pillen liggen klaar", "mijn man slaat
 * me". Hyperbole ("ik ga dood van het lachen", "I could kill for a pizza")
 * and negation ("nooit aan zelfmoord gedacht") are blocked by cue lists.
 */
export const CRISIS: SignalSpec = {
  signal: "crisis",
  lists: [
    { name: "signal-crisis", weight: 1 },
    { name: "signal-crisis-partial", weight: 0.6 },
    { name: "signal-crisis-weak", weight: 0.4 },
  ],
  block: ["signal-crisis-block"],
};

export const crisisDetector: SignalDetector = {
  signal: "crisis",
  accumulates: true,
  detect: (analysis) => scoreSignal(analysis, CRISIS),
};
