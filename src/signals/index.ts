import { authenticityDetector } from "./authenticity.js";
import { crisisDetector } from "./crisis.js";
import { meetingDetector } from "./meeting.js";
import { minorDetector } from "./minor.js";
import type { SignalDetector } from "./types.js";
import { vulnerabilityDetector } from "./vulnerability.js";

/** The signal detectors every redactor runs. */
export const DEFAULT_SIGNAL_DETECTORS: readonly SignalDetector[] = [
  crisisDetector,
  minorDetector,
  vulnerabilityDetector,
  authenticityDetector,
  meetingDetector,
];
