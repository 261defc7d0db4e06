import cliProgress from "cli-progress";
import { RedactError } from "../errors.js";
import type { RedactorOptions } from "../options/schema.js";
import { sweep, type SweepConfig } from "../sweep/runner.js";
import { formatSummary, type SweepSummary } from "../sweep/summary.js";
import { POLICY_HELP, policyOptions, takePolicyFlag, type PolicyFlags } from "./policy-options.js";

export const SWEEP_HELP = `chat-redact sweep: clean the text columns of an existing database table in place

Usage:
  chat-redact sweep --db URL --table T --columns C[,C...] [options]

Every row is redacted once: batch by batch, each batch one transaction that
writes the redacted text, the row's classification report (which also marks
the row as swept) and a checkpoint. A killed run resumes where it stopped;
rows already swept are left alone; several sweepers can share one PostgreSQL
table.

Database:
      --db URL          sqlite:PATH (needs better-sqlite3) or
                        postgres://user:password@host:port/db (needs pg)
      --table T         the table (schema.table allowed)
      --id C            its unique, ordered key column (default: id)
      --columns C,C     the text columns to redact (comma-separated or repeated)

Where results go:
      --keep-original   write into <column>_redacted and leave the column as it is
      --report-column C JSON column for the report and marker (default: chat_redact_report)
      --report-table T  store reports in side table T instead (source_table, row_id, report)
      --state-table T   checkpoint table (default: chat_redact_sweep)

Policy:
${POLICY_HELP}      --labels LANG     placeholder language: en (default), nl or auto
      --threshold N     minimum confidence 0..1 (default 0.5)

Run:
      --dry-run         write nothing: count findings per category and show sample
                        redactions (redacted text only)
      --samples N       sample redactions to show (default 5 in a dry run)
      --batch N         rows per transaction (default 200)
      --limit N         stop after N rows
      --wait-locked S   PostgreSQL: seconds to wait for rows another sweeper holds
                        without progress before giving up on them (default 60)
      --json            print the summary as JSON on stdout
  -q, --quiet           no progress and no summary on stderr
  -h, --help            show this help

Exit status: 0 when every row is swept (or the dry run finished), 1 on a
database error or rows left locked by a stalled sweeper (nothing is
half-written: run again to resume), 2 on a usage error.
`;

interface SweepArgs {
  config: Omit<SweepConfig, "redactor" | "policyName">;
  policy: PolicyFlags;
  labels: "en" | "nl" | "auto";
  threshold: number | undefined;
  json: boolean;
  quiet: boolean;
  help: boolean;
}

/** Parse `chat-redact sweep` arguments. Throws RedactError("INVALID_OPTIONS") on bad usage. */
export function parseSweepArgs(argv: readonly string[]): SweepArgs {
  const c: Record<string, unknown> = { id: "id", columns: [] as string[] };
  const columns = c.columns as string[];
  const policy: PolicyFlags = {};
  let labels: SweepArgs["labels"] = "en";
  let threshold: number | undefined;
  let json = false;
  let quiet = false;
  let help = false;
  const whole = (flag: string, v: string, min: number): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw usage(`${flag} must be a whole number >= ${min}`);
    return n;
  };
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
      case "--db":
        c.db = value();
        break;
      case "--table":
        c.table = value();
        break;
      case "--id":
        c.id = value();
        break;
      case "--columns":
      case "--column":
        columns.push(
          ...value()
            .split(",")
            .map((s) => s.trim())
            .filter((s) => s !== ""),
        );
        break;
      case "--keep-original":
        c.keepOriginal = true;
        break;
      case "--report-column":
        c.reportColumn = value();
        break;
      case "--report-table":
        c.reportTable = value();
        break;
      case "--state-table":
        c.stateTable = value();
        break;
      case "--dry-run":
        c.dryRun = true;
        break;
      case "--samples":
        c.samples = whole(flag, value(), 0);
        break;
      case "--batch":
        c.batchSize = whole(flag, value(), 1);
        break;
      case "--limit":
        c.limit = whole(flag, value(), 1);
        break;
      case "--wait-locked":
        c.waitLockedMs = whole(flag, value(), 0) * 1000;
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
      case "--json":
        json = true;
        break;
      case "-q":
      case "--quiet":
        quiet = true;
        break;
      case "-h":
      case "--help":
        help = true;
        break;
      default:
        throw usage(`unknown sweep option "${raw}"`);
    }
  }
  if (!help) {
    for (const f of ["db", "table"]) if (c[f] === undefined) throw usage(`--${f} is required`);
    if (columns.length === 0) throw usage("--columns is required");
  }
  return {
    config: c as unknown as SweepArgs["config"],
    policy,
    labels,
    threshold,
    json,
    quiet,
    help,
  };
}

