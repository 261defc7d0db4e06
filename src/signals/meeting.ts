import type { Category } from "../categories.js";
import type { Analysis, Detection } from "../recognizers/types.js";
import { scoreSignal, type ExtraCue, type SignalSpec } from "./score.js";
import type { SignalDetector } from "./types.js";

/**
 * A proposal to meet in person or to move to phone, WhatsApp, Snapchat,
 * e-mail or another channel: "zullen we afspreken", "kom je naar Utrecht",
 * "wat is je nummer", "add me on snap", "mijn insta is …". A bare phone
 * number, e-mail address, handle or link only supports it: operator notes
 * list contact data without anyone proposing anything.
 */
export const MEETING: SignalSpec = {
  signal: "meeting",
  lists: [
    { name: "signal-meeting", weight: 1 },
    { name: "signal-meeting-partial", weight: 0.6 },
    { name: "signal-meeting-weak", weight: 0.4 },
  ],
  block: ["signal-meeting-block"],
};

/** Contact data in the message: a weak cue on its own. */
const CONTACT_WEIGHT = 0.4;
const CONTACT: ReadonlySet<Category> = new Set(["phone", "email", "handle", "url"]);
const PHONE_SEPARATOR = /^[ \-/.()]{0,3}$/;
const MIN_PHONE_DIGITS = 9;
const MAX_PHONE_DIGITS = 15;

export const meetingDetector: SignalDetector = {
  signal: "meeting",
  accumulates: false,
  detect(analysis, detections) {
    return scoreSignal(analysis, MEETING, {
      maxWeight: CONTACT_WEIGHT,
      find() {
        const contact = contactCue(analysis, detections);
        return contact === null ? [] : [contact];
      },
    });
  },
};

function contactCue(analysis: Analysis, detections: readonly Detection[]): ExtraCue | null {
  for (const d of detections) {
    if (!CONTACT.has(d.category)) continue;
    return {
      first: d.firstWord,
      last: d.lastWord,
      start: d.start,
      end: d.end,
      weight: CONTACT_WEIGHT,
      key: "meeting:contact",
    };
  }
  for (const t of analysis.tokens) {
    if (t.kind !== "email") continue;
    return {
      first: -1,
      last: -1,
      start: t.start,
      end: t.end,
      weight: CONTACT_WEIGHT,
      key: "meeting:contact",
    };
  }
  return phoneNumber(analysis);
}

/**
 * A Dutch, Belgian or international phone number written as number tokens
 * with spaces, dashes, slashes, dots or brackets between them: it starts
 * with 0 or "+", and has 9 to 15 digits ("06-41 27 93 58", "0476/38.21.94",
 * "+31 6 2854 7719").
 */
function phoneNumber(analysis: Analysis): ExtraCue | null {
  const { words, text } = analysis;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind !== "number") continue;
    const plus = text[w.start - 1] === "+";
    if (!plus && w.norm[0] !== "0") continue;
    let digits = w.norm.length;
    let j = i;
    while (j + 1 < words.length && digits < MAX_PHONE_DIGITS) {
      const next = words[j + 1]!;
      if (next.kind !== "number") break;
      if (!PHONE_SEPARATOR.test(text.slice(words[j]!.end, next.start))) break;
      digits += next.norm.length;
      j++;
    }
    if (digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS) {
      return {
        first: i,
        last: j + 1,
        weight: CONTACT_WEIGHT,
        key: "meeting:contact",
      };
    }
    i = j;
  }
  return null;
}
