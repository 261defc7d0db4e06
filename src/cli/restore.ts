import { restore } from "../crypto/token.js";
import { RedactError } from "../errors.js";
import type { CliArgs } from "./args.js";
import { openLines } from "./io.js";
import { readKeyFile } from "./policy-options.js";
import { Summary } from "./summary.js";

const RESTORED_FIELDS = ["redacted", "text"] as const;

/**
 * `--restore`: give back the originals of encrypted tokens. Plain lines are
 * restored whole; in JSONL objects the "redacted" and "text" fields are, the
 * rest is passed through. A line whose token fails (wrong key, changed token)
 * is reported with its number and skipped; the exit status is then 1.
 */
export async function runRestore(args: CliArgs): Promise<number> {
  let key: Uint8Array | string;
  try {
    key = readKeyFile(args.policy.keyFile!);
    restore("", key); // validates the key once
  } catch (e) {
    if (!(e instanceof RedactError)) throw e;
    process.stderr.write(`chat-redact: ${e.message}\n`);
    return 2;
  }
  const io = openLines(args.input, args.output);
  const summary = new Summary();
  for await (const { line, lineNo } of io.lines()) {
    try {
      await io.write(restoreLine(line, key));
      summary.messages++;
    } catch (e) {
      summary.failed++;
      const why = e instanceof Error ? e.message : String(e);
      process.stderr.write(`chat-redact: line ${lineNo}: ${why}\n`);
    }
  }
  const ioError = await io.close();
  if (!args.quiet) process.stderr.write(summary.line("restored"));
  if (ioError !== null) {
    process.stderr.write(`chat-redact: ${ioError.message}\n`);
    return 2;
  }
  return summary.failed > 0 ? 1 : 0;
}

function restoreLine(line: string, key: Uint8Array | string): string {
  if (!line.trimStart().startsWith("{")) return restore(line, key);
  const obj = JSON.parse(line) as Record<string, unknown>;
  for (const f of RESTORED_FIELDS) {
    const v = obj[f];
    if (typeof v === "string") obj[f] = restore(v, key);
  }
  return JSON.stringify(obj);
}
