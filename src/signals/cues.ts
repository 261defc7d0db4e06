import { commonWords, lexiconBundle } from "../lexicon/default.js";
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
/**
 * Lists that only qualify cues already found (blockers, first and third
 * person, clause ends): scanned only for messages that have a cue at all.
 */
const CONTEXT_SUFFIX = "-block";
const CONTEXT_LISTS: ReadonlySet<string> = new Set([
  "signal-self",
  "signal-other-person",
  "signal-clause-end",
  "signal-clause-break",
]);

interface Matchers {
  readonly cues: PhraseMatcher<CueRef>;
  readonly context: PhraseMatcher<CueRef>;
}

let matchers: Matchers | null = null;
const cueScans = new WeakMap<Analysis, SignalScan>();
const contextScans = new WeakMap<Analysis, SignalScan>();
const EMPTY: readonly PhraseMatch<CueRef>[] = [];
const NO_MATCHES: SignalScan = new Map();

export function isContextList(name: string): boolean {
  return name.endsWith(CONTEXT_SUFFIX) || CONTEXT_LISTS.has(name);
}

/**
 * The `signal-*` cue lists of both languages in two phrase matchers,
 * compiled once: the cues themselves, and the context lists that qualify
 * them. Mixed messages need both languages, so the message language does not
 * select lists.
 */
function signalMatchers(): Matchers {
  if (matchers !== null) return matchers;
  // Function words are too frequent to anchor a pattern on.
  const common = commonWords();
  const cues = new PhraseMatcher<CueRef>(common);
  const context = new PhraseMatcher<CueRef>(common);
  for (const list of lexiconBundle().cues) {
    if (!list.name.startsWith(PREFIX)) continue;
    const target = isContextList(list.name) ? context : cues;
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
      target.add(pattern, { list: list.name, key: `${list.language}/${list.name}#${i}` });
    });
  }
  matchers = { cues, context };
  return matchers;
}

function scanWith(
  matcher: PhraseMatcher<CueRef>,
  analysis: Analysis,
  cache: WeakMap<Analysis, SignalScan>,
): SignalScan {
  let scan = cache.get(analysis);
  if (scan !== undefined) return scan;
  const found: PhraseMatch<CueRef>[] = [];
  matcher.scan(analysis.text, analysis.words, found);
  if (found.length === 0) scan = NO_MATCHES;
  else {
    const byList = new Map<string, PhraseMatch<CueRef>[]>();
    for (const m of found) {
      const list = byList.get(m.payload.list);
      if (list === undefined) byList.set(m.payload.list, [m]);
      else list.push(m);
    }
    scan = byList;
  }
  cache.set(analysis, scan);
  return scan;
}

/** The signal cue matches of a message, grouped by list name; one scan shared by every detector. */
export function cueScan(analysis: Analysis): SignalScan {
  return scanWith(signalMatchers().cues, analysis, cueScans);
}

/** The context list matches of a message (blockers, persons, clause ends), scanned on first use. */
export function contextScan(analysis: Analysis): SignalScan {
  return scanWith(signalMatchers().context, analysis, contextScans);
}

export function matchesOf(scan: SignalScan, list: string): readonly PhraseMatch<CueRef>[] {
  return scan.get(list) ?? EMPTY;
}
