import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor({ includeValues: true });
const values = (text: string) =>
  redactor
    .redact(text)
    .findings.filter((f) => f.category === "address")
    .map((f) => f.value);

describe("address", () => {
  it.each([
    ["kom langs op de Molenstraat 12a, ik zet koffie", "Molenstraat 12a"],
    ["adres: Kerkplein 3 bus 2, Antwerpen", "Kerkplein 3 bus 2"],
    ["ik woon Kastanjelaan 45-2 in Zwolle", "Kastanjelaan 45-2"],
    ["ze woont aan de Prins Hendrikkade 108", "Prins Hendrikkade 108"],
    ["Laan van Meerdervoort 512, Den Haag", "Laan van Meerdervoort 512"],
    ["pakket naar Oosterparkweg 7 sturen", "Oosterparkweg 7"],
    ["I live at 12 Baker Street, come by", "12 Baker Street"],
    ["we're at 221B Elm Grove tonight", "221B Elm Grove"],
    ["mijn adres is dorpsstraat 3", "dorpsstraat 3"],
    ["we live at 45 Queen's Road, Brighton", "45 Queen's Road"],
  ])("finds %s", (text, address) => {
    expect(values(text).join(" | ")).toContain(address);
    expect(redactor.redact(text).text).not.toContain(address);
  });

  it.each([
    "ik stond 2 uur op de snelweg 😤",
    "we waren onderweg 3 dagen",
    "in het park 2 keer gewandeld",
    "heb 12 berichten gestuurd",
    "ik ben 67 en woon alleen",
    "we went to 3 different shops",
    "ik reed de A12 af bij afslag 14",
  ])("leaves %s alone", (text) => {
    expect(values(text)).toEqual([]);
  });
});
