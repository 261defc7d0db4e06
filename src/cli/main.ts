import { createReadStream, createWriteStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { createRequire } from "node:module";
import { RedactError } from "../errors.js";
import { createRedactor } from "../redactor/create.js";
import { HELP, parseArgs, type CliArgs } from "./args.js";
import { outputRecord, parseLine } from "./record.js";
import { startProgress } from "./progress.js";

async function main(argv: readonly string[]): Promise<number> {
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
  const redactor = createRedactor({
    labels: args.labels,
    includeValues: args.includeValues,
    ...(args.threshold !== undefined ? { threshold: args.threshold } : {}),
  });
  const input = args.input === null ? process.stdin : createReadStream(args.input);
  const output: Writable = args.output === null ? process.stdout : createWriteStream(args.output);
  let failed = 0;
  let ioError: Error | null = null;
  input.on("error", (e: Error) => (ioError = e));
  const progress =
    args.input !== null && process.stderr.isTTY ? startProgress(statSync(args.input).size) : null;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let bytes = 0;
  for await (const line of lines) {
    lineNo++;
    bytes += Buffer.byteLength(line) + 1;
    if (line.trim() === "") continue;
    const rec = parseLine(line, lineNo);
    if (!rec.ok) {
      failed++;
      process.stderr.write(`chat-redact: ${rec.error}\n`);
      continue;
    }
    const result = redactor.redact(rec.text);
    const out =
      args.format === "text"
        ? result.text.replace(/\r?\n/g, " ")
        : outputRecord(rec.id, rec.extra, result);
    if (!output.write(out + "\n")) await once(output, "drain");
    progress?.update(bytes);
  }
  progress?.stop();
  if (output !== process.stdout) {
    output.end();
    await once(output, "finish");
  }
  if (ioError !== null) {
    process.stderr.write(`chat-redact: ${(ioError as Error).message}\n`);
    return 2;
  }
  if (failed > 0) {
    process.stderr.write(`chat-redact: ${failed} line(s) could not be read\n`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const msg = e instanceof RedactError ? e.message : e instanceof Error ? e.message : String(e);
    process.stderr.write(`chat-redact: ${msg}\n`);
    process.exitCode = 2;
  },
);
