import { RedactError } from "../errors.js";
import { POLICY_HELP, takePolicyFlag, type PolicyFlags } from "./policy-options.js";

export interface CliArgs {
  readonly input: string | null;
  readonly output: string | null;
  readonly format: "jsonl" | "text";
  readonly labels: "en" | "nl" | "auto";
  readonly threshold: number | undefined;
  readonly includeValues: boolean;
  readonly help: boolean;
  readonly version: boolean;
  /** --policy, --key-file, --pseudonyms */
  readonly policy: PolicyFlags;
  /** --restore: decrypt the tokens of redacted input with the key. */
  readonly restore: boolean;
  /** --workers N: redact in N worker threads (0: in this thread). */
  readonly workers: number;
  /** --quiet: no summary on stderr. */
  readonly quiet: boolean;
}

export const HELP = `chat-redact: redact special-category data, identifiers and images in chat messages

Usage:
  chat-redact [redact] [--input FILE] [--output FILE] [options]
  chat-redact --restore --key-file KEY [--input FILE] [--output FILE]
  chat-redact view --input FILE --output FILE.html   (HTML logbook page; view --help)

Input is plain text (one message per line) or JSONL (objects with "text";
other fields such as "id" are passed through). Standard input and output are
used when no file is given.

Options:
  -i, --input FILE      read messages from FILE (default: stdin)
  -o, --output FILE     write results to FILE (default: stdout)
  -f, --format FORMAT   jsonl (default): {id, redacted, categories, signals, lang, nude, report}
                        text: the redacted text only, one line per message
      --labels LANG     placeholder language: en (default), nl or auto
      --threshold N     minimum confidence 0..1 (default 0.5)
      --include-values  put raw sensitive values into the report (off by default)
${POLICY_HELP}      --restore         restore encrypted tokens (operator encrypt) with --key-file: plain
                        lines, or the "redacted" and "text" fields of JSONL objects
      --workers N       redact in N worker threads; output order is kept (default 0)
  -q, --quiet           no summary (messages, findings per category, messages/s) on stderr
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 on success, 1 when some input lines could not be read (the
rest is still processed), 2 on a usage error.
`;

/** Parse argv (without node and script). Throws RedactError("INVALID_OPTIONS") on bad usage. */
export function parseArgs(argv: readonly string[]): CliArgs {
  let input: string | null = null;
  let output: string | null = null;
  let format: CliArgs["format"] = "jsonl";
  let labels: CliArgs["labels"] = "en";
  let threshold: number | undefined;
  let includeValues = false;
  let help = false;
  let version = false;
  let restore = false;
  let workers = 0;
  let quiet = false;
  const policy: PolicyFlags = {};
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const eq = raw.startsWith("--") ? raw.indexOf("=") : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const value = (): string => {
      if (eq > 0) return raw.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw usage(`${flag} needs a value`);
      return v;
    };
    if (takePolicyFlag(flag, value, policy)) continue;
    switch (flag) {
      case "--restore":
        restore = true;
        break;
      case "--workers": {
        const v = Number(value());
        if (!Number.isInteger(v) || v < 0 || v > 64)
          throw usage("--workers must be a whole number from 0 to 64");
        workers = v;
        break;
      }
      case "-q":
      case "--quiet":
        quiet = true;
        break;
      case "-i":
      case "--input":
        input = value();
        break;
      case "-o":
      case "--output":
        output = value();
        break;
      case "-f":
      case "--format": {
        const v = value();
        if (v !== "jsonl" && v !== "text")
          throw usage(`--format must be jsonl or text, not "${v}"`);
        format = v;
        break;
      }
      case "--labels": {
        const v = value();
        if (v !== "en" && v !== "nl" && v !== "auto")
          throw usage(`--labels must be en, nl or auto, not "${v}"`);
        labels = v;
        break;
      }
      case "--threshold": {
        const v = Number(value());
        if (!Number.isFinite(v) || v < 0 || v > 1)
          throw usage("--threshold must be a number from 0 to 1");
        threshold = v;
        break;
      }
      case "--include-values":
        includeValues = true;
        break;
      case "-h":
      case "--help":
        help = true;
        break;
      case "-v":
      case "--version":
        version = true;
        break;
      default:
        throw usage(`unknown option "${raw}"`);
    }
  }
  if (restore && !help && policy.keyFile === undefined) throw usage("--restore needs --key-file");
  return {
    input,
    output,
    format,
    labels,
    threshold,
    includeValues,
    help,
    version,
    policy,
    restore,
    workers,
    quiet,
  };
}

function usage(message: string): RedactError {
  return new RedactError("INVALID_OPTIONS", `${message} (see --help)`);
}
