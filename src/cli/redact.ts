import { createRequire } from "node:module";
import { RedactError } from "../errors.js";
import type { RedactorOptions } from "../options/schema.js";
import { createRedactor } from "../redactor/create.js";
import { ConversationPool } from "../stream/conversations.js";
import { HELP, parseArgs, type CliArgs } from "./args.js";
import { openLines } from "./io.js";
import { policyOptions } from "./policy-options.js";
import { WorkerPool } from "./pool.js";
import { formatResult, parseLine } from "./record.js";
import { runRestore } from "./restore.js";
import { countCategories, Summary } from "./summary.js";

/** Build the redactor options from the parsed flags (policy, key, labels, threshold, values). */
export function redactorOptionsOf(args: CliArgs): RedactorOptions {
  return {
    ...policyOptions(args.policy),
    labels: args.labels,
    includeValues: args.includeValues,
    ...(args.threshold !== undefined ? { threshold: args.threshold } : {}),
  };
}

/**
 * The default command: read messages (plain lines or JSONL), redact, write
 * JSONL or text, print a summary on stderr. JSONL records with the same
 * `conversation` field share one pseudonym map (in this thread; with
 * --workers each message is its own scope: use a key for stable pseudonyms).
 */
export async function runRedact(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`chat-redact: ${(e as Error).message}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (args.version) {
    const pkg = createRequire(import.meta.url)("../package.json") as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  if (args.restore) return runRestore(args);
  let options: RedactorOptions;
  let redactor;
  try {
    options = redactorOptionsOf(args);
    redactor = createRedactor(options);
  } catch (e) {
    if (!(e instanceof RedactError)) throw e;
    process.stderr.write(`chat-redact: ${e.message}\n`);
    return 2;
  }
  const io = openLines(args.input, args.output);
  const summary = new Summary();
  const pool = args.workers > 0 ? new WorkerPool(args.workers, options, args.format) : null;
  const conversations = new ConversationPool(redactor, 10_000);
  for await (const { line, lineNo } of io.lines()) {
    const rec = parseLine(line, lineNo);
    if (!rec.ok) {
      summary.failed++;
      process.stderr.write(`chat-redact: ${rec.error}\n`);
      continue;
    }
    summary.messages++;
    if (pool !== null) {
      for (const done of await pool.push(rec)) await write(done);
      continue;
    }
    const conv = rec.extra.conversation;
    const result =
      typeof conv === "string" || typeof conv === "number"
        ? conversations.get(String(conv)).redact(rec.text)
        : redactor.redact(rec.text);
    summary.addCategories(countCategories(result.findings));
    await io.write(formatResult(args.format, rec.id, rec.extra, result));
  }
  if (pool !== null) {
    for (const done of await pool.drain()) await write(done);
    await pool.close();
  }
  async function write(batch: { lines: string[]; counts: Record<string, number> }) {
    summary.addCategories(batch.counts);
    for (const l of batch.lines) await io.write(l);
  }
  const ioError = await io.close();
  if (!args.quiet) process.stderr.write(summary.line());
  if (ioError !== null) {
    process.stderr.write(`chat-redact: ${ioError.message}\n`);
    return 2;
  }
  if (summary.failed > 0) {
    process.stderr.write(`chat-redact: ${summary.failed} line(s) could not be read\n`);
    return 1;
  }
  return 0;
}
