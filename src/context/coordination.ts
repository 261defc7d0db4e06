import type { Category } from "../categories.js";
import type { PhraseMatch } from "../lexicon/matcher.js";
import type { ContextRule, Detection } from "../recognizers/types.js";

/** At most this many bridge words between a finding and a coordinated word. */
const MAX_BRIDGE = 5;

/** Which words continue a finding of a category when coordinated with it. */
const CONTINUATIONS: Partial<
  Record<Category, { list: string; before: boolean; adjacent: boolean }>
> = {
  ethnicity: { list: "nationality", before: true, adjacent: false },
  // "been with men and women": only after the finding.
  sexuality: { list: "gender-nouns", before: false, adjacent: false },
  // "a criminal record (assault, 2011)": offences may follow right after.
  criminal: { list: "offences", before: false, adjacent: true },
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
 * with gender nouns after the finding ("been with men and women"), and
 * criminal records with the offences that follow ("strafblad (mishandeling)").
 */
export const coordinationRule: ContextRule = {
  id: "coordination",
  apply(analysis, detections) {
    let bridge: Uint8Array | null = null;
    const added: Detection[] = [];
    const words = analysis.words;
    for (const d of detections) {
      const spec = CONTINUATIONS[d.category];
      if (spec === undefined || d.dropped !== undefined || d.firstWord < 0) continue;
      const nats: readonly PhraseMatch<unknown>[] = analysis.cues(spec.list);
      if (nats.length === 0) continue;
      if (bridge === null) {
        bridge = new Uint8Array(words.length);
        for (const m of analysis.cues("coordination-bridge"))
          for (let i = m.first; i < m.last; i++) bridge[i] = 1;
      }
      for (const n of nats) {
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
          if (words[i]!.breakBefore || (i < to && bridge[i] !== 1)) joined = false;
        }
        if (!joined) continue;
        if (added.some((a) => a.firstWord === n.first)) continue;
        added.push({
          category: d.category,
          start: words[n.first]!.start,
          end: words[n.last - 1]!.end,
          confidence: Math.min(d.confidence, 0.8),
          recognizer: "coordination",
          firstWord: n.first,
          lastWord: n.last,
          term: "coordinated origin",
          ...(d.experiencer !== undefined ? { experiencer: d.experiencer } : {}),
        });
      }
    }
    for (const a of added) detections.push(a);
  },
};
