/** Machine-readable reasons a call can fail. Message content never causes one. */
export type RedactErrorCode =
  "INVALID_OPTIONS" | "INVALID_LEXICON" | "INVALID_KEY" | "RESTORE_FAILED" | "INVALID_INPUT";

/** The one error type the library throws. `code` is stable; `message` is for people. */
export class RedactError extends Error {
  readonly code: RedactErrorCode;
  /** Dotted paths of the offending fields, when the error is about options. */
  readonly issues: readonly { path: string; message: string }[];

  constructor(
    code: RedactErrorCode,
    message: string,
    issues: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = "RedactError";
    this.code = code;
    this.issues = issues;
  }
}
