export { createRedactor, redact } from "./redactor/create.js";
export type {
  Conversation,
  ConversationMessage,
  ConversationOptions,
  ConversationResult,
  Finding,
  MessageContext,
  RedactResult,
  Redactor,
} from "./redactor/types.js";
export { RedactError, type RedactErrorCode } from "./errors.js";
export { restore } from "./crypto/token.js";
export type { KeyInput } from "./crypto/key.js";
export { conversationStateSchema, type ConversationState } from "./redactor/state.js";
export { POLICIES, type PolicyName, type PolicyPreset } from "./policy/presets.js";
export {
  CATEGORIES,
  IDENTIFIER_CATEGORIES,
  SIGNALS,
  SPECIAL_CATEGORIES,
  isSpecial,
  type Category,
  type IdentifierCategory,
  type Signal,
  type SpecialCategory,
} from "./categories.js";
export {
  optionsSchema,
  type DenyTerm,
  type OperatorSpec,
  type RedactorOptions,
} from "./options/schema.js";
export {
  conversationReportSchema,
  reportSchema,
  REPORT_SCHEMA_VERSION,
  type ConversationReport,
  type Report,
  type Risk,
  type SignalReport,
} from "./report/schema.js";
export {
  cueListSchema,
  lexiconEntrySchema,
  termLexiconSchema,
  wordListSchema,
  type CueList,
  type LexiconEntry,
  type TermLexicon,
  type WordList,
} from "./lexicon/schema.js";
export { SIGNAL_ACTIONS } from "./report/actions.js";
export type {
  ImageAttachment,
  ImageClassifier,
  ImageInfo,
  ImageResult,
  ImageVerdict,
} from "./images/types.js";
