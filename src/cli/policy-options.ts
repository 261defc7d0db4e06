import { readFileSync } from "node:fs";
import { CATEGORIES } from "../categories.js";
import { RedactError } from "../errors.js";
import type { RedactorOptions } from "../options/schema.js";
import { POLICIES, type PolicyName } from "../policy/presets.js";

/** The CLI flags that choose a policy and a key, shared by every subcommand. */
export interface PolicyFlags {
  /** `--policy logbook|research|strict` */
  policy?: PolicyName;
  /** `--key-file PATH`: 32 raw bytes, or 64 hex digits / base64 text. */
  keyFile?: string;
  /** `--pseudonyms counter|keyed|realistic`: the style of the `pseudonym` operator. */
  pseudonyms?: "counter" | "keyed" | "realistic";
  /** `--encrypt`: every finding becomes an encrypted token (needs a key; `--restore` reverses it). */
  encrypt?: boolean;
}

export const POLICY_HELP = `      --policy NAME     logbook (tag everything), research (pseudonymise identifiers,
                        tag special categories) or strict (also ages and all places)
      --key-file PATH   32-byte key (raw, 64 hex digits or base64) for keyed pseudonyms
                        and encryption, e.g. made with: openssl rand -hex 32 > key
      --pseudonyms S    pseudonym style: counter ([NAME_1]), keyed ([NAME_7QK2M9], needs
                        a key) or realistic (replacement names, reserved e-mails/phones)
      --encrypt         replace every finding by an AES-256-GCM token (needs --key-file);
                        --restore gives the original back
`;

const POLICY_NAMES: readonly string[] = ["logbook", "research", "strict"];
const STYLES: readonly string[] = ["counter", "keyed", "realistic"];

/**
 * Consume `--policy`, `--key-file` or `--pseudonyms` into `flags`. Returns
 * false for any other flag, so a subcommand's parser can try its own next.
 * `value()` returns the flag's value (from `--flag=v` or the next argument).
 */
export function takePolicyFlag(flag: string, value: () => string, flags: PolicyFlags): boolean {
  switch (flag) {
    case "--policy": {
      const v = value();
      if (!POLICY_NAMES.includes(v))
        throw usage(`--policy must be logbook, research or strict, not "${v}"`);
      flags.policy = v as PolicyName;
      return true;
    }
    case "--key-file":
      flags.keyFile = value();
      return true;
    case "--pseudonyms": {
      const v = value();
      if (!STYLES.includes(v))
        throw usage(`--pseudonyms must be counter, keyed or realistic, not "${v}"`);
      flags.pseudonyms = v as PolicyFlags["pseudonyms"];
      return true;
    }
    case "--encrypt":
      flags.encrypt = true;
      return true;
    default:
      return false;
  }
}

/**
 * Read a key file: exactly 32 bytes are taken as the raw key, anything else as
 * text (hex or base64, surrounding whitespace ignored). Throws RedactError
 * INVALID_KEY when the file cannot be read; the core validates the key itself.
 */
export function readKeyFile(path: string): Uint8Array | string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new RedactError("INVALID_KEY", `cannot read key file ${path}: ${(e as Error).message}`);
  }
  if (bytes.length === 32) return new Uint8Array(bytes);
  return bytes.toString("utf8").trim();
}

/**
 * Turn the policy flags into redactor options: `{ policy, key, operators }`.
 * Spread it into the rest of a subcommand's options. With `--pseudonyms`,
 * every category the policy pseudonymises uses that style (research policy;
 * without a policy, the identifiers are pseudonymised with that style).
 */
export function policyOptions(flags: PolicyFlags): RedactorOptions {
  const options: RedactorOptions = {};
  if (flags.policy !== undefined) options.policy = flags.policy;
  if (flags.keyFile !== undefined) options.key = readKeyFile(flags.keyFile);
  if (flags.encrypt === true) {
    if (flags.pseudonyms !== undefined)
      throw usage("--encrypt and --pseudonyms exclude each other");
    if (flags.keyFile === undefined) throw usage("--encrypt needs --key-file");
    options.operators = Object.fromEntries(
      CATEGORIES.map((c) => [c, "encrypt"]),
    ) as RedactorOptions["operators"];
  }
  if (flags.pseudonyms !== undefined) {
    if (flags.policy !== undefined && flags.policy !== "research")
      throw usage("--pseudonyms needs --policy research (or no policy)");
    if (flags.policy === undefined) options.policy = "research";
    const style = flags.pseudonyms;
    options.operators = Object.fromEntries(
      PSEUDONYMISED.map((c) => [c, { type: "pseudonym", style }]),
    ) as RedactorOptions["operators"];
  }
  return options;
}

const PSEUDONYMISED = Object.entries(POLICIES.research.operators)
  .filter(([, spec]) => spec === "pseudonym")
  .map(([c]) => c);

function usage(message: string): RedactError {
  return new RedactError("INVALID_OPTIONS", `${message} (see --help)`);
}