/** Redactor options and the policy name stored with every report. */
function redactorOf(args: SweepArgs): { options: RedactorOptions; name: string } {
  const options: RedactorOptions = {
    ...policyOptions(args.policy),
    labels: args.labels,
    ...(args.threshold !== undefined ? { threshold: args.threshold } : {}),
  };
  const name =
    (args.policy.policy ?? "default") +
    (args.policy.pseudonyms !== undefined ? `+pseudonyms:${args.policy.pseudonyms}` : "") +
    (args.policy.encrypt === true ? "+encrypt" : "");
  return { options, name };
}

/** `chat-redact sweep …` */
export async function runSweep(argv: readonly string[]): Promise<number> {
  let args: SweepArgs;
  let redactor: { options: RedactorOptions; name: string };
  try {
    args = parseSweepArgs(argv);
    if (args.help) {
      process.stdout.write(SWEEP_HELP);
      return 0;
    }
    redactor = redactorOf(args);
  } catch (e) {
    if (!(e instanceof RedactError)) throw e;
    process.stderr.write(`chat-redact sweep: ${e.message}\n`);
    return 2;
  }
  const progress = args.quiet ? null : startSweepProgress(args.config.dryRun === true);
  let summary: SweepSummary;
  try {
    summary = await sweep({
      ...args.config,
      redactor: redactor.options,
      policyName: redactor.name,
      ...(progress === null ? {} : { onStart: progress.start, onProgress: progress.update }),
    });
  } catch (e) {
    progress?.stop();
    if (e instanceof RedactError) {
      process.stderr.write(`chat-redact sweep: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(
      `chat-redact sweep: ${e instanceof Error ? e.message : String(e)}\n` +
        "chat-redact sweep: the current batch was rolled back; run the same command again to resume\n",
    );
    return 1;
  }
  progress?.stop();
  if (args.json) process.stdout.write(JSON.stringify(summary) + "\n");
  if (!args.quiet) process.stderr.write(formatSummary(summary));
  return summary.leftLocked > 0 ? 1 : 0;
}

interface SweepProgress {
  start(p: { total: number; pending: number }): void;
  update(p: { swept: number; pending: number; rate: number }): void;
  stop(): void;
}

/** A bar with rows/s on a terminal; elsewhere a line every 10 seconds. */
function startSweepProgress(dryRun: boolean): SweepProgress {
  const label = dryRun ? "dry run" : "sweeping";
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: `${label} [{bar}] {percentage}% | {value}/{total} rows | {rate} rows/s | {eta}s left`,
        etaBuffer: 20,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      start({ pending }) {
        bar.start(Math.max(1, pending), 0, { rate: 0 });
        started = true;
      },
      update({ swept, rate }) {
        bar.update(swept, { rate: Math.round(rate) });
      },
      stop() {
        if (started) bar.stop();
        started = false;
      },
    };
  }
  let pending = 0;
  let last = Date.now();
  return {
    start(p) {
      pending = p.pending;
      process.stderr.write(
        `chat-redact sweep: ${p.pending} of ${p.total} row(s) to ${label === "dry run" ? "check" : "sweep"}\n`,
      );
    },
    update({ swept, rate }) {
      if (Date.now() - last < 10_000) return;
      last = Date.now();
      process.stderr.write(
        `chat-redact sweep: ${swept}/${pending} rows, ${Math.round(rate)} rows/s\n`,
      );
    },
    stop() {},
  };
}

function usage(message: string): RedactError {
  return new RedactError("INVALID_OPTIONS", `${message} (see chat-redact sweep --help)`);
}
