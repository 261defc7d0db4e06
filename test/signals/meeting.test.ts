import { describe, expect, it } from "vitest";
import { SIGNAL_ACTIONS } from "../../src/index.js";
import { redactor, signalsOf } from "./util.js";

// Sentences written for these tests; none is taken from the evaluation corpus.
const positives = [
  "zullen we afspreken zaterdag?",
  "zullen we een keer koffie drinken in het centrum?",
  "kom je naar Utrecht volgende week?",
  "wat is je nummer? dan bel ik je",
  "stuur me anders even een berichtje op whatsapp",
  "kunnen we niet gewoon even bellen? dat praat makkelijker",
  "volg je me op insta? dan zie je meer foto's",
  "je mag altijd bij mij langskomen hoor, koffie staat klaar",
  "heb je zin om een keer ergens te lunchen?",
  "bel me gerust op 06 12 34 56 78",
  "klant wil per se een ontmoeting, blijft aandringen",
  "ik wil je echt eens in het echt zien",
  "add me on WhatsApp, it's easier",
  "let's meet for a drink next week",
  "give me your number and I'll ring you tonight",
  "add me on snap, it's dave_89",
  "fancy grabbing a coffee in Utrecht next week?",
  "let's take this to telegram, this site is too expensive",
  "I can drive to you on Saturday if you like",
  "add me op snap, daar kan ik meer laten zien",
  "ik woon in Gent but I work in Brussels, shall we meet up some saturday?",
  // generalisation
  "can I call you tonight?",
  "zullen we meeten this weekend?",
  "stuur me je number dan",
  "ik trakteer je op een etentje",
];

const negatives = [
  "nice to meet you too! how was your day?",
  "leuk je te ontmoeten hier, hoe gaat het?",
  "ik heb morgen een afspraak bij de tandarts",
  "my phone died last night, sorry for the late reply",
  "mijn telefoon is kapot, daarom reageer ik zo laat",
  "I met my ex on a dating app years ago",
  "call me old-fashioned, but I like handwritten letters",
  "dat zullen we nog wel zien",
  "I'm going to visit my mum in hospital tomorrow",
  "ik ga zaterdag koffie drinken met mijn zus",
  "hoe laat kom je morgen weer online?",
  "I'll talk to you tomorrow, sleep well",
  "mijn dochter komt morgen op bezoek met de kleinkinderen",
  "my daughter's coming over for dinner",
  "ik heb mijn nummer veranderd want ik kreeg zoveel spam",
  "klant: Piet, tel 06 12 34 56 78, woont in Zwolle",
  // phones taken away, streaks, travel, refusals
  "mn ma neemt mijn gsm af om 10 uur",
  "my snapchat streak with my sister is 300 days",
  "I'd love to travel to Italy someday",
  "ik heb je nummer niet nodig hoor, ik vind het hier fijn",
];

describe("meeting", () => {
  it.each(positives)("flags: %s", (text) => {
    expect(signalsOf(text)).toContain("meeting");
  });

  it.each(negatives)("does not flag: %s", (text) => {
    expect(signalsOf(text)).not.toContain("meeting");
  });

  it("follows platform policy and points at the proposal", () => {
    const text = "zullen we afspreken?";
    const m = redactor.redact(text).report.signals.find((s) => s.signal === "meeting")!;
    expect(m.action).toBe(SIGNAL_ACTIONS.meeting);
    expect(m.evidence.some((e) => text.slice(e.start, e.end).includes("afspreken"))).toBe(true);
  });
});
