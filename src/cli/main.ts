import { RedactError } from "../errors.js";
import { runRedact } from "./redact.js";
import { runSweep } from "./sweep.js";
import { runView } from "./view.js";

/**
 * Subcommands: `chat-redact <command> [flags]`. Without a known command name
 * the arguments go to `redact` (the default), so `chat-redact --input f` works.
 * A subcommand is a function from its arguments to an exit status; add one by
 * adding an entry here (its code lives in its own file under src/cli/).
 */
export type Command = (argv: readonly string[]) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  redact: runRedact,
  view: runView,
  sweep: runSweep,
};

async function main(argv: readonly string[]): Promise<number> {
  const name = argv[0];
  if (name !== undefined && Object.hasOwn(COMMANDS, name)) return COMMANDS[name]!(argv.slice(1));
  return runRedact(argv);
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
