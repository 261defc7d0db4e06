import { createReadStream, createWriteStream, statSync } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Writable } from "node:stream";
import { startProgress } from "./progress.js";

/** Input lines and an output sink with back-pressure, from --input/--output or stdio. */
export interface LineIo {
  /** Lines with their 1-based number; empty lines are skipped. */
  lines(): AsyncGenerator<{ line: string; lineNo: number }>;
  write(line: string): Promise<void>;
  /** Flush and close; returns the input error, if reading failed. */
  close(): Promise<Error | null>;
}

export function openLines(input: string | null, output: string | null): LineIo {
  const source = input === null ? process.stdin : createReadStream(input);
  const sink: Writable = output === null ? process.stdout : createWriteStream(output);
  let ioError: Error | null = null;
  source.on("error", (e: Error) => (ioError = e));
  const progress =
    input !== null && process.stderr.isTTY ? startProgress(statSync(input).size) : null;
  return {
    async *lines() {
      const rl = createInterface({ input: source, crlfDelay: Infinity });
      let lineNo = 0;
      let bytes = 0;
      for await (const line of rl) {
        lineNo++;
        bytes += Buffer.byteLength(line) + 1;
        progress?.update(bytes);
        if (line.trim() === "") continue;
        yield { line, lineNo };
      }
      progress?.stop();
    },
    async write(line) {
      if (!sink.write(line + "\n")) await once(sink, "drain");
    },
    async close() {
      if (sink !== process.stdout) {
        sink.end();
        await once(sink, "finish");
      }
      return ioError;
    },
  };
}
