import * as z from "zod";
import { CATEGORIES, type Category } from "../categories.js";
import { fromBase64, toBase64Url } from "../crypto/bytes.js";
import { keyedDigest } from "../crypto/digest.js";
import type { DerivedKeys } from "../crypto/key.js";
import { randomBytes } from "../crypto/random.js";
import { RedactError } from "../errors.js";
import { identityOf } from "../operators/identity.js";
import type { PseudonymScope } from "../operators/types.js";

/**
 * The exportable pseudonym memory of one conversation. Plain JSON: store it
 * with the conversation and pass it back to continue numbering later. It
 * never holds a raw value: `entries` maps a keyed digest (HMAC-SHA-256 of the
 * category and the normalised value, 128 bits) to its number.
 */
export const conversationStateSchema = z
  .object({
    version: z.literal(1),
    /** Fingerprint of the redactor key the digests were made with (null: no key). */
    keyId: z.string().max(64).nullable(),
    /**
     * Without a key: the conversation's own random digest secret (base64url).
     * Whoever holds such a state can test guesses against its digests; give the
     * redactor a `key` to prevent that (the state then holds no secret).
     */
    salt: z.string().max(64).nullable(),
    /** Pseudonyms handed out so far, per category. */
    counters: z.partialRecord(z.enum(CATEGORIES), z.number().int().min(0)),
    /** Keyed digest → pseudonym number. */
    entries: z.record(z.string().max(64), z.number().int().min(1)),
    /**
     * Keyed digest → "category:replacement" of realistic pseudonyms (fictional
     * names, reserved addresses and numbers: no personal data).
     */
    replacements: z
      .record(
        z.string().max(64),
        z
          .string()
          .regex(/^[a-z_]{1,24}:/)
          .max(300),
      )
      .optional(),
  })
  .strict();

export type ConversationState = z.infer<typeof conversationStateSchema>;

/** The pseudonym scope of one conversation; `export()` gives its JSON state. */
export class ConversationScope implements PseudonymScope {
  private readonly counters = new Map<Category, number>();
  private readonly entries = new Map<string, number>();
  /** Keyed digest → "category:replacement". */
  private readonly replacements = new Map<string, string>();
  /** Every "category:replacement" handed out, to keep them one-to-one. */
  private readonly taken = new Set<string>();
  private salt: Uint8Array | null;

  constructor(
    private readonly keys: DerivedKeys | null,
    state?: unknown,
  ) {
    this.salt = null;
    if (state === undefined || state === null) return;
    const parsed = conversationStateSchema.safeParse(state);
    if (!parsed.success)
      throw new RedactError(
        "INVALID_INPUT",
        `Invalid conversation state: ${parsed.error.issues.map((i) => `"${i.path.join(".")}": ${i.message}`).join("; ")}`,
      );
    const s = parsed.data;
    if (s.keyId !== (keys?.id ?? null))
      throw new RedactError(
        "INVALID_KEY",
        "The conversation state was made with another key (or without one): continue it with the same key",
      );
    if (keys === null) {
      const salt = s.salt === null ? null : fromBase64(s.salt);
      if (s.salt !== null && (salt === null || salt.length !== 32))
        throw new RedactError("INVALID_INPUT", "Invalid conversation state: bad salt");
      this.salt = salt;
    }
    for (const [c, n] of Object.entries(s.counters) as [Category, number][])
      this.counters.set(c, n);
    for (const [d, n] of Object.entries(s.entries)) this.entries.set(d, n);
    for (const [d, r] of Object.entries(s.replacements ?? {})) this.remember(d, r);
  }

  private digestOf(category: Category, value: string): string {
    return keyedDigest(this.hashKey, `counter:${category}`, identityOf(category, value));
  }

  private remember(digest: string, tagged: string): void {
    this.replacements.set(digest, tagged);
    this.taken.add(tagged);
  }

  assign(
    category: Category,
    value: string,
    propose: (attempt: number) => string | null,
  ): string | null {
    const digest = this.digestOf(category, value);
    const had = this.replacements.get(digest);
    if (had !== undefined) return had.slice(category.length + 1);
    for (let attempt = 0; ; attempt++) {
      const candidate = propose(attempt);
      if (candidate === null) return null;
      const tagged = `${category}:${candidate}`;
      if (this.taken.has(tagged)) continue;
      this.remember(digest, tagged);
      return candidate;
    }
  }

  /** The redactor's pseudonym key, or this conversation's random secret (made on first use). */
  get hashKey(): Uint8Array {
    if (this.keys !== null) return this.keys.pseudonym;
    this.salt ??= randomBytes(32);
    return this.salt;
  }

  numberOf(category: Category, value: string): number {
    const digest = this.digestOf(category, value);
    let n = this.entries.get(digest);
    if (n === undefined) {
      n = (this.counters.get(category) ?? 0) + 1;
      this.counters.set(category, n);
      this.entries.set(digest, n);
    }
    return n;
  }

  /** A JSON-serialisable snapshot (no raw values). */
  export(): ConversationState {
    return {
      version: 1,
      keyId: this.keys?.id ?? null,
      salt: this.keys === null && this.salt !== null ? toBase64Url(this.salt) : null,
      counters: Object.fromEntries(this.counters),
      entries: Object.fromEntries(this.entries),
      ...(this.replacements.size > 0
        ? { replacements: Object.fromEntries(this.replacements) }
        : {}),
    };
  }
}
