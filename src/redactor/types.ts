import type { Category } from "../categories.js";
import type { ImageAttachment, ImageResult } from "../images/types.js";
import type { ConversationReport, Report } from "../report/schema.js";
import type { ConversationState } from "./state.js";

/** One sensitive span in the caller's original string. */
export interface Finding {
  readonly category: Category;
  /** JavaScript string indices into the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly recognizer: string;
  /** The text that replaced the span (shared by findings of one region). */
  readonly replacement: string;
  /** The term was negated ("ik heb geen diabetes"); the label still applies. */
  readonly negated?: boolean;
  /** Whose data it is: the writer's or a third person's ("mijn moeder heeft kanker"). */
  readonly experiencer?: "self" | "other";
  /** Image findings: nude or intimate. */
  readonly nude?: boolean;
  /**
   * The platform holds explicit consent for this category (option `consent`,
   * GDPR Art. 9(2)(a)): the text was kept, the finding is still reported.
   */
  readonly consent?: boolean;
  /** The raw text, only with `includeValues: true`. */
  readonly value?: string;
}

export interface RedactResult {
  /** The redacted text. */
  readonly text: string;
  readonly findings: readonly Finding[];
  readonly report: Report;
  /** One entry per attachment passed in the message context, in order (absent without attachments). */
  readonly images?: readonly ImageResult[];
}

/** Optional per-message context. */
export interface MessageContext {
  /** Force the message language instead of detecting it. */
  readonly language?: "nl" | "en";
  /**
   * Images sent with the message. Each counts as an `image` in the report; its
   * verdict (given, or from the `classifyImage` option) sets `report.nude`.
   */
  readonly attachments?: readonly ImageAttachment[];
}

export type ConversationMessage =
  | string
  | {
      readonly text: string;
      readonly language?: "nl" | "en";
      readonly attachments?: readonly ImageAttachment[];
    };

export interface ConversationResult {
  readonly messages: readonly RedactResult[];
  readonly report: ConversationReport;
  /** The pseudonym state after the last message: JSON, no raw values; pass it back to continue. */
  readonly state: ConversationState;
}

export interface ConversationOptions {
  /** A state exported earlier (`result.state`, `conversation.state()`): numbering continues. */
  readonly state?: ConversationState;
}

/** One conversation redacted message by message, e.g. by a backend as messages arrive. */
export interface Conversation {
  redact(message: ConversationMessage): RedactResult;
  /** A JSON-serialisable snapshot of the pseudonym map (keyed digests and numbers only). */
  state(): ConversationState;
}

export interface Redactor {
  /** One message; counter pseudonyms are numbered within this message only. */
  redact(text: string, context?: MessageContext): RedactResult;
  /** A whole conversation with one pseudonym map, never shared with another conversation. */
  redactConversation(
    messages: readonly ConversationMessage[],
    options?: ConversationOptions,
  ): ConversationResult;
  /** Start (or, with a state, continue) a conversation to feed message by message. */
  conversation(state?: ConversationState): Conversation;
}
