import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor({ includeValues: true });
const values = (text: string) =>
  redactor
    .redact(text)
    .findings.filter((f) => f.category === "national_id")
    .map((f) => f.value);

describe("national_id", () => {
  it.each([
    ["mijn bsn is 111222333, is dat genoeg?", "111222333"],
    ["hier, 123456782, dat is mijn burgerservicenummer", "123456782"],
    ["sofinummer 1234.56.782 staat op mijn pas", "1234.56.782"],
    ["rijksregisternummer 85.07.30-033.28 voor de verificatie", "85.07.30-033.28"],
    ["mijn rijksregister: 85073003328", "85073003328"],
    ["geboren in 2001, nummer 01.01.01-123.01", "01.01.01-123.01"],
  ])("finds %s", (text, id) => {
    expect(values(text)).toEqual([id]);
    expect(redactor.redact(text).text).not.toContain(id);
  });

  it("accepts a wrong checksum only with BSN context", () => {
    expect(values("BSN 123456789 (zo staat het op mijn pas)")).toEqual(["123456789"]);
    expect(values("ik heb 123456789 keer aan je gedacht")).toEqual([]);
  });

  it.each([
    "bestelnummer 123456782 is nog niet verzonden",
    "ik heb 987654321 redenen om je leuk te vinden",
    "dossiernummer 85.07.30-033.28",
    "in 2019 heb ik 250 euro betaald",
  ])("leaves %s alone", (text) => {
    expect(values(text)).toEqual([]);
  });
});
