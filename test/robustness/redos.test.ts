import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkRegex,
  representProperties,
  topLevelAlternatives,
  widenBounds,
} from "./redos-check.js";
import { regexSites } from "./regex-sites.js";

// Every regular expression in src/ must be safe from catastrophic
// backtracking. Literals and RegExp(...) calls with literal arguments are
// found by parsing the source; patterns computed at run time (joined lists)
// are captured by recording what RegExp is called with while the modules load.

const sites = regexSites();
const constructed: { pattern: string; flags: string; file: string }[] = [];
const NativeRegExp = RegExp;

/** The file under src/ that called RegExp directly (not through a dependency). */
function callerFile(): string | undefined {
  const frames = (new Error().stack ?? "").split("\n").slice(1);
  // Skip this file's own frames (record, the proxy trap) and the proxy itself.
  const frame = frames.find((l) => !l.includes("redos.test.ts") && !l.includes("<anonymous>"));
  if (frame === undefined || frame.includes("node_modules")) return undefined;
  const m = /[\\/](src[\\/][^:)]+\.ts)/.exec(frame);
  return m?.[1]?.replaceAll("\\", "/");
}
function record(args: unknown[]): void {
  const file = callerFile();
  if (file === undefined) return;
  const [p, f] = args;
  const pattern = p instanceof NativeRegExp ? p.source : String(p);
  const flags = f === undefined ? (p instanceof NativeRegExp ? p.flags : "") : String(f);
  constructed.push({ pattern, flags, file });
}
const Recording: RegExpConstructor = new Proxy(NativeRegExp, {
  construct(target, args, newTarget): object {
    record(args);
    return Reflect.construct(target, args, newTarget === Recording ? target : newTarget);
  },
  apply(target, thisArg, args) {
    record(args);
    return Reflect.apply(target, thisArg, args);
  },
});

let redactAll: (texts: string[]) => void = () => {};
beforeAll(async () => {
  globalThis.RegExp = Recording;
  const api = await import("../../src/index.js");
  for (const file of new Set(sites.filter((s) => s.dynamic).map((s) => s.file))) {
    await import(`../../${file}`);
  }
  const redactor = api.createRedactor();
  redactAll = (texts) => {
    for (const t of texts) redactor.redact(t);
  };
}, 300_000);
afterAll(() => {
  globalThis.RegExp = NativeRegExp;
});

describe("regular expressions in src", () => {
  it("finds the regex literals and RegExp constructions", () => {
    expect(sites.length).toBeGreaterThan(50);
    expect(sites.some((s) => s.where.startsWith("src/pipeline/tokenize.ts"))).toBe(true);
  });

  it("widens only large bounded repetitions, not escaped braces", () => {
    expect(widenBounds("[a-z]{1,2048}x{2,5}\\{1,20}")).toBe("[a-z]{1,}x{2,5}\\{1,20}");
  });

  it("splits top-level alternatives only", () => {
    expect(topLevelAlternatives(String.raw`a|b(c|d)|[|]\|e|f`)).toEqual([
      "a",
      "b(c|d)",
      String.raw`[|]\|e`,
      "f",
    ]);
    expect(checkRegex("x|(a+)+$", "").safe).toBe(false);
  });

  it("replaces property escapes by ranges, in and outside classes", () => {
    expect(representProperties(String.raw`[\p{N}.]\p{M}\P{M}\p{Script=Latin}`)).toBe(
      String.raw`[0-9\u00B2\u00B3\u00B9\u00BC-\u00BE.][\u0300-\u036F][^\u0300-\u036F]\p{Script=Latin}`,
    );
    // redos-detector alone calls this catastrophic (\p{L} "overlaps" the dot).
    expect(checkRegex(String.raw`\p{L}+\.\p{L}+\.\p{L}+`, "u").safe).toBe(true);
    // ...while a real overlap between properties is still found.
    expect(checkRegex(String.raw`\p{L}+\p{Lu}+$`, "u").safe).toBe(false);
  });

  it("the checker flags a catastrophic pattern and passes a linear one", () => {
    expect(checkRegex("(a+)+$", "").safe).toBe(false);
    expect(checkRegex("(\\w+\\s?)*$", "").safe).toBe(false);
    expect(checkRegex("\\s(\\d+)\\s", "").safe).toBe(true);
    expect(checkRegex("[\\p{L}\\p{N}]{1,64}@[\\p{L}]{1,63}", "giu").safe).toBe(true);
  });

  it("every literal pattern is safe from catastrophic backtracking", () => {
    const flagged = sites
      .filter((s) => !s.dynamic)
      .map((s) => ({ s, v: checkRegex(s.pattern!, s.flags!) }))
      .filter(({ v }) => !v.safe)
      .map(({ s, v }) => `${s.where} /${s.pattern}/${s.flags}: ${v.detail}`);
    expect(flagged, flagged.join("\n")).toEqual([]);
  }, 300_000);

  it("every computed pattern is captured and safe", () => {
    const dynamic = sites.filter((s) => s.dynamic);
    const problems: string[] = [];
    for (const site of dynamic) {
      const made = constructed.filter((c) => c.file === site.file);
      if (made.length === 0) {
        problems.push(`${site.where}: RegExp(...) was not called while the module loaded`);
        continue;
      }
      for (const c of made) {
        const v = checkRegex(c.pattern, c.flags);
        if (!v.safe)
          problems.push(`${site.where} /${c.pattern.slice(0, 200)}/${c.flags}: ${v.detail}`);
      }
    }
    expect(problems, problems.join("\n")).toEqual([]);
  }, 300_000);

  it("no regular expression is built per message", () => {
    const before = constructed.length;
    redactAll([
      "Mijn vrouw heeft borstkanker gehad en ik slik antidepressiva. Mail me: henk1950@example.nl",
      "I'm a practising Catholic, call me on +31 6 12345678 or see https://example.com/a.jpg",
      "[foto] IMG_4417.jpg ik woon in Zwolle, Dorpsstraat 12, 8011 AB",
    ]);
    const made = constructed.slice(before).map((c) => `${c.file}: /${c.pattern.slice(0, 80)}/`);
    expect(made, made.join("\n")).toEqual([]);
  });
});
