import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";
import { categoriesOf, gone, redactor } from "../helpers.js";

// Sentences written for these tests; none is taken from the evaluation corpus.
const positives: [string, string, string[]][] = [
  ["health", "Sinds vorig jaar zit ik aan de dialyse, drie keer per week", ["dialyse"]],
  ["health", "mijn knie is vervangen en nu loop ik voorlopig met krukken", ["krukken"]],
  [
    "health",
    "I've had asthma since I was a kid and always carry my inhaler",
    ["asthma", "inhaler"],
  ],
  ["health", "my GP put me on blood thinners after the heart attack", ["thinners", "heart"]],
  ["mental", "ik heb al twee jaar last van paniekaanvallen", ["paniekaanvallen"]],
  ["mental", "mijn psycholoog zegt dat ik een burn-out heb", ["psycholoog", "burn"]],
  ["mental", "I was diagnosed with bipolar disorder in my twenties", ["bipolar"]],
  ["sexuality", "ik ben lesbisch en al tien jaar samen met mijn vriendin", ["lesbisch"]],
  ["sexuality", "honestly I'm bisexual, always have been", ["bisexual"]],
  ["religion", "wij zijn moslim en vasten tijdens de ramadan", ["moslim", "ramadan"]],
  ["religion", "I'm a devout Catholic and go to mass on Sundays", ["catholic"]],
  ["politics", "ik stem al jaren op de VVD", ["VVD"]],
  ["politics", "I've always voted Labour, my dad did too", ["labour"]],
  ["ethnicity", "mijn moeder is half Marokkaans", ["marokkaans"]],
  ["ethnicity", "I'm of Jamaican descent on my father's side", ["jamaican"]],
  ["union", "ik ben al dertig jaar lid van de FNV", ["FNV"]],
  ["genetic", "uit de DNA-test bleek dat ik drager ben van het BRCA-gen", ["brca"]],
  ["biometric", "mijn nieuwe telefoon ontgrendel ik met mijn vingerafdruk", ["vingerafdruk"]],
  ["criminal", "ik heb drie jaar in de gevangenis gezeten", ["gevangenis"]],
  ["criminal", "he's out on parole after the burglary", ["parole"]],
];

describe("special categories, positives", () => {
  it.each(positives)("%s: %s", (category, text, words) => {
    const r = redactor.redact(text);
    expect(r.findings.map((f) => f.category)).toContain(category);
    expect(gone(r, ...words)).toBe(true);
  });
});

const negatives = [
  "wat een kankerweer vandaag, ik blijf binnen",
  "die film was echt ziek man",
  "ik word gek van die buren met hun muziek",
  "I'm sick of this rain",
  "oh my god what a view from the hotel",
  "jezus wat is het warm vandaag",
  "kanker is een vreselijke ziekte, daar wordt veel onderzoek naar gedaan",
  "ik ben zo verslaafd aan jouw berichtjes haha",
  "I'm addicted to this new series",
  "mijn kat heeft suikerziekte, ze krijgt elke dag een prikje",
  "je bent echt sexy, kusje",
  "we gaan zaterdag naar de markt en daarna lekker lunchen",
  "ik heb vandaag mijn haar laten knippen",
  "the weather is lovely, going for a walk by the river",
];

describe("special categories, hard negatives", () => {
  it.each(negatives)("%s", (text) => {
    const special = redactor.redact(text).findings.filter((f) => f.category !== "image");
    expect(special.map((f) => f.category)).toEqual([]);
  });
});

describe("matching by meaning", () => {
  it("finds Dutch compounds built on a known stem", () => {
    expect(categoriesOf("mijn zus heeft huidkanker gehad")).toContain("health");
    expect(categoriesOf("ik kreeg een blaasontsteking")).toContain("health");
  });

  it("finds inflections and derivations", () => {
    expect(categoriesOf("ik voel me erg depressieve laatste tijd")).toContain("mental");
    expect(categoriesOf("mijn ouders zijn katholieke mensen")).toContain("religion");
  });

  it("finds misspellings of long words but leaves real words alone", () => {
    expect(categoriesOf("ik ben al jaren depresief")).toContain("mental");
    expect(categoriesOf("de dokter zegt dat ik diabetis heb")).toContain("health");
    expect(categoriesOf("de analyse van de cijfers is klaar")).toEqual([]);
  });

  it("reads an ambiguous word in the sense of a category the message already has", () => {
    const r = redactor.redact("ik heb suikerziekte dus moet ik elke dag prikken");
    expect(gone(r, "prikken")).toBe(true);
  });
});

describe("chat phrasing found by meaning", () => {
  const r = createRedactor({ includeValues: true });
  it.each([
    ["ik heb diabetes type 2 sinds vorig jaar", "health", "type 2"],
    ["zit nu in de wachtkamer bij de psych", "mental", "psych"],
    ["hij is vorig jaar uit de kast gekomen", "sexuality", "kast"],
    ["my diabetes is stage 3 kidney disease now", "health", "stage 3"],
    ["ik heb een manische week achter de rug", "mental", "manische"],
    ["to be honest I mostly fancy women", "sexuality", "women"],
    ["opa heeft slecht zicht en een rollator", "health", "zicht"],
  ])("%s", (text, category, word) => {
    const res = r.redact(text);
    expect(res.findings.map((f) => f.category)).toContain(category);
    expect(res.text).not.toContain(word);
  });

  it.each(["pak maar een bord uit de kast", "ik kom het glas even uit de kast halen"])(
    "leaves %s alone",
    (text) => {
      expect(r.redact(text).findings).toEqual([]);
    },
  );
});

describe("political leaning", () => {
  const r = createRedactor();
  it("finds a stated leaning", () => {
    expect(r.redact("eerlijk gezegd ben ik nogal rechts").findings.map((f) => f.category)).toEqual([
      "politics",
    ]);
  });
  it("leaves directions alone", () => {
    expect(r.redact("ga rechts bij het stoplicht en dan links").findings).toEqual([]);
  });
});
