import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor({ includeValues: true });
const hits = (text: string) => redactor.redact(text).findings.filter((f) => f.category === "phone");

/** The number is found as a phone and none of its digits survive. */
function expectPhone(text: string, number: string): void {
  const res = redactor.redact(text);
  const found = res.findings.filter((f) => f.category === "phone");
  expect(found.map((f) => f.value).join(" | "), text).toContain(number);
  expect(res.text).not.toContain(number);
}

describe("phone", () => {
  it.each([
    ["stuur maar een appje naar 0687654321 als je zin hebt", "0687654321"],
    ["mijn nieuwe nummer: 06-23 45 67 89, de oude doet het niet meer", "06-23 45 67 89"],
    ["bel me vanavond op 06 98 76 54 32 😘", "06 98 76 54 32"],
    ["my number is +31 (0)6 4321 8765, text me", "+31 (0)6 4321 8765"],
    ["je kan me bereiken op 0031 6 11 22 33 44", "0031 6 11 22 33 44"],
    ["thuis ben ik te bereiken op 030-2345678 na zessen", "030-2345678"],
    ["vaste lijn 0318-654321, mobiel weet ik niet uit mijn hoofd", "0318-654321"],
    ["ge moogt mij bellen op 0495/87.65.43 hé", "0495/87.65.43"],
    ["call me on +32 478 65 43 21 when you land", "+32 478 65 43 21"],
    ["thuis: 09 234 56 78 maar na 8 uur niet meer", "09 234 56 78"],
    ["whatsapp me +447911123456 x", "+447911123456"],
    ["mijn broer in Marokko: +212 661 234 567", "+212 661 234 567"],
    ["bel (020) 123 4567 voor een afspraak", "(020) 123 4567"],
    ["06.12.34.56.78 is mijn nieuwe nummer", "06.12.34.56.78"],
  ])("finds %s", (text, number) => expectPhone(text, number));

  it("finds two numbers written side by side", () => {
    const res = redactor.redact("privé 06 12345678 / werk 020 5551234");
    expect(hits("privé 06 12345678 / werk 020 5551234")).toHaveLength(2);
    expect(res.text).not.toMatch(/\d{3}/);
  });

  it("accepts a possible but unassigned number only with phone context", () => {
    expect(hits("mine's +44 7700 900123, text me")).toHaveLength(1);
  });

  it.each([
    "dat kost € 12,50 per maand",
    "ik ben om 20:30 thuis, bus van 06.42 had vertraging",
    "ik ben 67 en woon alleen",
    "in 1985 zijn we getrouwd",
    "ordernummer 2024-88172 is nog steeds niet geleverd",
    "ik heb 10.000 stappen gezet vandaag",
    "hou van je <3 :-)",
    "mijn postcode begint met 3512",
    "ik ben geboren op 12-03-1968",
    "het was 3-2 voor Ajax na 90 minuten",
    "mijn oude nummer 0612345 werkt niet meer",
  ])("leaves %s alone", (text) => {
    expect(hits(text)).toEqual([]);
  });
});
