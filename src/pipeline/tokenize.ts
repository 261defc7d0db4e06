/**
 * Stage 2: tokenize. One pass of one sticky regular expression over the
 * normalized text yields every token later stages need: words (with Dutch
 * inner apostrophes such as "zo'n", "auto's"), numbers, e-mail addresses,
 * URLs, emoji, attachment markers and single punctuation characters.
 * Hyphenated compounds ("burn-out", "suikerziekte-patiënt") become word tokens
 * whose `glued` flag says they touch the previous word through a hyphen.
 */

export type TokenKind = "word" | "number" | "email" | "url" | "emoji" | "marker" | "punct";

export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** Lowercase, diacritics folded ("Patiënt" → "patient"); raw text for non-words. */
  readonly norm: string;
  /** Word index among word/number tokens (-1 for others). */
  readonly index: number;
  /** True when a sentence break (. ! ? ; newline …) stands between this and the previous word. */
  readonly breakBefore: boolean;
  /** True when joined to the previous word by a hyphen or slash, no space ("burn-out"). */
  readonly glued: boolean;
  /** True when the first letter is uppercase in the text. */
  readonly capitalized: boolean;
}

export interface Tokenized {
  /** All tokens in order. */
  readonly tokens: readonly Token[];
  /** Word and number tokens only, in order; `words[i].index === i`. */
  readonly words: readonly Token[];
}

// Order matters: the first alternative that matches at a position wins.
// Every alternative is linear: bounded repetitions or character classes that
// cannot overlap the following part, so no input can make it backtrack badly.
const TOKEN = new RegExp(
  [
    // 1 url
    String.raw`((?:https?:\/\/|www\.)[^\s<>"'()[\]{}]{1,2048})`,
    // 2 email
    // (an apostrophe may stand inside the local part: o'neil@…)
    String.raw`([\p{L}\p{N}._%+\-](?:[\p{L}\p{N}._%+\-]|'(?=[\p{L}\p{N}])){0,63}@[\p{L}\p{N}\-]{1,63}(?:\.[\p{L}\p{N}\-]{1,63}){1,8})`,
    // 3 attachment marker: [afbeelding: x.jpg], <Media weggelaten>, <image omitted>
    String.raw`(\[(?:afbeelding|foto|image|photo|picture|pic|img|video|bijlage|attachment|media|sticker|gif)\b[^[\]\n]{0,256}\]|<[^<>\n]{0,48}\b(?:omitted|weggelaten|attached|bijgevoegd)>)`,
    // 4 word, letters/digits/marks with inner apostrophes (zo'n, auto's, m'n)
    String.raw`([\p{L}\p{N}\p{M}]+(?:['’‘][\p{L}\p{M}]+)*)`,
    // 5 emoji (with modifiers and ZWJ sequences)
    String.raw`(\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic})*)`,
    // 6 whitespace run
    String.raw`(\s+)`,
    // 7 any other single character (punctuation, symbols, lone surrogates)
    String.raw`(\S)`,
  ].join("|"),
  "giuy",
);

