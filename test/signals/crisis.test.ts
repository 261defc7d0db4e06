import { describe, expect, it } from "vitest";
import { SIGNAL_ACTIONS } from "../../src/index.js";
import { redactor, signalsOf } from "./util.js";

// Sentences written for these tests; none is taken from the evaluation corpus.
const positives = [
  // suicidal intent, Dutch
  "ik wil er een eind aan maken, ik trek het niet meer",
  "eerlijk gezegd wil ik gewoon niet meer wakker worden",
  "ik ga er vannacht een eind aan maken, sorry",
  "ik denk echt aan zelfmoord de laatste tijd",
  "ik heb een hele strip oxazepam liggen en denk erover ze allemaal in te nemen",
  "ik heb pillen gespaard, het is genoeg voor vanavond",
  "ik wil dood, niemand zou me missen",
  "ik ben het leven zat, echt helemaal klaar ermee",
  "ik wil stoppen met leven, alles doet pijn",
  "ik sta op het dak van mijn flat en kijk naar beneden",
  "ik ga van de brug springen als je niet antwoordt",
  "ik denk erover om mezelf op te hangen",
  "ik ga mij iets aandoen vannacht, ik kan niet meer",
  "klant dreigt zich iets aan te doen als we niet reageren",
  "klant schrijft dat ze zelfmoord wil plegen, direct opgeschaald",
  // self-harm
  "ik heb vannacht weer in mijn armen gekrast",
  "I've started cutting myself again, it's the only thing that helps",
  // acute danger
  "mijn man slaat me en ik durf niet naar huis",
  "hij staat beneden te schreeuwen dat hij me gaat vermoorden",
  "klant meldt dat partner hem mishandelt, zit nu bij de buren",
  "my husband punched me again tonight and took my phone",
  "he threatened to stab me if I tell anyone",
  // English
  "I don't want to live anymore",
  "I want to end it all, I'm not joking this time",
  "honestly I don't see the point in living anymore",
  "everyone would be better off without me",
  "I swallowed a whole packet of my antidepressants an hour ago",
  "going to jump in front of a train tonight, sorry",
  "gonna kms honestly, i can't anymore",
  "cust says she is going to end her life tonight, escalated",
  // mixed
  "sorry voor dit bericht maar ik wil er niet meer zijn, I'm so tired of everything",
  "I can't anymore, de pillen liggen al klaar op tafel",
  // generalisation: other words for the same intents (nl, en, mixed)
  "ik zie het echt helemaal niet meer zitten",
  "ik wil gaan slapen en niet meer wakker worden",
  "het leven heeft voor mij echt geen zin meer",
  "ik snij mezelf weer elke avond, niemand weet het",
  "ik heb 25 slaappillen gespaard",
  "iedereen zou gelukkiger zijn als ik er niet meer was",
  "ik denk erover om voor een trein te springen",
  "I keep cutting myself when it gets too much",
  "i've got my pills lined up on the table",
  "I'm tired of existing, I want it all to stop",
  "everyone would be better off if i just disappeared",
  "she says she wants to die and has written goodbye letters",
  "ik kan niet meer, I just want to disappear forever",
];

const negatives = [
  "ik ga dood van het lachen om die filmpjes 😂",
  "ik ga dood van de hitte hier, 35 graden",
  "ik zou een moord doen voor een pizza nu",
  "ons moeder vermoordt me als ze hoort dat ik dit vertel haha",
  "ik heb nooit aan zelfmoord gedacht hoor, ben gewoon moe",
  "mijn opa is vorig jaar overleden, ik mis hem",
  "ik neem elke ochtend mijn pillen voor de bloeddruk",
  "ik ben kapot na die fietstocht",
  "ik kan niet meer van het lachen om jou",
  "we fietsten gisteren over de brug bij Arnhem, prachtig",
  "this is killing me, tell me what happened!",
  "I could kill for a burger right now",
  "my boss is going to kill me if I'm late again lol",
  "I nearly died laughing at your message",
  "I'd never hurt myself, don't worry, just a rough week",
  "the series ends with the main character jumping off a bridge",
  "took my meds this morning and feeling better",
  "dead tired after work, gonna crash early",
  "my dog died last month and I still miss him",
  "I'm so tired, I just want to sleep till Monday",
  // hyperbole, accidents and other people
  "ik lach me dood om jouw verhalen",
  "ik sterf van de honger, wat eten we",
  "mijn telefoon is dood, morgen bel ik je",
  "ik zie het niet zitten om morgen naar die vergadering te gaan",
  "I cut myself on a broken glass while washing up",
  "my feet are killing me after the wedding",
  "I don't want to wake up early tomorrow, it's Sunday",
  "I took 2 painkillers for my headache",
  "de film ging over een man die van een brug sprong",
  "ik heb geen zin meer in die saaie serie",
];

describe("crisis", () => {
  it.each(positives)("flags: %s", (text) => {
    expect(signalsOf(text)).toContain("crisis");
  });

  it.each(negatives)("does not flag: %s", (text) => {
    expect(signalsOf(text)).not.toContain("crisis");
  });

  it("reports evidence in the original text, the action and critical risk", () => {
    const text = "Sorry schat… ik wil er een eind aan maken.";
    const { report } = redactor.redact(text);
    const crisis = report.signals.find((s) => s.signal === "crisis")!;
    expect(crisis.action).toBe(SIGNAL_ACTIONS.crisis);
    expect(crisis.confidence).toBeGreaterThan(0);
    expect(crisis.confidence).toBeLessThanOrEqual(1);
    const quoted = crisis.evidence.map((e) => text.slice(e.start, e.end));
    expect(quoted.join(" ")).toContain("eind aan maken");
    expect(report.risk).toBe("critical");
    expect(report.summary).toContain("crisis");
  });
});
