import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor({ includeValues: true });
const values = (text: string) =>
  redactor
    .redact(text)
    .findings.filter((f) => f.category === "postcode")
    .map((f) => f.value);

describe("postcode", () => {
  it.each([
    ["stuur het naar 3512 JE Utrecht", "3512 JE"],
    ["mijn postcode is 1017AB", "1017AB"],
    ["postcode: 2611 hr, huisnummer 8", "2611 hr"],
    ["ik woon in Aalst, 9300", "9300"],
    ["Kerkstraat 4, 3500 Hasselt", "3500"],
    ["woont in Mechelen (2800)", "2800"],
    ["postcode 9000 is Gent", "9000"],
  ])("finds %s", (text, code) => {
    expect(values(text)).toEqual([code]);
    expect(redactor.redact(text).text).not.toContain(code);
  });

  it.each([
    "1234 SS bestaat niet als postcode",
    "0123 AB is geen postcode",
    "ik heb 2000 euro gespaard",
    "in 1985 woonde ik nog thuis",
    "om 1130 AM precies",
    "ik heb 1200 KM gereden",
    "sinds 2019 Utrecht, daarvoor Zwolle",
    "geboren in 1966 in Lier",
  ])("leaves %s alone", (text) => {
    expect(values(text)).toEqual([]);
  });
});
