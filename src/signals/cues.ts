import { lexiconBundle } from "../lexicon/default.js";
import { PhraseMatcher, type PhraseMatch } from "../lexicon/matcher.js";
import { parsePattern } from "../lexicon/pattern.js";
import { RedactError } from "../errors.js";
import type { Analysis } from "../recognizers/types.js";

/** Which cue a signal match came from: list name and pattern number, never text. */
export interface CueRef {
  readonly list: string;
  readonly key: string;
}

export type SignalScan = ReadonlyMap<string, readonly PhraseMatch<CueRef>[]>;

/** Every cue list whose name starts with this belongs to the signal detectors. */
const PREFIX = "signal-";

let matcher: PhraseMatcher<CueRef> | null = null;
const scans = new WeakMap<Analysis, SignalScan>();
const EMPTY: readonly PhraseMatch<CueRef>[] = [];

/**
 * All `signal-*` cue lists of both languages in one phrase matcher, compiled
 * once. Mixed messages need both languages, so the message language does not
 * select lists.
 */
function signalMatcher(): PhraseMatcher<CueRef> {
  if (matcher !== null) return matcher;
  const m = new PhraseMatcher<CueRef>();
  for (const list of lexiconBundle().cues) {
    if (!list.name.startsWith(PREFIX)) continue;
    list.cues.forEach((cue, i) => {
      let pattern;
      try {
        pattern = parsePattern(cue, { lang: list.language });
      } catch (e) {
        throw new RedactError(
          "INVALID_LEXICON",
          `lexicon ${list.language}/cues/${list.name}: ${(e as Error).message}`,
        );
      }
      m.add(pattern, { list: list.name, key: `${list.language}/${list.name}#${i}` });
    });
  }
  matcher = m;
  return m;
}

/**
 * The signal cue matches of a message, grouped by list name. One scan over the
 * words per message, shared by every detector.
 */
export function signalScan(analysis: Analysis): SignalScan {
  let scan = scans.get(analysis);
  if (scan !== undefined) return scan;
  const found: PhraseMatch<CueRef>[] = [];
  signalMatcher().scan(analysis.text, analysis.words, found);
  const byList = new Map<string, PhraseMatch<CueRef>[]>();
  for (const m of found) {
    const list = byList.get(m.payload.list);
    if (list === undefined) byList.set(m.payload.list, [m]);
    else list.push(m);
  }
  scan = byList;
  scans.set(analysis, scan);
  return scan;
}

export function matchesOf(scan: SignalScan, list: string): readonly PhraseMatch<CueRef>[] {
  return scan.get(list) ?? EMPTY;
}
