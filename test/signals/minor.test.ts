import { describe, expect, it } from "vitest";
import { SIGNAL_ACTIONS } from "../../src/index.js";
import { redactor, signalsOf } from "./util.js";

// Sentences written for these tests; none is taken from the evaluation corpus.
const positives = [
  "ik ben 15 en mijn moeder mag het niet weten",
  "ben 14 en mag eigenlijk niet op deze site zitten",
  "hoi, ik ben zestien en woon nog bij mijn ouders",
  "ik zit in de 2e klas van het vwo en vind school saai",
  "ik zit in 3 havo, volgend jaar kies ik een profiel",
  "zit in 5 vwo, volgend jaar examen",
  "ik ben nog geen zestien, mag dat wel?",
  "ik word volgende maand pas 17, is dat erg?",
  "mijn ouders mogen echt niet weten dat ik hier chat",
  "mag niet van mijn moeder op deze site, ze controleert mijn telefoon",
  "klant zegt dat ze 15 is, gesprek gestopt",
  "klant (16) wil foto's, gesprek beëindigd",
  "ik ben geboren in 2011 dus nog best jong haha",
  "I'm 13 but I'm really mature for my age",
  "I'm in year 10 and my mum is really strict",
  "sorry, homework first, I'm in grade 9",
  "just turned 15 last week 🎉",
  "im 14 dont tell my mum pls",
  "my parents think I'm asleep lol, I'm not allowed on here",
  "FLAG: says she's 15 and in year 10",
  "ik ben pas 16 but everyone says I look older",
  "hey! 15 hier, woon in Gent",
  // generalisation: school life, parents in control, ages in other words
  "ik zit nu in de brugklas van het vmbo",
  "volgende week word ik 14",
  "mijn moeder controleert elke avond mijn telefoon",
  "morgen heb ik een proefwerk geschiedenis",
  "ik zit in 3 vwo en heb veel huiswerk",
  "mijn mentor belde gisteren mijn ouders",
  "I'm in 10th grade",
  "my dad takes my phone away at 10",
  "i'm a sophomore in high school",
  "my parents don't know i'm talking to you",
  "im 14 btw, is that ok?",
  "ik ben 15 and my mom checks my phone",
];

const negatives = [
  "ik ben geen 15 meer hoor, ik weet wat ik wil",
  "I'm not a minor, I'm 34 😂",
  "mijn dochter is 15 en zit in 3 havo, ze is best slim",
  "toen ik 16 was had ik al een brommer",
  "toen ik in de brugklas zat was ik heel verlegen",
  "ik ben al 15 jaar getrouwd",
  "ik ben 16 jaar bij mijn werkgever in dienst geweest",
  "ik ben 17 minuten te laat, sorry!",
  "ik ben 52, gescheiden en zoek gezelligheid",
  "ik geef les aan de brugklas, leuke kids maar druk",
  "mijn moeder mag dat weten hoor, ik heb geen geheimen",
  "I'm 16 stone and trying to lose weight",
  "I've been a teacher at a secondary school for 20 years",
  "my son is in year 10 and hates maths",
  "my daughter just turned 16, where did the time go",
  "I was 15 when I had my first kiss",
  "haha my mum would kill me if she saw this mess",
  "are you over 18? just checking",
  // numbers that are not ages, adults and other people's children
  "ik ben al 10 jaar single",
  "ik ben 15 jaar getrouwd en heb twee kinderen",
  "mijn dochter zit in de brugklas",
  "my son is in 8th grade and hates homework",
  "I'm 15 minutes late, the train was delayed",
  "I used to be a teacher for 8th grade",
  "haha je lijkt wel 16 op die foto",
  "my 14 year old is driving me crazy",
];

describe("minor", () => {
  it.each(positives)("flags: %s", (text) => {
    expect(signalsOf(text)).toContain("minor");
  });

  it.each(negatives)("does not flag: %s", (text) => {
    expect(signalsOf(text)).not.toContain("minor");
  });

  it("points at the stated age, says to stop and escalate, and is critical", () => {
    const text = "hoi! ik ben 15 en woon in Tilburg";
    const { report } = redactor.redact(text);
    const minor = report.signals.find((s) => s.signal === "minor")!;
    expect(minor.action).toBe(SIGNAL_ACTIONS.minor);
    expect(minor.evidence.some((e) => text.slice(e.start, e.end).includes("ben 15"))).toBe(true);
    expect(report.risk).toBe("critical");
  });
});
