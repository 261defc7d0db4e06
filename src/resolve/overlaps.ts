import { CATEGORIES, isSpecial, type Category } from "../categories.js";
import type { Detection } from "../recognizers/types.js";

/** One stretch of text to replace, with every detection that touches it. */
export interface Region {
  start: number;
  end: number;
  /** The category whose operator writes the replacement. */
  primary: Category;
  /** One merged detection per category inside the region. */
  detections: Detection[];
}

const RANK = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));
// Only these may stand between two same-category spans that then merge.
const JOINABLE = /^[\s\-–/,&+]*$/;

/**
 * Stage 6: resolve overlaps. Deterministic: detections are sorted by start,
 * longest first, then category order. Overlapping detections form one region
 * (the union of their spans), so no fragment of any sensitive span stays
 * visible. Spans of one category that only whitespace or a hyphen separates
 * merge into one region ("type 2" + "diabetes"). Within a region, detections
 * of the same category are merged into one.
 */
export function resolveOverlaps(text: string, detections: readonly Detection[]): Region[] {
  const sorted = [...detections].sort(
    (a, b) => a.start - b.start || b.end - a.end || RANK.get(a.category)! - RANK.get(b.category)!,
  );
  const regions: Region[] = [];
  let cur: Region | null = null;
  for (const d of sorted) {
    if (cur !== null) {
      const overlaps = d.start < cur.end;
      const touches =
        !overlaps &&
        cur.detections.some((x) => x.category === d.category) &&
        JOINABLE.test(text.slice(cur.end, d.start));
      if (overlaps || touches) {
        cur.end = Math.max(cur.end, d.end);
        addTo(cur, d, touches);
        continue;
      }
    }
    cur = { start: d.start, end: d.end, primary: d.category, detections: [{ ...d }] };
    regions.push(cur);
  }
  for (const r of regions) r.primary = primaryOf(r.detections);
  return regions;
}

function addTo(region: Region, d: Detection, extend: boolean): void {
  const same = region.detections.find((x) => x.category === d.category);
  if (same === undefined || (!extend && d.start >= same.end)) {
    region.detections.push({ ...d });
    return;
  }
  same.start = Math.min(same.start, d.start);
  same.end = Math.max(same.end, d.end);
  same.confidence = Math.max(same.confidence, d.confidence);
  if (d.firstWord >= 0) {
    same.firstWord = same.firstWord < 0 ? d.firstWord : Math.min(same.firstWord, d.firstWord);
    same.lastWord = Math.max(same.lastWord, d.lastWord);
  }
  if (d.nude === true) same.nude = true;
  if (d.negated === true && same.negated !== true) same.negated = same.negated ?? true;
  if (d.experiencer === "other") same.experiencer = "other";
}

/** Special categories before identifiers; then the longest span; then category order. */
function primaryOf(ds: readonly Detection[]): Category {
  let best = ds[0]!;
  for (const d of ds) {
    const a = isSpecial(d.category) ? 0 : 1;
    const b = isSpecial(best.category) ? 0 : 1;
    if (a < b || (a === b && d.end - d.start > best.end - best.start)) best = d;
  }
  return best.category;
}
