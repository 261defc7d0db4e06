import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor({ includeValues: true });
const values = (text: string) =>
  redactor
    .redact(text)
    .findings.filter((f) => f.category === "ip")
    .map((f) => f.value);

describe("ip", () => {
  it.each([
    ["ingelogd vanaf 83.160.12.201, zelfde als vorige week", "83.160.12.201"],
    ["same IP (212.45.8.77) as the banned user", "212.45.8.77"],
    ["ipv6 2001:db8:85a3::8a2e:370:7334 gezien", "2001:db8:85a3::8a2e:370:7334"],
    ["logged in from fe80:0:0:0:204:61ff:fe9d:f156.", "fe80:0:0:0:204:61ff:fe9d:f156"],
    ["ip ::ffff:192.0.2.128 blocked", "::ffff:192.0.2.128"],
  ])("finds %s", (text, ip) => {
    expect(values(text)).toEqual([ip]);
  });

  it.each([
    "versie 1.2.3.4 van de app crasht steeds",
    "om 12:30:45 stuurde hij een bericht",
    "de score was 300.12.4.5 of zo",
    "mac adres aa:bb:cc:dd:ee:ff",
    "zie je om 20:30? :-)",
  ])("leaves %s alone", (text) => {
    expect(values(text)).toEqual([]);
  });
});
