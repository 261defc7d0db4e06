import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { RedactError } from "../errors.js";
import { createRedactor } from "../redactor/create.js";
import type { Redactor } from "../redactor/types.js";
import { renderViewerPage, type ViewerMessage } from "../view/page.js";
import { POLICY_HELP, policyOptions, takePolicyFlag, type PolicyFlags } from "./policy-options.js";
import { parseLine } from "./record.js";

export const VIEW_HELP = `chat-redact view: write a self-contained HTML page for a conversation

Usage:
  chat-redact view --input FILE --output FILE.html [options]

The input is plain text (one message per line) or JSONL (objects with "text";
"id" and a "role" such as customer or operator are shown). The page holds the
redacted messages with every finding highlighted, the signals with their
recommended actions, counts per category and a category filter. It works
offline and makes no network requests; the original text is not in it.

Options:
  -i, --input FILE      read messages from FILE (default: stdin)
  -o, --output FILE     write the HTML page to FILE (default: stdout)
      --title TEXT      page title (default: the input file name)
      --labels LANG     placeholder language: en (default), nl or auto
      --threshold N     minimum confidence 0..1 (default 0.5)
${POLICY_HELP}  -h, --help            show this help

Exit status: 0 on success, 1 when some input lines could not be read (the
page is still written), 2 on a usage error.
`;

/** Roles shown in the page; any other value of "role" (it could be a name) is left out. */
const ROLES: ReadonlySet<string> = new Set([
  "customer",
  "operator",
  "user",
  "assistant",
  "agent",
  "system",
  "moderator",
  "profile",
  "klant",
  "profiel",
]);

interface ViewArgs {
  readonly input: string | null;
  readonly output: string | null;
  readonly title: string | null;
  readonly labels: "en" | "nl" | "auto";
  readonly threshold: number | undefined;
  readonly policy: PolicyFlags;
  readonly help: boolean;
}

/** `chat-redact view …` (argv without the word "view"); resolves to the exit status. */
export async function runView(argv: readonly string[]): Promise<number> {
  let args: ViewArgs;
  try {
    args = parseViewArgs(argv);
  } catch (e) {
    process.stderr.write(`chat-redact view: ${(e as Error).message}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(VIEW_HELP);
    return 0;
  }
  let raw: string;
  try {
    raw = args.input === null ? await readStdin() : readFileSync(args.input, "utf8");
  } catch (e) {
    process.stderr.write(`chat-redact view: ${(e as Error).message}\n`);
    return 2;
  }
  const texts: string[] = [];
  const meta: Omit<ViewerMessage, "result">[] = [];
  let failed = 0;
  raw.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const rec = parseLine(line, i + 1);
    if (!rec.ok) {
      failed++;
      process.stderr.write(`chat-redact view: ${rec.error}\n`);
      return;
    }
    texts.push(rec.text);
    const role = typeof rec.extra.role === "string" ? rec.extra.role.toLowerCase() : undefined;
    meta.push({
      ...(typeof rec.id === "string" || typeof rec.id === "number"
        ? { id: String(rec.id).slice(0, 64) }
        : {}),
      ...(role !== undefined && ROLES.has(role) ? { role } : {}),
    });
  });
  let redactor: Redactor;
  try {
    redactor = createRedactor({
      ...policyOptions(args.policy),
      labels: args.labels,
      ...(args.threshold !== undefined ? { threshold: args.threshold } : {}),
    });
  } catch (e) {
    process.stderr.write(`chat-redact view: ${(e as Error).message}\n`);
    return 2;
  }
  const { messages, report } = redactor.redactConversation(texts);
  const source = args.input === null ? undefined : basename(args.input);
  const html = renderViewerPage({
    title: args.title ?? (source === undefined ? "chat-redact logbook" : `Logbook: ${source}`),
    ...(source === undefined ? {} : { source }),
    generatedAt: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    messages: messages.map((result, i) => ({ ...meta[i], result })),
    report,
  });
  try {
    if (args.output === null) process.stdout.write(html);
    else writeFileSync(args.output, html);
  } catch (e) {
    process.stderr.write(`chat-redact view: ${(e as Error).message}\n`);
    return 2;
  }
  if (failed > 0) {
    process.stderr.write(`chat-redact view: ${failed} line(s) could not be read\n`);
    return 1;
  }
  return 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseViewArgs(argv: readonly string[]): ViewArgs {
  let input: string | null = null;
  let output: string | null = null;
  let title: string | null = null;
  let labels: ViewArgs["labels"] = "en";
  let threshold: number | undefined;
  let help = false;
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
    switch (flag) {
      case "-i":
      case "--input":
        input = value();
        break;
      case "-o":
      case "--output":
        output = value();
        break;
      case "--title":
        title = value();
        break;
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
      case "-h":
      case "--help":
        help = true;
        break;
      default:
        if (!takePolicyFlag(flag, value, policy)) throw usage(`unknown option "${raw}"`);
    }
  }
  return { input, output, title, labels, threshold, policy, help };
}

function usage(message: string): RedactError {
  return new RedactError("INVALID_OPTIONS", `${message} (see chat-redact view --help)`);
}
