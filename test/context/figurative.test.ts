import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor();
const special = (text: string) =>
  redactor
    .redact(text)
    .findings.filter((f) => !["name", "location"].includes(f.category))
    .map((f) => f.category);

describe("readings that are not about a person's health, faith or record", () => {
  it.each([
    "ik werk al twintig jaar in het ziekenhuis als schoonmaakster",
    "she works at the hospital on night shifts",
    "mijn neef is bewaker in de gevangenis van Vught",
    "I volunteer at the prison library on Tuesdays",
    "ik ben zo depri van al die regen deze week",
    "feeling gloomy about the weather again",
    "we went to the Christmas market in Aachen",
    "de kerstmarkt in Valkenburg was gezellig",
  ])("leaves %s alone", (text) => {
    expect(special(text)).toEqual([]);
  });

  it.each([
    ["ik lig sinds dinsdag in het ziekenhuis", "health"],
    ["my wife works at the hospital and I have leukaemia", "health"],
    ["ik heb 4 jaar vastgezeten", "criminal"],
    ["m'n bloedsuiker is weer veel te hoog", "health"],
    ["honestly I'm really into bondage", "sexuality"],
  ])("still finds %s", (text, category) => {
    expect(special(text)).toContain(category);
  });
});

describe("more readings", () => {
  it.each([
    "haha echt ziek grappig dat filmpje",
    "I nearly had a heart attack when I saw the bill",
    "we went to church for a wedding, lovely day",
    "ik hou van Marokkaans eten en Turkse koffie",
    "Indonesian food is the best",
    "I'm straight up honest with you",
    "we meet bi-weekly on Mondays",
    "I love gay bars, great music",
    "mijn hond moet naar de dierenarts, hij heeft epilepsie",
    "ik hoorde stemmen in de gang, waren de buren",
  ])("leaves %s alone", (text) => {
    expect(special(text)).toEqual([]);
  });

  it.each([
    ["they scanned my face and fingerprints at the border", "biometric"],
    ["ik hoor soms stemmen die zeggen dat ik niks waard ben", "mental"],
    ["ik ben Marokkaans en kook graag", "ethnicity"],
    ["mijn hond is ziek en ik heb zelf ook longkanker", "health"],
  ])("still finds %s", (text, category) => {
    expect(special(text)).toContain(category);
  });
});