// A bare domain with a path ("linkedin.com/in/x", "tiktok.com/@x"), tried
// only where a word is followed by a dot. A bare domain without a path
// ("bol.com") names a shop or service, not a person's page, and stays words.
const BARE_URL =
  /(?:[\p{L}\p{N}\-]{1,63}\.){1,4}(?:com|nl|be|org|net|eu|io|co|uk|de|fr|es|it|me|tv|app|info|biz|ly|gg|to|site|page|link|bio|dev|blog|online|shop|social|club|xyz|art|fm|us|ca|au)\/[^\s<>"'()[\]{}]{1,2048}/uy;

const TRAILING = /[.,!?;:]/;
const SENTENCE_BREAK = /[.!?;:\n…]/;
const NON_ASCII = /[\u0080-\uFFFF]/;
const MARKS = /\p{M}/gu;
const DIGIT_ONLY = /^\p{N}+$/u;
const UPPER = /\p{Lu}/u;

const CONSONANT_END = /[b-df-hj-np-tv-xz]$/;
const S_PRONOUNS = new Set([
  "he",
  "she",
  "it",
  "who",
  "there",
  "where",
  "here",
  "what",
  "that",
  "one",
  "everyone",
  "someone",
  "nobody",
]);

/**
 * English "'s" after a consonant or a pronoun is "is" or a possessive
 * ("my dad's Moroccan", "she's bipolar"): such a word is read as two words,
 * the stem and "is". Dutch plurals in "'s" follow a vowel ("auto's", "oma's")
 * and stay whole. Returns the stem, or null.
 */
export function contractionStem(norm: string): string | null {
  if (norm.length < 4 || !norm.endsWith("'s")) return null;
  const stem = norm.slice(0, -2);
  if (stem.includes("'")) return null;
  return CONSONANT_END.test(stem) || S_PRONOUNS.has(stem) ? stem : null;
}

/** Lowercase and strip diacritics. Cheap for ASCII words. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize("NFD").replace(MARKS, "").replace(/[’‘]/g, "'");
}

export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const words: Token[] = [];
  let pendingBreak = false;
  let pendingGlue = false; // previous non-space token was a hyphen/slash right after a word
  let prevEnd = -1;
  let prevWasWord = false;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const m = TOKEN.exec(text);
    if (m === null) break;
    const start = m.index;
    let end = start + m[0].length;
    let kind: TokenKind;
    if (m[4] !== undefined && text.charCodeAt(end) === 46 /* . */) {
      BARE_URL.lastIndex = start;
      const bare = BARE_URL.exec(text);
      if (bare !== null) end = start + bare[0].length;
    }
    if (m[1] !== undefined || end !== start + m[0].length) {
      kind = "url";
      // Sentence punctuation right after a link belongs to the sentence.
      while (end > start + 4 && TRAILING.test(text[end - 1] ?? "")) end--;
      TOKEN.lastIndex = end;
    } else if (m[2] !== undefined) kind = "email";
    else if (m[3] !== undefined) kind = "marker";
    else if (m[4] !== undefined) kind = DIGIT_ONLY.test(m[4]) ? "number" : "word";
    else if (m[5] !== undefined) kind = "emoji";
    else if (m[6] !== undefined) {
      if (m[6].includes("\n")) pendingBreak = true;
      pendingGlue = false;
      prevWasWord = false;
      continue;
    } else kind = "punct";

    if (kind === "punct") {
      const ch = m[0];
      if (SENTENCE_BREAK.test(ch)) pendingBreak = true;
      pendingGlue = prevWasWord && prevEnd === start && (ch === "-" || ch === "/");
      tokens.push({
        kind,
        start,
        end,
        norm: ch,
        index: -1,
        breakBefore: false,
        glued: false,
        capitalized: false,
      });
      prevWasWord = false;
      prevEnd = end;
      continue;
    }
    const isWord = kind === "word" || kind === "number";
    const raw = kind === "url" ? text.slice(start, end) : m[0];
    if (kind === "word") {
      const norm = fold(raw);
      const stem = contractionStem(norm);
      if (stem !== null) {
        const cut = end - 2;
        const first: Token = {
          kind,
          start,
          end: cut,
          norm: stem,
          index: words.length,
          breakBefore: pendingBreak,
          glued: pendingGlue && prevEnd === start,
          capitalized: UPPER.test(raw[0] ?? ""),
        };
        const second: Token = {
          kind,
          start: cut,
          end,
          norm: "is",
          index: words.length + 1,
          breakBefore: false,
          glued: true,
          capitalized: false,
        };
        tokens.push(first, second);
        words.push(first, second);
        pendingBreak = false;
        pendingGlue = false;
        prevWasWord = true;
        prevEnd = end;
        continue;
      }
    }
    const token: Token = {
      kind,
      start,
      end,
      norm: isWord ? fold(raw) : raw,
      index: isWord ? words.length : -1,
      breakBefore: pendingBreak,
      glued: isWord && pendingGlue && prevEnd === start,
      capitalized: kind === "word" && UPPER.test(raw[0] ?? ""),
    };
    tokens.push(token);
    if (isWord) words.push(token);
    if (kind === "emoji" || kind === "marker" || kind === "url" || kind === "email")
      pendingBreak = true;
    else pendingBreak = false;
    pendingGlue = false;
    prevWasWord = isWord;
    prevEnd = end;
  }
  return { tokens, words };
}
