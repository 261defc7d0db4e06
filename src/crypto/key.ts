import { hkdf } from "@noble/hashes/hkdf.js";
import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { RedactError } from "../errors.js";
import { fromBase64, fromHex, toBase64Url, utf8 } from "./bytes.js";

/** A 32-byte key: raw bytes, 64 hex digits, or base64/base64url. */
export type KeyInput = Uint8Array | string;

/** Sub-keys derived from the caller's key; the key itself is not kept. */
export interface DerivedKeys {
  /** HMAC-SHA-256 key for pseudonyms and conversation-state digests. */
  readonly pseudonym: Uint8Array;
  /** AES-256-GCM key for the `encrypt` operator and `restore`. */
  readonly encrypt: Uint8Array;
  /** A short public fingerprint of the key (never the key), stored in conversation states. */
  readonly id: string;
}

const KEY_BYTES = 32;
const SALT = utf8("chat-redact/v1");

/** Decode a key; throws RedactError INVALID_KEY for anything but exactly 32 bytes. */
export function parseKey(input: unknown): Uint8Array {
  let bytes: Uint8Array | null = null;
  if (input instanceof Uint8Array) bytes = input;
  else if (typeof input === "string") {
    const t = input.trim();
    bytes = t.length === 64 ? fromHex(t) : fromBase64(t);
  }
  if (bytes === null || bytes.length !== KEY_BYTES) {
    throw new RedactError(
      "INVALID_KEY",
      "Invalid key: expected 32 bytes as a Uint8Array, 64 hex digits or base64 (e.g. `openssl rand -hex 32`)",
      [{ path: "key", message: "expected a 32-byte key" }],
    );
  }
  return bytes;
}

/** HKDF-SHA-256 with one salt and a label per purpose, so the sub-keys are independent. */
export function deriveKeys(input: unknown): DerivedKeys {
  const ikm = parseKey(input);
  const pseudonym = hkdf(sha256, ikm, SALT, utf8("pseudonym"), KEY_BYTES);
  const encrypt = hkdf(sha256, ikm, SALT, utf8("encrypt"), KEY_BYTES);
  const id = toBase64Url(hmac(sha256, pseudonym, utf8("key-id")).subarray(0, 6));
  return { pseudonym, encrypt, id };
}
