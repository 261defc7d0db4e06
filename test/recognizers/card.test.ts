import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor({ includeValues: true });
const values = (text: string) =>
  redactor
    .redact(text)
    .findings.filter((f) => f.category === "card")
    .map((f) => f.value);

describe("card", () => {
  it.each([
    ["mijn creditcard is 4111 1111 1111 1111, vervalt 08/27", "4111 1111 1111 1111"],
    ["probeer deze maar: 5500-0000-0000-0004", "5500-0000-0000-0004"],
    ["visa 4012888888881881 werkt niet", "4012888888881881"],
    ["amex 3782 822463 10005 please", "3782 822463 10005"],
    ["de kaart 5105 1051 0510 5100 is geweigerd", "5105 1051 0510 5100"],
  ])("finds %s", (text, card) => {
    expect(values(text)).toEqual([card]);
    expect(redactor.redact(text).text).not.toContain(card.slice(-4));
  });

  it("needs card context for a Luhn-valid number without a network prefix", () => {
    expect(values("referentie 1234 5678 9012 3452")).toEqual([]);
    expect(values("kaartnummer 1234 5678 9012 3452")).toEqual(["1234 5678 9012 3452"]);
  });

  it.each([
    "4111 1111 1111 1112 is een willekeurig getal",
    "ik heb 4000 stappen en 1200 calorieën",
    "order 4532 0151 1283 0366 is verzonden",
    "geldig tot 09/27",
  ])("leaves %s alone", (text) => {
    expect(values(text)).toEqual([]);
  });
});
