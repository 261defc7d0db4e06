import type { Category } from "../categories.js";
import type { ContextRule, Detection } from "../recognizers/types.js";

/** At most this many bridge words between a finding and a coordinated word. */
const MAX_BRIDGE = 5;

interface Continuation {
  /** Cue list of the words that continue the finding. */
  readonly list: string;
  /** Category of the continuation (default: the finding's own). */
  readonly as?: Category;
  /** Also look before the finding ("Irish and [Ghanaian heritage]"). */
  readonly before: boolean;
  /** The word may follow with no bridge word ("criminal record (assault"). */
  readonly adjacent: boolean;
  /** Numbers bridge too ("DNA results (38% West African"). */
  readonly numbers: boolean;
}

/** Which words continue a finding of a category when coordinated with it. */
const CONTINUATIONS: Partial<Record<Category, Continuation>> = {
  ethnicity: { list: "nationality", before: true, adjacent: false, numbers: false },
  // "been with men and women": only after the finding.
  sexuality: { list: "gender-nouns", before: false, adjacent: false, numbers: false },
  // "a criminal record (assault, 2011)": offences may follow right after.
  criminal: { list: "offences", before: false, adjacent: true, numbers: false },
  // "my DNA results: 38% West African, 40% British Isles": ancestry shares.
  genetic: { list: "nationality", as: "ethnicity", before: false, adjacent: true, numbers: true },
};

/**
 * Origins come in pairs: "half Turks, half Nederlands", "of Irish and
 * Ghanaian heritage", "my dad is Nigerian and my mum's Dutch", "mijn moeder
 * is Indonesisch, mijn vader Chinees". The lexicon recognises the part with
 * a clear frame; the coordinated part is a bare nationality word that alone
 * says nothing ("Dutch weather"). Next to an ethnicity finding, joined only
 * by conjunctions, possessives, family nouns and copulas (cue list
 * `coordination-bridge`), it is the same kind of data and is added as an
 * ethnicity finding, in either direction. Sexuality works the same way
 * with gender nouns after the finding ("been with men and women"), criminal
 * records with the offences that follow ("strafblad (mishandeling)"), and a
 * DNA test with the ancestry shares it lists. Added findings continue in
 * turn, so a whole list is covered.
 */
export const coordinationRule: ContextRule = {
  id: "coordination",
  apply(analysis, detections) {
    let bridge: Uint8Array | null = null;
    const words = analysis.words;
    const queue: { d: Detection; spec: Continuation }[] = [];
    for (const d of detections) {
      const spec = CONTINUATIONS[d.category];
      if (spec !== undefined && d.dropped === undefined && d.firstWord >= 0)
        queue.push({ d, spec });
    }
    const taken = new Set<number>();
    while (queue.length > 0) {
      const { d, spec } = queue.pop()!;
      const cues = analysis.cues(spec.list);
      if (cues.length === 0) continue;
      if (bridge === null) {
        bridge = new Uint8Array(words.length);
        for (const m of analysis.cues("coordination-bridge"))
          for (let i = m.first; i < m.last; i++) bridge[i] = 1;
      }
      for (const n of cues) {
        if (n.first < d.lastWord && d.firstWord < n.last) continue;
        const after = n.first >= d.lastWord;
        if (!after && !spec.before) continue;
        const from = after ? d.lastWord : n.last;
        const to = after ? n.first : d.firstWord;
        if (to < from || to - from > MAX_BRIDGE) continue;
        // Right after the finding only with a bridge word in between
        // ("Marokkaans en Nederlands"), not "Marokkaans Nederlands eten".
        if (to === from && after && !spec.adjacent) continue;
        // Bridge words only, and no sentence break anywhere in between.
        let joined = true;
        for (let i = from; i <= to && joined; i++) {
          const w = words[i]!;
          if (w.breakBefore) joined = false;
          else if (i < to && bridge[i] !== 1 && !(spec.numbers && w.kind === "number"))
            joined = false;
        }
        if (!joined || taken.has(n.first)) continue;
        taken.add(n.first);
        const category = spec.as ?? d.category;
        const added: Detection = {
          category,
          start: words[n.first]!.start,
          end: words[n.last - 1]!.end,
          confidence: Math.min(d.confidence, 0.8),
          recognizer: "coordination",
          firstWord: n.first,
          lastWord: n.last,
          term: "coordinated",
          ...(d.experiencer !== undefined ? { experiencer: d.experiencer } : {}),
        };
        detections.push(added);
        const next = CONTINUATIONS[category];
        // A list goes on from the word just added ("38% West African, 40% British Isles").
        queue.push({ d: added, spec: spec.as !== undefined ? spec : (next ?? spec) });
      }
    }
  },
};
