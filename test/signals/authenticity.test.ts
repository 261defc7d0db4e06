import { describe, expect, it } from "vitest";
import { SIGNAL_ACTIONS } from "../../src/index.js";
import { redactor, signalsOf } from "./util.js";

// Sentences written for these tests; none is taken from the evaluation corpus.
const positives = [
  "ben jij wel echt?",
  "zeg eens eerlijk, zijt gij wel een echte vrouw?",
  "praat ik met een computer of met een mens?",
  "zijn jullie betaalde chatters?",
  "is dit een nep profiel? je foto's staan ook op een andere site",
  "word je betaald om met mij te chatten?",
  "ik vraag me af of er wel een echte vrouw achter dit profiel zit",
  "volgens mijn zoon zijn al die profielen hier nep",
  "hoe weet ik dat jij echt bestaat?",
  "dit is toch gewoon een chatbot, geef het maar toe",
  "ik geloof niet dat je echt een vrouw bent",
  "are you a bot?",
  "is this a fake profile?",
  "be straight with me: are you real?",
  "are you actually a real person or an AI chatbot?",
  "I bet you're just an operator working for the site",
  "is there a real woman behind this profile or is it staff?",
  "honestly feels like I'm messaging a script",
  "I want to know if you are real before I buy more credits",
  "prove you're not a bot",
  "echt waar, I'm not a bot lol. maar ben jij wel echt?",
  "mijn dochter says these sites are a scam, zijn jullie echt?",
  // generalisation
  "hoe weet ik dat jij het echt bent op die foto's",
  "zit er wel echt iemand aan de andere kant?",
  "volgens mij praat ik met een script",
  "ben jij wel wie je zegt te zijn?",
  "be honest, is this an AI",
  "is someone paid to answer these messages?",
  "ben jij echt of just a bot?",
];

const negatives = [
  "ik ben echt blij dat ik jou heb leren kennen",
  "ben je echt zo lief als je lijkt?",
  "is het echt waar dat je een paard hebt?",
  "haha je bent echt gek",
  "ik heb mijn bot gebroken bij het voetballen",
  "ik heb een echte kerstboom gekocht dit jaar",
  "wow is dat echt jouw hond? zo schattig",
  "als bewijs dat ik echt ben stuur ik je mijn foto",
  "you're a real sweetheart, you know that?",
  "I'm a real estate agent, so weekends are busy",
  "are you really going to Spain next month?",
  "I'm real, I promise, just shy on camera",
  "I fake tan every summer lol",
  "my son is building a robot for school",
  "that film about AI was really scary",
  // other meanings of real and fake
  "is het echt waar dat je in Spanje woont?",
  "I'm a real person, not a bot, haha",
  "fake news is overal tegenwoordig",
];

describe("authenticity", () => {
  it.each(positives)("flags: %s", (text) => {
    expect(signalsOf(text)).toContain("authenticity");
  });

  it.each(negatives)("does not flag: %s", (text) => {
    expect(signalsOf(text)).not.toContain("authenticity");
  });

  it("asks for an honest answer", () => {
    const text = "ben jij wel echt?";
    const auth = redactor.redact(text).report.signals.find((s) => s.signal === "authenticity")!;
    expect(auth.action).toBe(SIGNAL_ACTIONS.authenticity);
    expect(auth.evidence.map((e) => text.slice(e.start, e.end))).toContain("ben jij wel echt");
  });
});
