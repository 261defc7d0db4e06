import type { Signal } from "../categories.js";

/** The recommended action per signal (README: "Operator signals"). */
export const SIGNAL_ACTIONS: Record<Signal, string> = {
  crisis: "escalate to a trained person now; do not continue the chat script",
  minor: "stop the conversation and escalate; minors may not use the service",
  authenticity:
    "an honest answer is required: tell the customer whether the profile is run by an operator",
  vulnerability:
    "apply the protective policy for vulnerable consumers (limits, review by a person)",
  meeting: "follow platform policy on meetings and moving to other channels",
};
