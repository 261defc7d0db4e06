import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor({ includeValues: true });
const values = (text: string) =>
  redactor
    .redact(text)
    .findings.filter((f) => f.category === "location")
    .map((f) => f.value);

describe("location", () => {
  it.each([
    ["ik woon sinds kort in Zutphen, heel rustig", "Zutphen"],
    ["woon nu alleen in een flatje in Dordrecht", "Dordrecht"],
    ["klant woont Meppel, weduwnaar", "Meppel"],
    ["ik werk in het ziekenhuis van Alkmaar", "Alkmaar"],
    ["we zijn vorig jaar verhuisd naar Venray", "Venray"],
    ["ik kom uit Tongeren maar woon nu elders", "Tongeren"],
    ["ik ben van Turnhout, gij?", "Turnhout"],
    ["ik woon in 's-Hertogenbosch", "'s-Hertogenbosch"],
    ["mijn zus en ik wonen in Bergen op Zoom", "Bergen op Zoom"],
    ["hij woont in Amsterdam-Oost bij het park", "Amsterdam-Oost"],
    ["I live in Hilversum with my two cats", "Hilversum"],
    ["I work in Mechelen three days a week", "Mechelen"],
    ["cust from Knokke, retired teacher", "Knokke"],
    ["Thijs, 52, Helmond. Gescheiden.", "Helmond"],
    ["Femke (Vlissingen) wil bellen", "Vlissingen"],
    ["stuur het naar 6511 AB Nijmegen", "Nijmegen"],
    ["hier in Sittard is het altijd gezellig", "Sittard"],
    ["ik woon in apeldoorn", "apeldoorn"],
    ["I moved to Manchester last year for my job", "Manchester"],
    ["ik woon in Gouda", "Gouda"],
    ["ik ben Gonnie van Lommel, aangenaam", "Lommel"],
    ["Femke uit Hoorn zegt hallo", "Hoorn"],
    ["ik ben inwoner van Zaltbommel", "Zaltbommel"],
    ["ik kom van Waregem", "Waregem"],
  ])("finds %s", (text, place) => {
    expect(values(text).join(" | ")).toContain(place);
    expect(redactor.redact(text).text).not.toContain(place);
  });

  it("redacts every mention of a residence", () => {
    const res = redactor.redact("ik ben in Kampen geboren en woon nog steeds in Kampen");
    expect(res.text).not.toContain("Kampen");
  });

  it.each([
    "we gaan op vakantie in Spanje",
    "vorige week waren we een dagje in Maastricht",
    "zullen we afspreken in Utrecht bij het station?",
    "ik zit in de trein uit Zwolle",
    "groeten uit Oostende, het weer is top",
    "we went to Rome for our honeymoon",
    "de kathedraal in Den Bosch is prachtig",
    "Ajax speelt zondag in Rotterdam",
    "ik ga naar de Efteling met de kleinkinderen",
    "ik ben best moe vandaag",
    "ik woon in een flat met een lift",
    "de haven van de stad is mooi",
    "ik ben geboren in Heerlen maar daar ken ik niemand meer",
    "I'm from the Netherlands",
    "groeten uit Oostende!",
    "Brussel is echt een mooie stad",
  ])("leaves %s alone", (text) => {
    expect(values(text)).toEqual([]);
  });
});
