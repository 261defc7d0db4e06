import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor({ includeValues: true });
const values = (text: string) =>
  redactor
    .redact(text)
    .findings.filter((f) => f.category === "handle")
    .map((f) => f.value);

describe("handle", () => {
  it.each([
    ["volg me op insta @sanne.fotografie_ voor meer", "@sanne.fotografie_"],
    ["ping me @marco_vd_b", "@marco_vd_b"],
    ["snap: dikke_henk69", "dikke_henk69"],
    ["mijn snapchat is kevin.2004nl, add me", "kevin.2004nl"],
    ["mijn insta is zomerkind", "zomerkind"],
    ["add me on kik jonas_1990 x", "jonas_1990"],
    ["add my snap, it's bella_b93 😉", "bella_b93"],
    ["telegram: @nachtuil77", "@nachtuil77"],
    ["zelfde ip als gebruiker 'rooie_rik12'", "rooie_rik12"],
    ["Snapchat: lotte", "lotte"],
    ["zelfde ip als gebruiker zonnetje, blokkeren", "zonnetje"],
    ["add me on kik lisa", "lisa"],
  ])("finds %s", (text, handle) => {
    expect(values(text)).toEqual([handle]);
    expect(redactor.redact(text).text).not.toContain(handle);
  });

  it.each([
    "ik snap het niet, snap jij het?",
    "check mijn snap, ik snap er niks van",
    "mijn snap is kapot sinds de update",
    "mijn account is geblokkeerd",
    "facebook is echt saai geworden",
    "mail me op jan.jansen@ziggo.nl",
    "ik ben @ work, spreek je straks",
    "my profile: https://www.example.nl/profiel/x",
    "zie je om 20:00? <3",
    "the user reported it twice",
    "add me on snap lol",
  ])("leaves %s alone", (text) => {
    expect(values(text)).toEqual([]);
  });
});
