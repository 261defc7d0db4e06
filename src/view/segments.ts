import { CATEGORIES, isSpecial, type Category } from "../categories.js";
import type { Finding, RedactResult } from "../redactor/types.js";

/** A stretch of the redacted text: plain, or the replacement of one redacted region. */
export type Segment =
  | { readonly kind: "plain"; readonly text: string }
  | {
      readonly kind: "redacted";
      /** The replacement as it stands in the redacted text (a tag, a mask, or empty). */
      readonly text: string;
      /** The category whose colour the region gets (special before identifiers, then longest). */
      readonly primary: Category;
      /** Every category in the region, primary first, each once. */
      readonly categories: readonly Category[];
      /** The findings of the region (offsets into the original text). */
      readonly findings: readonly Finding[];
    };

export interface Segments {
  readonly segments: readonly Segment[];
  /**
   * False when the findings could not be placed in the redacted text (a
   * message that failed closed, or findings that do not match it): the whole
   * text is then one plain segment and nothing is highlighted.
   */
  readonly aligned: boolean;
}

const RANK = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));

interface Region {
  readonly start: number;
  end: number;
  readonly findings: Finding[];
}

/**
 * Split the redacted text into plain and redacted segments from the findings
 * alone. Findings carry offsets into the original text and the replacement of
 * their region; findings of one region overlap each other (the redactor
 * merges overlapping and adjacent same-category spans into one region), and
 * distinct regions do not overlap. Walking the regions in order, the text
 * between two regions is copied unchanged, so each region's replacement
 * starts where the previous one ended plus the length of the gap in the
 * original. Every replacement is checked against the redacted text; on any
 * mismatch nothing is highlighted (the text itself is always the redacted
 * text, never the original).
 */
export function segmentsOf(result: Pick<RedactResult, "text" | "findings">): Segments {
  const { text } = result;
  const regions = regionsOf(result.findings);
  const segments: Segment[] = [];
  let at = 0; // position in the redacted text
  let original = 0; // position in the original text
  for (const region of regions) {
    const replacement = region.findings[0]!.replacement;
    if (region.findings.some((f) => f.replacement !== replacement)) return unaligned(text);
    const gap = region.start - original;
    if (gap < 0 || at + gap + replacement.length > text.length) return unaligned(text);
    if (text.slice(at + gap, at + gap + replacement.length) !== replacement) return unaligned(text);
    if (gap > 0) segments.push({ kind: "plain", text: text.slice(at, at + gap) });
    const categories = categoriesOf(region.findings);
    segments.push({
      kind: "redacted",
      text: replacement,
      primary: categories[0]!,
      categories,
      findings: region.findings,
    });
    at += gap + replacement.length;
    original = region.end;
  }
  if (at < text.length) segments.push({ kind: "plain", text: text.slice(at) });
  return { segments, aligned: true };
}

function unaligned(text: string): Segments {
  return { segments: text.length > 0 ? [{ kind: "plain", text }] : [], aligned: false };
}

/** Group findings into regions: a finding that starts before the current region ends belongs to it. */
function regionsOf(findings: readonly Finding[]): Region[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const regions: Region[] = [];
  let cur: Region | null = null;
  for (const f of sorted) {
    if (cur !== null && f.start < cur.end) {
      cur.end = Math.max(cur.end, f.end);
      cur.findings.push(f);
      continue;
    }
    cur = { start: f.start, end: f.end, findings: [f] };
    regions.push(cur);
  }
  return regions;
}

/** Categories of a region: special before identifiers, then the longest span, then category order. */
function categoriesOf(findings: readonly Finding[]): Category[] {
  const best = new Map<Category, number>();
  for (const f of findings)
    best.set(f.category, Math.max(best.get(f.category) ?? 0, f.end - f.start));
  return [...best.keys()].sort(
    (a, b) =>
      (isSpecial(a) ? 0 : 1) - (isSpecial(b) ? 0 : 1) ||
      best.get(b)! - best.get(a)! ||
      RANK.get(a)! - RANK.get(b)!,
  );
}
