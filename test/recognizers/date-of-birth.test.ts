import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor({ includeValues: true });
const values = (text: string) =>
  redactor
    .redact(text)
    .findings.filter((f) => f.category === "date_of_birth")
    .map((f) => f.value);

describe("date_of_birth", () => {
  it.each([
    ["ik ben geboren op 7 augustus 1959 in een klein dorp", "7 augustus 1959"],
    ["geb. 21-11-1967, woont alleen", "21-11-1967"],
    ["ik ben van 12-03-1968, dus een echte Vis", "12-03-1968"],
    ["ik ben op 3 februari jarig!", "3 februari"],
    ["mijn verjaardag is 14 juli, vergeet het niet", "14 juli"],
    ["I was born on 5 May 1970 in Leeds", "5 May 1970"],
    ["born March 14, 1958, a Pisces", "March 14, 1958"],
    ["DOB 02/08/1979, asked for a refund", "02/08/1979"],
    ["date of birth: 1962-07-21", "1962-07-21"],
    ["geboortedatum 4.6.1971", "4.6.1971"],
    ["I was born in March 1970, a spring baby", "March 1970"],
  ])("finds %s", (text, date) => {
    expect(values(text).join(" | ")).toContain(date);
    expect(redactor.redact(text).text).not.toContain(date);
  });

  it.each([
    "op 12-03-2024 heb ik een afspraak bij de tandarts",
    "we zijn op 12 mei 1990 getrouwd",
    "in 1985 ben ik verhuisd",
    "de wedstrijd is op 3 juni",
    "ik ben 67 en nog kerngezond",
    "geboren en getogen in Limburg",
    "May I ask you something?",
    "om 20:30 ben ik thuis",
    "I was born in 1962",
    "the festival is in June 2025",
  ])("leaves %s alone", (text) => {
    expect(values(text)).toEqual([]);
  });
});
