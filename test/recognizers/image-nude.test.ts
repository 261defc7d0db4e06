import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor();

function hasImage(text: string): boolean {
  return redactor.redact(text).findings.some((f) => f.category === "image");
}

describe("text about photos (GUIDELINES rule 9)", () => {
  const sent = [
    "hier is een foto van mij",
    "Hier is een fotootje van mij bij het strand",
    "stuur eens een pic",
    "stuur je me straks een selfie?",
    "mag ik een foto van je zien schat?",
    "heb je nog een foto voor mij?",
    "heb je mijn foto ontvangen?",
    "ik app je zo een foto",
    "send me a selfie",
    "can I see a pic of you first?",
    "did you get my pic?",
    "thanks for the photo, you look lovely",
    "pic for pic?",
    "hier een foto van ons samen 😊",
    "stuur je me die foto van gisteren nog eens?",
    "ik wil graag zien hoe je eruitziet",
    "klant vraagt steeds om foto's",
    "customer keeps asking for pics",
    "he sent 2 photos of himself at the gym",
    "hij stuurde een foto van zijn paspoort als bewijs",
    "ok ik stuur je een foto maar niet doorsturen he",
    "wil je een foto van mijn gezicht?",
  ];
  for (const text of sent)
    it(`image: ${text}`, () => {
      expect(hasImage(text)).toBe(true);
    });

  const general = [
    "ik heb mooie foto's gemaakt op vakantie",
    "nice photo of the beach",
    "ik hou van fotografie, vooral landschappen",
    "mijn camera maakt mooie plaatjes van vogels",
    "Ik heb de foto's van de bruiloft nog niet bekeken",
    "Mooie foto in de krant vandaag over het weer",
    "I took a photo of the sunset yesterday, it was gorgeous",
    "the profile pictures on this site look fake",
    "de fotograaf in het dorp maakt ook pasfoto's",
    "je bent mooi op je profielfoto",
    "ik slaap altijd naakt, heerlijk in de zomer",
    "nude lipstick staat je goed",
    "my phone camera is terrible, all photos are blurry",
  ];
  for (const text of general)
    it(`no image: ${text}`, () => {
      expect(hasImage(text)).toBe(false);
    });
});

describe("nude", () => {
  const nude = [
    "hier een naaktfoto van mij",
    "stuur je nudes?",
    "wil je een dick pic?",
    "dit is een foto van mijn borsten",
    "heb je foto's zonder kleren?",
    "send me a naked pic",
    "any nudes for me tonight?",
    "[foto] zonder kleren 😈",
    "[afbeelding: IMG_3390.jpg] net uit de douche, alleen een handdoek",
    "<image omitted> nothing on underneath ;)",
    "IMG-20240502-WA0012.jpg alleen in mijn slipje voor jou",
    "https://i.imgur.com/Ze2Rt0p.jpg topless op het balkon 😏",
    "[photo] just for you, wearing nothing but a smile",
    "[foto] hier is de naaktfoto die je vroeg",
  ];
  for (const text of nude)
    it(`nude: ${text}`, () => {
      const r = redactor.redact(text);
      expect(r.report.nude).toBe(true);
      const images = r.findings.filter((f) => f.category === "image");
      expect(images.length).toBeGreaterThan(0);
      expect(images.every((f) => f.nude === true)).toBe(true);
      expect(r.report.risk).not.toBe("none");
    });

  const notNude = [
    "[foto] van mijn nieuwe jurk",
    "[foto] not nude don't worry haha",
    "holiday pic https://i.imgur.com/Qm7vT2p.jpg, no nudity in it",
    "<Media weggelaten> mijn hond in de sneeuw",
    "hier is een foto van mij in bikini op het strand",
    "ik slaap altijd naakt",
    "IMG_5521.jpg met mijn kleinzoon in de tuin",
  ];
  for (const text of notNude)
    it(`not nude: ${text}`, () => {
      const r = redactor.redact(text);
      expect(r.report.nude).toBe(false);
      expect(r.findings.every((f) => f.nude !== true)).toBe(true);
    });

  it("puts nude on image findings only, and false on non-nude images", () => {
    const r = redactor.redact("[foto] van mijn nieuwe jurk, mail me op anna@example.nl");
    const image = r.findings.find((f) => f.category === "image")!;
    expect(image.nude).toBe(false);
    expect(r.findings.find((f) => f.category === "email")!.nude).toBeUndefined();
  });
});
