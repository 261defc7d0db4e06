// Small helpers for the benchmark's text output.

/** Value at quantile q (0..1) of an ascending sorted array (nearest rank). */
export function percentile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

/** A plain-text table: first column left-aligned, the others right-aligned. */
export function formatTable(header, rows) {
  const all = [header, ...rows].map((r) => r.map(String));
  const width = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? "").length)));
  return all
    .map((r) =>
      r.map((cell, c) => (c === 0 ? cell.padEnd(width[c]) : cell.padStart(width[c]))).join("  "),
    )
    .join("\n");
}
