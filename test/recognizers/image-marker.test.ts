import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor();

function images(text: string): string[] {
  return redactor
    .redact(text)
    .findings.filter((f) => f.category === "image")
    .map((f) => text.slice(f.start, f.end));
}

describe("image markers of chat platforms and exports", () => {
  const cases: [string, string][] = [
    ["[afbeelding: IMG_0815.jpg] lekker weertje hier", "[afbeelding: IMG_0815.jpg]"],
    ["[Foto] dit ben ik vorige zomer", "[Foto]"],
    ["[foto's] van het feest", "[foto's]"],
    ["[3 photos] from the weekend", "[3 photos]"],
    ["[image: beach.png] had a great day", "[image: beach.png]"],
    ["[bijlage: vakantie.jpeg]", "[bijlage: vakantie.jpeg]"],
    ["[attachment] sorry voor de kwaliteit", "[attachment]"],
    ["[Sticker] haha", "[Sticker]"],
    ["12-03-24 21:14 - Sanne: <Media weggelaten>", "<Media weggelaten>"],
    ["12/03/2024, 21:14 - Mark: <Media omitted>", "<Media omitted>"],
    ["<image omitted> hoe vind je hem?", "<image omitted>"],
    ["<afbeelding weggelaten>", "<afbeelding weggelaten>"],
    ["[21:14:07] Mark: image omitted", "image omitted"],
    ["[21:14:07] Sanne: afbeelding weggelaten", "afbeelding weggelaten"],
    [
      "<attached: 00000031-PHOTO-2024-02-11-20-05-12.jpg>",
      "<attached: 00000031-PHOTO-2024-02-11-20-05-12.jpg>",
    ],
    [
      "<bijgevoegd: 00000007-PHOTO-2023-12-24-18-30-00.jpg> fijne kerst",
      "<bijgevoegd: 00000007-PHOTO-2023-12-24-18-30-00.jpg>",
    ],
    ["klant stuurde <foto> en daarna niks meer", "<foto>"],
    ["📷 Foto", "📷 Foto"],
    ["(foto) zie je mijn nieuwe kapsel?", "(foto)"],
    ["![selfie](https://cdn.example.org/u/55/a) hoi", "![selfie](https://cdn.example.org/u/55/a)"],
    [
      '<img src="https://example.org/u/7" alt="ik"> hallo',
      '<img src="https://example.org/u/7" alt="ik">',
    ],
  ];
  for (const [text, span] of cases) {
    it(`finds ${JSON.stringify(span)}`, () => {
      expect(images(text).some((s) => s.includes(span))).toBe(true);
      const r = redactor.redact(text);
      expect(r.text).not.toContain(span);
    });
  }

  it("replaces the whole marker with one placeholder", () => {
    expect(redactor.redact("[afbeelding: IMG_0815.jpg] lekker weertje hier").text).toBe(
      "[IMG] lekker weertje hier",
    );
    expect(redactor.redact("<Media weggelaten>").text).toBe("[IMG]");
  });

  it("leaves attachments that are not images and look-alikes alone", () => {
    for (const text of [
      "[bijlage: factuur_maart.pdf] graag betalen",
      "<audio omitted>",
      "<document omitted>",
      "<Contactkaart weggelaten>",
      "[sic] zo schreef hij het",
      "ik vind jou <3 heel lief <3",
      "als a < b en b > c dan a < c",
      "(ik lach) echt waar",
    ])
      expect(images(text), text).toEqual([]);
  });
});

describe("image file names", () => {
  const cases: [string, string][] = [
    ["IMG-20240101-WA0001.jpg", "IMG-20240101-WA0001.jpg"],
    ["stuurde net IMG_4821.HEIC, kreeg je hem?", "IMG_4821.HEIC"],
    [
      "sending you WhatsApp Image 2024-05-18 at 09.41.22.jpeg now",
      "WhatsApp Image 2024-05-18 at 09.41.22.jpeg",
    ],
    [
      "Schermafbeelding 2024-05-18 om 09.41.22.png is mijn bewijs",
      "Schermafbeelding 2024-05-18 om 09.41.22.png",
    ],
    ["IMG_2210 (1).jpg sorry dubbel", "IMG_2210 (1).jpg"],
    ["photo_2024-02-03_22-10-41.jpg via telegram", "photo_2024-02-03_22-10-41.jpg"],
    ["check i.imgur.com/Zx81kQp.png even", "i.imgur.com/Zx81kQp.png"],
    ["zie ik_in_badpak.webp?", "ik_in_badpak.webp"],
    ["he sent DSC_0417 yesterday", "DSC_0417"],
    ["PXL_20240301_171522331 is the one", "PXL_20240301_171522331"],
    ["VID-20240101-WA0007.mp4 hier ben ik aan het dansen", "VID-20240101-WA0007.mp4"],
  ];
  for (const [text, span] of cases) {
    it(`finds ${JSON.stringify(span)}`, () => {
      expect(images(text)).toContain(span);
    });
  }

  it("does not take a bare extension or a format name for a file", () => {
    for (const text of [
      "Is het beter om .jpg of .png te gebruiken voor een logo?",
      "JPEG is kleiner dan PNG, maar jpg-bestanden verliezen kwaliteit",
      "my phone saves photos as HEIC, can your laptop open that?",
      "sla het op als .webp, dat is kleiner",
      "rapport_q3.pdf staat in je mail",
    ])
      expect(images(text), text).toEqual([]);
  });
});
