import { contractionStem, fold } from "../pipeline/tokenize.js";
import { inflections } from "./inflect.js";
import type { LexiconLanguage } from "./schema.js";

/**
 * Compiled form of the small pattern language of lexicons/README.md.
 * A pattern is a list of slots; a slot is a list of alternatives; an
 * alternative is a sequence of atoms, each matching one word token.
 */
export type Atom =
  | {
      readonly kind: "word";
      readonly forms: ReadonlySet<string>;
      /** The folded base words the forms were made from (inflections excluded). */
      readonly bases: readonly string[];
      readonly exact: string | null;
    }
  | { readonly kind: "prefix"; readonly prefix: string }
  | { readonly kind: "num" };

export interface Slot {
  readonly alts: readonly (readonly Atom[])[];
  readonly optional: boolean;
  /** `...`: 0 to MAX_GAP arbitrary words. */
  readonly gap: boolean;
  /** Part of the reported span. */
  readonly span: boolean;
}

export interface Pattern {
  readonly source: string;
  readonly slots: readonly Slot[];
}

export const MAX_GAP = 3;

export class PatternError extends Error {}

// Splits an alternative into word pieces the way the tokenizer splits text:
// letters/digits with inner apostrophes; any other character separates.
const PIECE = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*\*?|<num>/gu;

interface ParseOptions {
  readonly lang: LexiconLanguage;
  readonly caseSensitive?: boolean;
  /** Add regular inflections to the atoms of the last slot. */
  readonly inflect?: boolean;
}

export function parsePattern(source: string, opts: ParseOptions): Pattern {
  const raw = source.split(" ");
  const hasBrackets = source.includes("[");
  let inSpan = !hasBrackets;
  const slots: Slot[] = [];
  raw.forEach((part, i) => {
    let text = part;
    let open = false;
    let close = false;
    if (text.startsWith("[")) {
      open = true;
      text = text.slice(1);
    }
    if (text.endsWith("]")) {
      close = true;
      text = text.slice(0, -1);
    } else if (text.endsWith("]?")) {
      close = true;
      text = text.slice(0, -2) + "?";
    }
    if (open) inSpan = true;
    const span = inSpan;
    if (close) inSpan = false;
    if (text === "...") {
      slots.push({ alts: [], optional: true, gap: true, span });
      return;
    }
    let optional = false;
    if (text.endsWith("?") && text.length > 1) {
      optional = true;
      text = text.slice(0, -1);
    }
    const isLast = i === raw.length - 1;
    const alts = mergeSingleWords(
      text
        .split("|")
        .map((alt) => parseAlternative(alt, opts, opts.inflect === true && isLast))
        .filter((a) => a.length > 0),
    );
    // A slot of punctuation only ("s & m") matches nothing: the tokenizer
    // never makes words of punctuation, so the slot is simply left out.
    if (alts.length === 0) return;
    slots.push({ alts, optional, gap: false, span });
  });
  if (slots.length === 0) throw new PatternError(`empty pattern "${source}"`);
  if (slots.every((s) => s.optional))
    throw new PatternError(`pattern "${source}" can match nothing`);
  return { source, slots };
}

/**
 * One-word alternatives of a slot become one atom with the union of their
 * forms, so a slot of 80 nationality words costs one set lookup, not 80.
 */
function mergeSingleWords(alts: Atom[][]): Atom[][] {
  const forms = new Set<string>();
  const bases: string[] = [];
  const rest: Atom[][] = [];
  for (const alt of alts) {
    const atom = alt[0];
    if (alt.length === 1 && atom?.kind === "word" && atom.exact === null) {
      for (const f of atom.forms) forms.add(f);
      bases.push(...atom.bases);
    } else rest.push(alt);
  }
  if (forms.size === 0) return alts;
  return [[{ kind: "word", forms, bases, exact: null }], ...rest];
}

function parseAlternative(alt: string, opts: ParseOptions, inflect: boolean): Atom[] {
  // Read "he's", "dad's" as two words, exactly as the tokenizer does.
  const pieces = (alt.match(PIECE) ?? []).flatMap((p) => {
    const stem = contractionStem(fold(p));
    return stem === null ? [p] : [p.slice(0, stem.length), "is"];
  });
  return pieces.map((piece, k): Atom => {
    if (piece === "<num>") return { kind: "num" };
    if (piece.endsWith("*")) return { kind: "prefix", prefix: fold(piece.slice(0, -1)) };
    const folded = fold(piece);
    const last = k === pieces.length - 1;
    const forms =
      inflect && last && !opts.caseSensitive ? inflections(folded, opts.lang) : [folded];
    return {
      kind: "word",
      forms: new Set(forms),
      bases: [folded],
      exact: opts.caseSensitive ? piece : null,
    };
  });
}

/** Words that can start a match (for indexing); `null` entries mean "not a fixed word". */
export function firstAtoms(p: Pattern): Atom[] {
  const out: Atom[] = [];
  for (const slot of p.slots) {
    if (!slot.gap) for (const alt of slot.alts) if (alt[0]) out.push(alt[0]);
    if (!slot.optional) break;
  }
  return out;
}
