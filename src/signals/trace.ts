import type { SignalHit } from "./types.js";

let current: SignalHit[] | null = null;

/**
 * Runs `fn` (one message through the redactor) and collects every signal
 * score the detectors computed on the way, also the ones below the threshold
 * that the message report leaves out. `redactConversation` uses this to add
 * weak cues up over messages. Hits hold offsets, weights and cue keys, never
 * text, and live only as long as the caller keeps them.
 */
export function traceSignals<T>(fn: () => T): { readonly value: T; readonly hits: SignalHit[] } {
  const outer = current;
  const hits: SignalHit[] = [];
  current = hits;
  try {
    return { value: fn(), hits };
  } finally {
    current = outer;
  }
}

/** Called by the scorer for every non-zero score while a trace is open. */
export function recordSignal(hit: SignalHit): void {
  current?.push(hit);
}

/** True while a conversation trace is open: scores below the threshold are wanted too. */
export function isTracing(): boolean {
  return current !== null;
}
