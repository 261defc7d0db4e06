import type { Signal } from "../categories.js";
import type { Analysis, Detection } from "../recognizers/types.js";

/** One piece of evidence for a signal, in normalized-text offsets. */
export interface SignalEvidence {
  readonly start: number;
  readonly end: number;
  /** How much this cue alone counts towards the signal (1 = enough on its own). */
  readonly weight: number;
  /**
   * Which cue this is (cue list and pattern number, never text), so the same
   * cue repeated over a conversation counts once.
   */
  readonly key?: string;
}

export interface SignalHit {
  readonly signal: Signal;
  /** 0..1 */
  readonly confidence: number;
  readonly evidence: readonly SignalEvidence[];
  /** Sum of evidence weights, kept for conversation-level accumulation. */
  readonly score: number;
}

/**
 * A signal detector looks at a whole message (and the detections found in it)
 * and says whether an operator must act. One detector per file.
 */
export interface SignalDetector {
  readonly signal: Signal;
  /**
   * True when the signal's cues describe the writer (age, widowhood, living
   * alone, despair) and so add up over a conversation; false for intents that
   * one message must state itself (a proposal to meet, a question).
   */
  readonly accumulates: boolean;
  detect(analysis: Analysis, detections: readonly Detection[]): SignalHit | null;
}
