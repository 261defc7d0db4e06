import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { toBase64Url, utf8 } from "./bytes.js";

/** HMAC-SHA-256 of `label \0 value` under a key. */
export function keyedHash(key: Uint8Array, label: string, value: string): Uint8Array {
  return hmac(sha256, key, utf8(`${label}\u0000${value}`));
}

/** A short keyed digest (128 bits, base64url): what a conversation state stores instead of a value. */
export function keyedDigest(key: Uint8Array, label: string, value: string): string {
  return toBase64Url(keyedHash(key, label, value).subarray(0, 16));
}
