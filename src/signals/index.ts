import type { SignalDetector } from "./types.js";

/** The signal detectors every redactor runs. */
export const DEFAULT_SIGNAL_DETECTORS: readonly SignalDetector[] = [];
