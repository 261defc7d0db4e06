import type { Category } from "../categories.js";
import type { DenyTerm } from "../options/schema.js";
import { fold } from "../pipeline/tokenize.js";
import type { Analysis, Detection } from "../recognizers/types.js";

/**
 * Allow and deny lists, compiled once per redactor. A term is split into
 * words the way the tokenizer splits text and folded the same way (lowercase,
 * no diacritics), so "Jan de Vries", "jan de vries" and "JAN  de  Vries" match
 * alike, on whole words only, in any language. Terms such as e-mail addresses
 * or links, which the tokenizer keeps as one token, match that token whole.
 */
export interface TermLists {
  /** Drop detections that touch an allowed term; add one detection per denied term. */
  apply(analysis: Analysis, detections: Detection[]): Detection[];
}

interface Term {
  readonly words: readonly string[];
  readonly category: Category;
}

// The tokenizer's word shape: letters, digits and marks with inner apostrophes.
const PIECE = /[\p{L}\p{N}\p{M}]+(?:['’‘][\p{L}\p{M}]+)*/gu;
const WHOLE_TOKEN = /[@/]|:\/\//u;

interface Compiled {
  /** First folded word → terms starting with it, longest first. */
  readonly byFirst: Map<string, Term[]>;
  /** Terms that are one token of another kind (e-mail, URL), lowercased. */
  readonly whole: Map<string, Category>;
}

function compile(terms: readonly Term[], raw: readonly string[]): Compiled {
  const byFirst = new Map<string, Term[]>();
  const whole = new Map<string, Category>();
  terms.forEach((t, i) => {
    const text = raw[i]!.normalize("NFC");
    if (WHOLE_TOKEN.test(text)) whole.set(text.trim().toLowerCase(), t.category);
    if (t.words.length === 0) return;
    const list = byFirst.get(t.words[0]!);
    if (list === undefined) byFirst.set(t.words[0]!, [t]);
    else list.push(t);
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, whole };
}

function wordsOf(term: string): string[] {
  return (term.normalize("NFC").match(PIECE) ?? []).map(fold);
}

/** Every occurrence [start, end, category] of the compiled terms in a message. */
function occurrences(
  analysis: Analysis,
  c: Compiled,
): [number, number, Category, number, number][] {
  const out: [number, number, Category, number, number][] = [];
  const words = analysis.words;
  if (c.byFirst.size > 0) {
    for (let i = 0; i < words.length; i++) {
      const list = c.byFirst.get(words[i]!.norm);
      if (list === undefined) continue;
      for (const t of list) {
        const n = t.words.length;
        if (i + n > words.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) ok = words[i + k]!.norm === t.words[k];
        if (!ok) continue;
        out.push([words[i]!.start, words[i + n - 1]!.end, t.category, i, i + n]);
        i += n - 1;
        break;
      }
    }
  }
  if (c.whole.size > 0) {
    for (const tok of analysis.tokens) {
      if (tok.kind !== "email" && tok.kind !== "url") continue;
      const cat = c.whole.get(tok.norm.toLowerCase());
      if (cat !== undefined) out.push([tok.start, tok.end, cat, -1, -1]);
    }
  }
  return out;
}

export function compileTermLists(
  allow: readonly string[] | undefined,
  deny: readonly DenyTerm[] | undefined,
): TermLists | null {
  if ((allow?.length ?? 0) === 0 && (deny?.length ?? 0) === 0) return null;
  const allowRaw = allow ?? [];
  const denyRaw = (deny ?? []).map((d) => (typeof d === "string" ? d : d.term));
  const allowed = compile(
    allowRaw.map((t) => ({ words: wordsOf(t), category: "custom" as Category })),
    allowRaw,
  );
  const denied = compile(
    (deny ?? []).map((d) =>
      typeof d === "string"
        ? { words: wordsOf(d), category: "custom" as Category }
        : { words: wordsOf(d.term), category: d.category ?? "custom" },
    ),
    denyRaw,
  );
  return {
    apply(analysis, detections) {
      let out = detections;
      const allowHits = occurrences(analysis, allowed);
      if (allowHits.length > 0)
        out = out.filter((d) => !allowHits.some(([s, e]) => d.start < e && s < d.end));
      for (const [start, end, category, firstWord, lastWord] of occurrences(analysis, denied)) {
        out.push({
          category,
          start,
          end,
          confidence: 1,
          recognizer: "deny-list",
          firstWord,
          lastWord,
        });
      }
      return out;
    },
  };
}
