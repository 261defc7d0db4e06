/**
 * Stage 1: normalize. NFC-compose the text and drop invisible characters that
 * people (or their keyboards) put inside words (soft hyphen, zero-width space,
 * word joiner, BOM), keeping a map from every index of the normalized string
 * back to the caller's original string.
 */
export interface Normalized {
  /** The normalized text every later stage works on. */
  readonly text: string;
  /**
   * `toOriginal[i]` is the index in the original string of normalized index `i`;
   * it has `text.length + 1` entries. `null` when the text was already normal
   * (the identity map), which is the common, allocation-free case.
   */
  readonly toOriginal: Int32Array | null;
  readonly originalLength: number;
}

// Characters that carry no visible content and can hide a word from a matcher.
// ZWJ (U+200D) is included: it only glues emoji, and offsets map back anyway.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
// A base character with its combining marks, or a run of stray marks.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

export function normalize(original: string): Normalized {
  const nfc = original.normalize("NFC");
  if (nfc === original && !INVISIBLE.test(original)) {
    return { text: original, toOriginal: null, originalLength: original.length };
  }
  const parts: string[] = [];
  const map: number[] = [];
  CLUSTER.lastIndex = 0;
  for (let m = CLUSTER.exec(original); m !== null; m = CLUSTER.exec(original)) {
    const cluster = m[0];
    const at = m.index;
    if (cluster.length === 1 && INVISIBLE.test(cluster)) continue;
    const composed = cluster.normalize("NFC");
    parts.push(composed);
    if (composed === cluster) {
      for (let k = 0; k < cluster.length; k++) map.push(at + k);
    } else {
      // Composition changes the length: every unit of the composed cluster maps
      // to the cluster start, so spans (which end on cluster boundaries) stay exact.
      for (let k = 0; k < composed.length; k++) map.push(at);
    }
  }
  map.push(original.length);
  return {
    text: parts.join(""),
    toOriginal: Int32Array.from(map),
    originalLength: original.length,
  };
}

/** Map a [start, end) span of the normalized text back to the original string. */
export function toOriginalSpan(n: Normalized, start: number, end: number): [number, number] {
  const map = n.toOriginal;
  if (map === null) return [start, end];
  return [map[start] ?? n.originalLength, map[end] ?? n.originalLength];
}
