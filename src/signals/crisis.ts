import { scoreSignal, type SignalSpec } from "./score.js";
import type { SignalDetector } from "./types.js";

/** Tablets taken or laid out at once that make an overdose, not a dose ("2 paracetamol"). */
const OVERDOSE: readonly [number, number] = [6, 999];

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
    { name: "signal-crisis-dose", weight: 1, range: OVERDOSE },
    { name: "signal-crisis-final", weight: 1, final: true },
    { name: "signal-crisis-final-partial", weight: 0.6, final: true },
  ],
  block: ["signal-crisis-block"],
};

export const crisisDetector: SignalDetector = {
  signal: "crisis",
  accumulates: true,
  detect: (analysis) => scoreSignal(analysis, CRISIS),
};
