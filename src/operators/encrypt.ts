import { encryptToken } from "../crypto/token.js";
import type { Operator } from "./types.js";

/**
 * Replaces the span by an authenticated AES-256-GCM token
 * (`⟦cr1:<category>:…⟧`) that `restore(text, key)` turns back into the exact
 * original. A fresh random nonce per token: equal values give different tokens.
 */
export function encryptOperator(encKey: Uint8Array): Operator {
  return {
    type: "encrypt",
    apply: ({ category, value }) => encryptToken(encKey, category, value),
  };
}
