import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

export const root = join(__dirname, "../..");
/** The built CLI (`npm run build`); CHAT_REDACT_CLI points at another build. */
export const cli = process.env.CHAT_REDACT_CLI ?? join(root, "dist/cli.js");

/** Every sweep test spawns the CLI (a few seconds each on a loaded machine). */
export const SLOW = { timeout: 300_000 };

/** Real chat lines (Dutch, English, mixed): special categories, identifiers and plain talk. */
export const SENTENCES = [
  "Mijn vrouw heeft borstkanker gehad en ik slik zelf antidepressiva.",
  "Ik ben sinds vorig jaar lid van de FNV en ga naar elke vergadering.",
  "Gisteren naar de moskee geweest, het was druk met het vrijdaggebed.",
  "Mail me maar op henk1950@example.nl, dan stuur ik de foto's.",
  "Ik heb diabetes type 1 en moet straks insuline spuiten.",
  "Zullen we zaterdag koffie drinken in Utrecht?",
  "I'm a practising Catholic and go to mass every Sunday.",
  "My therapist says my depression is getting better.",
  "Call me on 06-12345678 after eight, my husband is away.",
  "Ik ben biseksueel maar dat weet mijn familie niet.",
  "Het regent al de hele dag, echt een rotweer.",
  "I voted for the Greens last time but I'm not sure anymore.",
  "Mijn broer zit vast voor inbraak, dat is zwaar voor mama.",
  "Lekker gegeten vanavond, pasta met zalm.",
  "My IBAN is NL91ABNA0417164300 if you want to send it back.",
  "Ik woon op de Kerkstraat 12 in Zwolle, kom maar langs.",
  "She has HIV but nobody at work knows.",
  "We went hiking in the Alps, the weather was great.",
  "Sinds mijn burn-out werk ik maar twintig uur per week.",
  "ik ben gay en mijn vader accepteert dat niet",
] as const;

/** Row i of a generated logbook: one or two sentences. */
export function message(i: number): string {
  const a = SENTENCES[i % SENTENCES.length]!;
  if (i % 3 !== 0) return a;
  return `${a} ${SENTENCES[(i * 7 + 3) % SENTENCES.length]!}`;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Start `chat-redact sweep …`; the promise settles when the process exits. */
export function startSweep(args: readonly string[]): {
  child: ChildProcess;
  done: Promise<CliRun>;
} {
  const child = spawn(process.execPath, [cli, "sweep", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliRun>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/** Run `chat-redact sweep …` to the end and return its JSON summary (asks for --json). */
export async function sweepJson(args: readonly string[]): Promise<Record<string, unknown>> {
  const r = await startSweep([...args, "--json", "--quiet"]).done;
  if (r.code !== 0) throw new Error(`sweep exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

/** The row report without the fields that differ between runs (time, run id). */
export function stableReport(json: unknown): unknown {
  const report = (typeof json === "string" ? JSON.parse(json) : json) as {
    sweep: Record<string, unknown>;
  };
  const sweep = { ...report.sweep };
  delete sweep.at;
  delete sweep.run;
  return { ...report, sweep };
}

export async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * PostgreSQL for the tests: CHAT_REDACT_PG_URL (scripts/ci/start-postgres.sh
 * sets it). Without it the PostgreSQL tests are skipped locally, and fail in
 * CI, where the server must be there.
 */
export const PG_URL = process.env.CHAT_REDACT_PG_URL;
export const PG_MISSING =
  PG_URL === undefined || PG_URL === ""
    ? "CHAT_REDACT_PG_URL is not set: start a server with `source scripts/ci/start-postgres.sh`"
    : null;
export const SKIP_PG = PG_MISSING !== null && !process.env.CI;
