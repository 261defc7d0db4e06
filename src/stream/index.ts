import { Transform, type TransformCallback } from "node:stream";
import type { RedactorOptions } from "../options/schema.js";
import { createRedactor } from "../redactor/create.js";
import type { ConversationState } from "../redactor/state.js";
import type { Finding, Redactor } from "../redactor/types.js";
import type { Report } from "../report/schema.js";
import { ConversationPool } from "./conversations.js";

export { ConversationPool } from "./conversations.js";

export interface RedactStreamOptions extends RedactorOptions {
  /** Use this redactor instead of building one from the options. */
  readonly redactor?: Redactor;
  /**
   * The record field holding the conversation id (default "conversation").
   * Records with the same id share one pseudonym map; records without one
   * are each their own scope.
   */
  readonly conversationField?: string;
  /** Open conversations kept in memory (least recently used are closed first). Default 10,000. */
  readonly maxConversations?: number;
  /** Called with the state of a conversation that is closed to make room (store it to continue later). */
  readonly onConversationEvicted?: (id: string, state: ConversationState) => void;
  /** Called for a conversation id not open: return its stored state to continue it. */
  readonly loadConversation?: (id: string) => ConversationState | undefined;
  /** Also put `findings` into each output record (offsets, categories; values only with includeValues). */
  readonly findings?: boolean;
}

/** What the stream emits per record: the input fields, `text` redacted, and the report. */
export interface RedactedRecord {
  readonly [field: string]: unknown;
  readonly text: string;
  readonly report: Report;
  readonly findings?: readonly Finding[];
}

/** A stream of redactions that also tells which conversations are open (`states()`). */
export interface RedactStream extends Transform {
  /** The pseudonym state of every open conversation, to store at the end. */
  states(): Map<string, ConversationState>;
}

/**
 * A Node object-mode Transform for datasets larger than memory: write
 * records (`{ text, ... }` objects or strings, e.g. parsed JSONL lines), read
 * redacted records in the same order. Each record is redacted synchronously
 * as it arrives, so the stream holds at most its high-water marks of records:
 * a slow reader pauses the writer (back-pressure) instead of filling memory.
 * A record without a string `text` is an error (the stream emits "error").
 */
export function createRedactStream(options: RedactStreamOptions = {}): RedactStream {
  const {
    redactor: given,
    conversationField = "conversation",
    maxConversations = 10_000,
    onConversationEvicted,
    loadConversation,
    findings = false,
    ...redactorOptions
  } = options;
  const redactor = given ?? createRedactor(redactorOptions);
  const pool = new ConversationPool(
    redactor,
    maxConversations,
    onConversationEvicted,
    loadConversation,
  );
  const stream = new Transform({
    objectMode: true,
    transform(record: unknown, _enc: BufferEncoding, done: TransformCallback) {
      const fields: Record<string, unknown> =
        typeof record === "string"
          ? { text: record }
          : typeof record === "object" && record !== null && !Array.isArray(record)
            ? (record as Record<string, unknown>)
            : {};
      const { text } = fields;
      if (typeof text !== "string") {
        done(
          new TypeError('chat-redact stream: each record must be a string or have a string "text"'),
        );
        return;
      }
      const id = fields[conversationField];
      const result =
        typeof id === "string" || typeof id === "number"
          ? pool.get(String(id)).redact(text)
          : redactor.redact(text);
      const out: RedactedRecord = {
        ...fields,
        text: result.text,
        report: result.report,
        ...(findings ? { findings: result.findings } : {}),
      };
      done(null, out);
    },
  }) as RedactStream;
  stream.states = () => pool.states();
  return stream;
}
