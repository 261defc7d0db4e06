import { gcm } from "@noble/ciphers/aes.js";
import { CATEGORIES, type Category } from "../categories.js";
import { RedactError } from "../errors.js";
import { fromBase64, fromUtf8, toBase64Url, utf8 } from "./bytes.js";
import { deriveKeys, type KeyInput } from "./key.js";
import { randomBytes } from "./random.js";

/**
 * Encrypted tokens: `⟦cr1:health:<base64url(nonce | ciphertext | tag)>⟧`.
 * The mathematical white square brackets (U+27E6, U+27E7) delimit a token
 * and hardly ever occur in chat; `cr1` is the format version; the category is
 * bound as associated data, so changing it makes decryption fail.
 */
export const TOKEN_VERSION = "cr1";
const OPEN = "\u27E6";
const CLOSE = "\u27E7";
const NONCE = 12;
const TAG = 16;
// One linear pass: fixed prefix, a category word, a base64url run, the closing bracket.
const TOKEN = /\u27E6cr1:([a-z_]{1,24}):([\w-]{1,200000})\u27E7/gu;
const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORIES);

function aad(category: string): Uint8Array {
  return utf8(`${TOKEN_VERSION}:${category}`);
}

/** Encrypt one value with a fresh random nonce. */
export function encryptToken(encKey: Uint8Array, category: Category, value: string): string {
  const nonce = randomBytes(NONCE);
  const sealed = gcm(encKey, nonce, aad(category)).encrypt(utf8(value));
  const payload = new Uint8Array(NONCE + sealed.length);
  payload.set(nonce, 0);
  payload.set(sealed, NONCE);
  return `${OPEN}${TOKEN_VERSION}:${category}:${toBase64Url(payload)}${CLOSE}`;
}

function decryptToken(encKey: Uint8Array, category: string, body: string, at: number): string {
  const fail = (why: string): RedactError =>
    new RedactError(
      "RESTORE_FAILED",
      `Cannot restore the token at offset ${at}: ${why} (wrong key, or the token was changed)`,
    );
  if (!CATEGORY_SET.has(category)) throw fail(`unknown category "${category}"`);
  const payload = fromBase64(body);
  if (payload === null || payload.length < NONCE + TAG) throw fail("malformed token");
  try {
    const plain = gcm(encKey, payload.subarray(0, NONCE), aad(category)).decrypt(
      payload.subarray(NONCE),
    );
    return fromUtf8(plain);
  } catch {
    throw fail("authentication failed");
  }
}

/**
 * Give back the original of every encrypted token in `text`, exactly; the rest
 * of the text is unchanged (text without tokens comes back as it is). A wrong
 * key or a changed token throws RedactError RESTORE_FAILED; a bad key throws
 * INVALID_KEY.
 */
export function restore(text: string, key: KeyInput): string {
  const encKey = deriveKeys(key).encrypt;
  if (typeof text !== "string")
    throw new RedactError("INVALID_INPUT", "restore() expects the redacted text as a string");
  if (!text.includes(OPEN)) return text;
  TOKEN.lastIndex = 0;
  return text.replace(TOKEN, (_m, category: string, body: string, offset: number) =>
    decryptToken(encKey, category, body, offset),
  );
}

/** True when the text holds at least one encrypted token. */
export function hasTokens(text: string): boolean {
  TOKEN.lastIndex = 0;
  return text.includes(OPEN) && TOKEN.test(text);
}
