import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Signal } from "../../src/index.js";
import { signalsOf } from "./util.js";

/**
 * The hand-written signal sets (fixtures/signals-*.jsonl, none taken from the
 * evaluation corpus) scored through the public API. The floors sit a little
 * below what the sets measured when they were last tuned (README, "Operator
 * signals"), so a change that loses recall or precision on them fails here.
 */
interface Item {
  readonly text: string;
  readonly signals: readonly Signal[];
}

interface Floor {
  readonly recall: number;
  readonly precision: number;
}

const SIGNALS: readonly Signal[] = ["crisis", "minor", "authenticity", "vulnerability", "meeting"];

function load(name: string): Item[] {
  const file = join(__dirname, "../../fixtures", name);
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Item);
}

function score(items: readonly Item[]): Map<Signal, { recall: number; precision: number }> {
  const found = items.map((item) => new Set(signalsOf(item.text)));
  const out = new Map<Signal, { recall: number; precision: number }>();
  for (const signal of SIGNALS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    items.forEach((item, i) => {
      const gold = item.signals.includes(signal);
      const got = found[i]!.has(signal);
      if (gold && got) tp++;
      else if (got) fp++;
      else if (gold) fn++;
    });
    out.set(signal, {
      recall: tp + fn === 0 ? 1 : tp / (tp + fn),
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    });
  }
  return out;
}

function check(name: string, floors: Record<Signal, Floor>, maxFlagged: number): void {
  const items = load(name);
  const scores = score(items);
  it.each(SIGNALS)(`${name}: %s stays above its recall and precision floors`, (signal) => {
    const s = scores.get(signal)!;
    expect(s.recall).toBeGreaterThanOrEqual(floors[signal].recall);
    expect(s.precision).toBeGreaterThanOrEqual(floors[signal].precision);
  });
  it(`${name}: hard negatives stay unflagged`, () => {
    const negatives = items.filter((item) => item.signals.length === 0);
    const flagged = negatives.filter((item) => signalsOf(item.text).length > 0);
    expect(negatives.length).toBeGreaterThanOrEqual(60);
    expect(flagged.length).toBeLessThanOrEqual(maxFlagged);
  });
}

describe("signal challenge sets", () => {
  // Tuned on: measured recall crisis 0.987, minor 0.922, authenticity 1.00,
  // vulnerability 0.986, meeting 1.00; precision 1.00 everywhere; no hard
  // negative flagged.
  check(
    "signals-challenge.jsonl",
    {
      crisis: { recall: 0.97, precision: 0.97 },
      minor: { recall: 0.9, precision: 0.97 },
      authenticity: { recall: 0.97, precision: 0.97 },
      vulnerability: { recall: 0.95, precision: 0.97 },
      meeting: { recall: 0.97, precision: 0.97 },
    },
    0,
  );
  // Two parts, each written after a tuning round and measured once before
  // any further change (README); now: recall crisis 0.73, minor 0.80,
  // authenticity 0.79, vulnerability 0.89, meeting 0.95; precision 1.00
  // except meeting 0.97 (one of 90 negatives flagged).
  check(
    "signals-holdout.jsonl",
    {
      crisis: { recall: 0.7, precision: 0.95 },
      minor: { recall: 0.77, precision: 0.95 },
      authenticity: { recall: 0.76, precision: 0.95 },
      vulnerability: { recall: 0.86, precision: 0.95 },
      meeting: { recall: 0.92, precision: 0.95 },
    },
    1,
  );
});
