import type { Analysis, Detection, Recognizer } from "./types.js";
import { idCues, mayMatch } from "./identifiers/cues.js";
import { cueBefore, cueCovers, spanDetection, wordSet } from "./identifiers/context.js";

// An @handle: letters, digits, underscores and inner dots ("@bas.fitlife_").
const AT_HANDLE = /@[\p{L}\p{N}_](?:[\p{L}\p{N}_]|\.(?=[\p{L}\p{N}_])){0,39}/uy;
// A user-name-shaped chunk after a platform word.
const CHUNK = /@?[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[.-](?=[\p{L}\p{N}_])|['’](?=\p{L})){0,39}/uy;
// What may stand between a platform word and the name: "snap: x", "insta is x", "snap, it's x".
const FILLER = new Set([
  "is",
  "it's",
  "it’s",
  "its",
  "me",
  "add",
  "adden",
  "toevoegen",
  "op",
  "on",
  "at",
  "via",
  "naam",
  "name",
  "mijn",
  "my",
  "als",
  "as",
  "id",
]);
const SEPARATORS = /[\s:=,"'‘’“”()]/;
const SHAPED = /[\d_.]/;
const LETTER = /\p{L}/u;
const QUOTE_OR_COLON = /[:="'‘“]/;
const MAX_FILLERS = 3;
const PLATFORM_LISTS = ["id-handle", "id-handle-weak", "id-handle-direct"] as const;

/**
 * Social-media and messenger user names: any "@name" outside e-mail
 * addresses and links, and the name after a platform word (`id-handle`:
 * "snap: lisa_xo_2003", "mijn snapchat is jeroen_1988nl", "add me on kik x",
 * "my insta is lisatuinman"). After words that are also ordinary words
 * (`id-handle-weak`: snap, account, user) only a name with digits, "_" or
 * "." or one after ":" or quotes counts ("gebruiker 'harry55'").
 */
export const handleRecognizer: Recognizer = {
  id: "handle",
  categories: ["handle"],
  detect(analysis, out) {
    const text = analysis.text;
    const found: Detection[] = [];
    if (text.includes("@")) findAt(analysis, found);
    for (const name of PLATFORM_LISTS) {
      if (!mayMatch(analysis, name)) continue;
      for (const m of idCues(analysis, name)) {
        const invited =
          cueBefore(analysis, "id-handle-invite", m.first, 0) !== null ||
          cueCovers(analysis, "id-handle-direct", m.last - 1);
        afterPlatform(analysis, m.last, name === "id-handle", invited, found);
      }
    }
    for (const d of found) {
      if (!out.some((o) => o.category === "handle" && o.start === d.start)) out.push(d);
    }
  },
};

function insideLinkOrMail(analysis: Analysis, at: number): boolean {
  for (const t of analysis.tokens) {
    if (t.start > at) break;
    if ((t.kind === "url" || t.kind === "email") && at < t.end) return true;
  }
  return false;
}

function findAt(analysis: Analysis, out: Detection[]): void {
  const text = analysis.text;
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    const prev = text[at - 1];
    if (prev !== undefined && /[\p{L}\p{N}_.@-]/u.test(prev)) continue;
    AT_HANDLE.lastIndex = at;
    const m = AT_HANDLE.exec(text);
    if (m === null || m[0].length < 2 || insideLinkOrMail(analysis, at)) continue;
    out.push(spanDetection(analysis, "handle", at, at + m[0].length, 0.95, "handle"));
  }
}

function afterPlatform(
  analysis: Analysis,
  cueEnd: number,
  strong: boolean,
  invited: boolean,
  out: Detection[],
): void {
  const { text, words } = analysis;
  if (cueEnd <= 0 || cueEnd > words.length) return;
  let k = words[cueEnd - 1]!.end;
  // ":" / "=" / quotes before the name, or "is" / "it's" (strong platforms only).
  let symbol = false;
  let says = false;
  let fillers = 0;
  while (k < text.length) {
    const ch = text[k]!;
    if (ch === "\n" || ch === "." || ch === "!" || ch === "?") return;
    if (SEPARATORS.test(ch)) {
      if (QUOTE_OR_COLON.test(ch)) symbol = true;
      k++;
      continue;
    }
    if (insideLinkOrMail(analysis, k)) return;
    CHUNK.lastIndex = k;
    const m = CHUNK.exec(text);
    if (m === null) return;
    const chunk = m[0];
    const folded = chunk.toLowerCase();
    if (FILLER.has(folded) && fillers < MAX_FILLERS) {
      if (folded !== "me" && folded !== "add" && folded !== "op" && folded !== "on") says = true;
      fillers++;
      k += chunk.length;
      continue;
    }
    if (chunk.startsWith("@")) return; // found by findAt
    const shaped = SHAPED.test(chunk) && LETTER.test(chunk);
    // "add me on kik lisa": right after an invited platform, a plain name counts too.
    const explicit = symbol || (strong && says) || (invited && fillers === 0);
    if (!shaped && !(explicit && chunk.length >= 3 && !isCommon(analysis, folded))) return;
    out.push(spanDetection(analysis, "handle", k, k + chunk.length, shaped ? 0.9 : 0.75, "handle"));
    return;
  }
}

function isCommon(analysis: Analysis, folded: string): boolean {
  if (wordSet(analysis, "nl/function-words").has(folded)) return true;
  if (wordSet(analysis, "en/function-words").has(folded)) return true;
  return analysis.lexicons.cueWords.get("id-not-handle")?.has(folded) ?? false;
}
