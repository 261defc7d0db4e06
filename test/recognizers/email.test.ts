import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor({ includeValues: true });
const emails = (text: string) =>
  redactor
    .redact(text)
    .findings.filter((f) => f.category === "email")
    .map((f) => f.value);

describe("email", () => {
  it.each([
    ["mail naar j.de.vries@gmail.com graag", "j.de.vries@gmail.com"],
    ["email me at sarah_o'neil@hotmail.co.uk tonight", "sarah_o'neil@hotmail.co.uk"],
    ["'piet.bakker+chat@ziggo.nl' is mijn adres", "piet.bakker+chat@ziggo.nl"],
    ["stuur het naar anouk@bedrijf.be.", "anouk@bedrijf.be"],
  ])("finds the address in %s", (text, email) => {
    expect(emails(text)).toEqual([email]);
    expect(redactor.redact(text).text).not.toContain(email);
  });

  it.each(["ik ben @home vanavond", "it's 5 @ the station", "prijs: 3 @ €2,50"])(
    "leaves %s alone",
    (text) => {
      expect(emails(text)).toEqual([]);
    },
  );
});
