import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor({ includeValues: true });
const values = (text: string) =>
  redactor
    .redact(text)
    .findings.filter((f) => f.category === "name")
    .map((f) => f.value);

describe("name", () => {
  it.each([
    ["hoi, ik heet Willemijn en ik ben 54", "Willemijn"],
    ["ik ben Anja van der Berg, aangenaam", "Anja van der Berg"],
    ["my name is Siobhan O'Connor", "Siobhan O'Connor"],
    ["I'm Trevor, nice to meet you", "Trevor"],
    ["groetjes, Hanneke", "Hanneke"],
    ["liefs van Maud", "Maud"],
    ["cheers, Gijs", "Gijs"],
    ["klant Youssef heeft weer gebeld", "Youssef"],
    ["klant: Naima (61), woont alleen", "Naima"],
    ["mijn dochter Lieke komt zondag", "Lieke"],
    ["my wife Priya loves cooking", "Priya"],
    ["mijn zoon Mark is jarig", "Mark"],
    ["Koen, 48, vrachtwagenchauffeur", "Koen"],
    ["ik ging met Mehmet naar de markt", "Mehmet"],
    ["gisteren belde Jeroen me nog", "Jeroen"],
    ["dhr. Bakker belde over zijn rekening", "Bakker"],
    ["mevrouw van Dijk komt om tien uur", "van Dijk"],
    ["t.n.v. J. Jansen graag", "J. Jansen"],
    ["mijn begeleider heet Femke", "Femke"],
    ["Jan-Willem en ik gaan fietsen", "Jan-Willem"],
    ["Hoi Mark, hoe gaat het met je?", "Mark"],
    ["Lieve Roos, dank je voor het kaartje", "Roos"],
    ["naam: Kwadwo Mensah, geboren in Ghana", "Kwadwo Mensah"],
    ["groetjes, Ilonka", "Ilonka"],
    ["morgen komt Anja's zus op bezoek", "Anja's"],
    ["de familie Verbeek woont naast ons", "Verbeek"],
  ])("finds %s", (text, name) => {
    expect(values(text).join(" | ")).toContain(name);
    expect(redactor.redact(text).text).not.toContain(name);
  });

  it("redacts repeats of a found name", () => {
    const res = redactor.redact("mijn man Gerard is vorig jaar overleden. Gerard was mijn alles");
    expect(res.text).not.toContain("Gerard");
  });

  it.each([
    "Mark my words, this will end badly",
    "Hoop je snel te zien!",
    "mijn hond Max is ziek",
    "onze kat heet Pluis",
    "ik heb een hond die Bobby heet",
    "op vakantie in Spanje was het heet",
    "de Albert Heijn is weer dicht",
    "Jezus Maria wat een hitte",
    "ik heb de ziekte van Parkinson",
    "Ben je er nog?",
    "Will you marry me?",
    "May I ask you something?",
    "we trouwen op 3 June 2025",
    "ik ben moe en ik ben 67",
    "I'm Dutch and I love cheese",
    "de roos in de tuin bloeit",
    "Ajax speelde gelijk tegen Feyenoord",
    "die nieuwe Marvel film is echt goed",
    "ze wil alleen met 'Sandra' praten",
    "hou van je <3 :-)",
    "Hoi schat, lekker geslapen?",
    "Groetjes uit Zeeland",
  ])("leaves %s alone", (text) => {
    expect(values(text)).toEqual([]);
  });
});
