import { ipv6 } from "./identifiers/checksums.js";
import { spanDetection } from "./identifiers/context.js";
import { numericFindings } from "./identifiers/numbers.js";
import type { Analysis, Detection, Recognizer } from "./types.js";

/**
 * IP addresses: IPv4 dotted quads (each part 0-255, no leading zeros; not
 * after "versie"/"version") from the shared number scan, and IPv6 in full,
 * compressed (::) or IPv4-suffixed form. Times (12:30:45) and MAC addresses
 * do not validate as IPv6.
 */
export const ipRecognizer: Recognizer = {
  id: "ip",
  categories: ["ip"],
  detect(analysis, out) {
    for (const f of numericFindings(analysis)) {
      if (f.category === "ip")
        out.push(spanDetection(analysis, "ip", f.start, f.end, f.confidence, "ip"));
    }
    const text = analysis.text;
    const first = text.indexOf(":");
    if (first >= 0 && text.indexOf(":", first + 1) > 0) findIpv6(analysis, out);
  },
};

const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isAlnum = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function findIpv6(analysis: Analysis, out: Detection[]): void {
  const text = analysis.text;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!(isHex(c) || c === 58) || (i > 0 && (isAlnum(text[i - 1]) || text[i - 1] === ":"))) {
      i++;
      continue;
    }
    let j = i;
    let colons = 0;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 58) colons++;
      else if (!isHex(d) && d !== 46) break;
      j++;
    }
    // Sentence punctuation after the address is not part of it.
    let end = j;
    while (end > i && (text[end - 1] === "." || (text[end - 1] === ":" && text[end - 2] !== ":")))
      end--;
    const candidate = text.slice(i, end);
    const groups = candidate.split(":").filter((g) => g.length > 0).length;
    if (colons >= 2 && groups >= 2 && !isAlnum(text[j])) {
      if (ipv6(candidate)) out.push(spanDetection(analysis, "ip", i, end, 0.95, "ip"));
    }
    i = j + 1;
  }
}
