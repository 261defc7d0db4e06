import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor({ includeValues: true });
const values = (text: string) =>
  redactor
    .redact(text)
    .findings.filter((f) => f.category === "iban")
    .map((f) => f.value);

describe("iban", () => {
  it.each([
    [
      "stort het maar op NL91 ABNA 0417 1643 00 onder vermelding van credits",
      "NL91 ABNA 0417 1643 00",
    ],
    ["mijn rekening: NL91ABNA0417164300", "NL91ABNA0417164300"],
    ["zet het op nl91abna0417164300 aub", "nl91abna0417164300"],
    ["gij kunt storten op BE71 0961 2345 6769, merci", "BE71 0961 2345 6769"],
    ["my German account is DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"],
    ["refund to FR14 2004 1010 0505 0001 3M02 606 please", "FR14 2004 1010 0505 0001 3M02 606"],
    ["IBAN: GB29 NWBK 6016 1331 9268 19.", "GB29 NWBK 6016 1331 9268 19"],
  ])("finds %s", (text, iban) => {
    expect(values(text)).toEqual([iban]);
    expect(redactor.redact(text).text).not.toContain(iban);
  });

  it("does not swallow the next word", () => {
    const res = redactor.redact("mijn iban NL91ABNA0417164300 staat op naam van mijn vrouw");
    expect(res.text).toContain("staat op naam");
  });

  it.each([
    "NL92 ABNA 0417 1643 00 klopt niet, typfout",
    "bestelcode NL12 3456 werkt niet",
    "ik heb een BE1234 coupon",
    "ik woon in NL en werk in BE",
  ])("leaves %s alone", (text) => {
    expect(values(text)).toEqual([]);
  });
});
