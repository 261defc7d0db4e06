import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor({ includeValues: true });
const urls = (text: string) =>
  redactor
    .redact(text)
    .findings.filter((f) => f.category === "url")
    .map((f) => f.value);

describe("url", () => {
  it.each([
    [
      "kijk op https://www.example.org/profiel/marieke-45 voor mijn foto's",
      "https://www.example.org/profiel/marieke-45",
    ],
    ["mijn site: www.petersbakkerij.nl.", "www.petersbakkerij.nl"],
    ["find me at linkedin.com/in/karel-de-boer-utrecht", "linkedin.com/in/karel-de-boer-utrecht"],
    [
      "volg mij op tiktok.com/@zonnebloem_1972, daar post ik elke dag",
      "tiktok.com/@zonnebloem_1972",
    ],
    ["my page is facebook.com/anne.smith.3321!", "facebook.com/anne.smith.3321"],
    ["het staat op mijnclub.co.uk/leden/jan", "mijnclub.co.uk/leden/jan"],
  ])("finds the link in %s", (text, url) => {
    expect(urls(text)).toEqual([url]);
    expect(redactor.redact(text).text).not.toContain(url);
  });

  it.each([
    "ik bestel altijd bij bol.com, dat gaat snel",
    "las je het op nu.nl? schandalig",
    "de prijs is 3.50/stuk",
    "om 10.30/11.00 ben ik thuis",
    "zie hoofdstuk 2.3/2.4 van het boek",
  ])("leaves %s alone", (text) => {
    expect(urls(text)).toEqual([]);
  });

  it("keeps an e-mail address an e-mail address", () => {
    const r = redactor.redact("mail me: jan.devries@voorbeeld.nl/ of bel");
    expect(r.findings.map((f) => f.category)).toEqual(["email"]);
  });
});
