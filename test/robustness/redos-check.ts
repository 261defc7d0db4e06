import { isSafePattern } from "redos-detector";

export interface RegexVerdict {
  readonly safe: boolean;
  /** Why it is unsafe (or how it was shown safe), for the failure message. */
  readonly detail: string;
}

/** Bounded repetitions with a large upper bound ({1,2048}) make the checker enumerate every count. */
const LARGE_BOUND = /\{(\d+),(\d+)\}/g;

/**
 * The same pattern with every `{m,n}` whose n is 10 or more widened to `{m,}`.
 * It matches a superset of the ways the original can match a string, so when
 * the widened pattern is safe, the original is too; the checker handles it
 * without unrolling thousands of repetitions.
 */
export function widenBounds(pattern: string): string {
  return pattern.replace(LARGE_BOUND, (whole, m: string, n: string, at: number) => {
    // Leave escaped braces (\{1,20}) alone.
    let backslashes = 0;
    for (let i = at - 1; i >= 0 && pattern[i] === "\\"; i--) backslashes++;
    if (backslashes % 2 === 1 || Number(n) < 10) return whole;
    return `{${m},}`;
  });
}

/**
 * Character ranges standing in for Unicode property escapes. redos-detector 6
 * treats `\p{…}` as if it could match any character (it reports
 * `\p{L}+\.\p{L}+\.\p{L}+` as catastrophic because `\p{L}` "overlaps" `\.`), so
 * each property is replaced by representative ranges with the same overlaps
 * against ASCII letters, digits, punctuation and space: Latin letters, ASCII
 * and Latin-1 digits, combining marks, emoji blocks.
 */
const PROPERTY_RANGES: Record<string, string> = {
  L: "a-zA-Z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF",
  Lu: "A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE",
  N: "0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE",
  M: "\\u0300-\\u036F",
  Extended_Pictographic:
    "\\u00A9\\u00AE\\u203C\\u2049\\u2122\\u2139\\u2194-\\u2199\\u2600-\\u27BF\\u{1F000}-\\u{1F3FA}\\u{1F400}-\\u{1FAFF}",
  Emoji_Modifier: "\\u{1F3FB}-\\u{1F3FF}",
};

/** The pattern with `\p{…}` / `\P{…}` replaced by PROPERTY_RANGES (unknown properties are kept). */
export function representProperties(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "\\") {
      const m = /^p\{(\w+)\}/i.exec(pattern.slice(i + 1, i + 40));
      const ranges = m ? PROPERTY_RANGES[m[1]!] : undefined;
      if (m && ranges !== undefined && !(inClass && m[0][0] === "P")) {
        const negated = m[0][0] === "P";
        out += inClass ? ranges : `[${negated ? "^" : ""}${ranges}]`;
        i += m[0].length;
        continue;
      }
      out += pattern.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === "[" && !inClass) inClass = true;
    else if (ch === "]" && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/**
 * The top-level alternatives of a pattern (`a|b(c|d)|e` → `a`, `b(c|d)`, `e`).
 * Nothing follows a top-level alternation, so the engine tries each
 * alternative at most once per start position and stops at the first that
 * matches: the worst case of the whole is at most the sum of the
 * alternatives' worst cases, and each can be checked on its own.
 */
export function topLevelAlternatives(pattern: string): string[] {
  const inner = unwrapGroup(pattern);
  if (inner !== null) return topLevelAlternatives(inner);
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) {
      parts.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(pattern.slice(from));
  return parts;
}

/** `(x)` or `(?:x)` spanning the whole pattern → `x`; otherwise null. */
function unwrapGroup(pattern: string): string | null {
  const open = pattern.startsWith("(?:")
    ? 3
    : pattern.startsWith("(") && pattern[1] !== "?"
      ? 1
      : 0;
  if (open === 0 || !pattern.endsWith(")")) return null;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0 && i < pattern.length - 1) return null;
  }
  return pattern.slice(open, -1);
}

/**
 * Checks one regular expression with redos-detector for catastrophic
 * backtracking within one match attempt: the pattern is anchored (`^(?:…)`)
 * as the engine tries it at one position. (Unanchored, redos-detector models
 * the engine's scan over start positions with a `[^]*?` prefix and flags
 * nearly every unanchored pattern, linear ones included; the cost of that scan
 * is measured by the linear-time tests and checked by eslint's
 * regexp/no-super-linear-move.)
 *
 * First the widened pattern (fast; safe there means safe), then the pattern as
 * written with a time limit. A timeout or a score above the limit counts as
 * unsafe. redos-detector refuses case-insensitive together with unicode mode;
 * such patterns are checked in unicode mode with case taken literally.
 */
export function checkRegex(pattern: string, flags: string, timeoutMs = 30_000): RegexVerdict {
  const alternatives = topLevelAlternatives(pattern);
  if (alternatives.length > 1) {
    for (const alt of alternatives) {
      const v = checkRegex(alt, flags, timeoutMs);
      if (!v.safe) return { safe: false, detail: `alternative /${alt}/: ${v.detail}` };
    }
    return { safe: true, detail: "every top-level alternative is safe" };
  }
  const unicode = flags.includes("u") || flags.includes("v");
  const options = {
    unicode,
    caseInsensitive: flags.includes("i") && !unicode,
    dotAll: flags.includes("s"),
    multiLine: flags.includes("m"),
    maxScore: 200,
  };
  const anchor = (p: string) => `^(?:${unicode ? representProperties(p) : p})`;
  const widened = widenBounds(pattern);
  if (widened !== pattern) {
    const w = isSafePattern(anchor(widened), { ...options, timeout: timeoutMs });
    if (w.safe) return { safe: true, detail: "safe with bounds widened" };
  }
  const r = isSafePattern(anchor(pattern), { ...options, timeout: timeoutMs });
  if (r.safe) return { safe: true, detail: `score ${r.score.infinite ? "∞" : r.score.value}` };
  const score = r.score.infinite ? "infinite" : String(r.score.value);
  const trail = r.trails[0]?.trail
    .slice(0, 3)
    .map((t) => `${t.a.node.source} | ${t.b.node.source}`)
    .join("; ");
  return {
    safe: false,
    detail: `${r.error ?? "unsafe"}, backtracking score ${score}${trail ? `; overlapping: ${trail}` : ""}`,
  };
}
