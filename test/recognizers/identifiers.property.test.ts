import fc from "fast-check";
import { composeIBAN } from "ibantools";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";

const redactor = createRedactor();

// Chat words without digits and without any identifier context (no "nummer",
// "kaart", "bestel", "rekening" …), so only the embedded number can be found.
const WORDS = [
  "hoi",
  "schat",
  "ik",
  "mis",
  "je",
  "zo",
  "erg",
  "vandaag",
  "lekker",
  "weer",
  "kusjes",
  "haha",
  "echt",
  "leuk",
  "morgen",
  "hey",
  "babe",
  "what",
  "are",
  "you",
  "doing",
  "tonight",
  "xx",
  "gezellig",
  "toch",
  "even",
  "zeggen",
  "dat",
  "love",
  "it",
  "😘",
  "❤️",
  ":-)",
];

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });
const join = (ds: number[]) => ds.join("");

/** Random chat text with `value` somewhere in it. */
const inChat = (value: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }),
      value,
      fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }),
      fc.constantFrom("", ".", "!", " 😘", ","),
    )
    .map(([before, v, after, end]) => ({
      value: v,
      text: [...before, v + end, ...after].join(" "),
    }));

/** Group a digit string in blocks of `size`, separated by `sep`. */
const group = (s: string, size: number, sep: string) =>
  (s.match(new RegExp(`.{1,${size}}`, "g")) ?? []).join(sep);

function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function bsnCheck(first8: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(first8[i]) * (9 - i);
  return sum % 11;
}

// ---------------------------------------------------------------- generators

const BANKS = ["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"];
const ibanArb = fc
  .oneof(
    fc
      .tuple(fc.constantFrom(...BANKS), digits(10))
      .map(([bank, d]) => composeIBAN({ countryCode: "NL", bban: bank + join(d) })),
    digits(10).map((d) => {
      const base = join(d);
      const check = Number(BigInt(base) % 97n) || 97;
      return composeIBAN({ countryCode: "BE", bban: base + String(check).padStart(2, "0") });
    }),
    digits(18).map((d) => composeIBAN({ countryCode: "DE", bban: join(d) })),
  )
  .filter((iban): iban is string => typeof iban === "string" && iban.length > 0)
  .chain((iban) => fc.constantFrom(iban, group(iban, 4, " ")));

const bsnArb = fc
  .tuple(fc.integer({ min: 1, max: 9 }), digits(7))
  .map(([a, rest]) => String(a) + join(rest))
  .filter((first8) => bsnCheck(first8) < 10)
  .map((first8) => first8 + String(bsnCheck(first8)))
  .chain((b) => fc.constantFrom(b, `${b.slice(0, 4)}.${b.slice(4, 6)}.${b.slice(6)}`));

const CARD_PREFIXES: readonly [string, number][] = [
  ["4", 16],
  ["51", 16],
  ["53", 16],
  ["55", 16],
  ["2221", 16],
  ["34", 15],
  ["37", 15],
  ["6011", 16],
  ["4", 13],
];
const cardArb = fc
  .constantFrom(...CARD_PREFIXES)
  .chain(([prefix, length]) =>
    digits(length - prefix.length - 1).map((d) => {
      const body = prefix + join(d);
      return body + String(luhnDigit(body));
    }),
  )
  .chain((c) =>
    fc.constantFrom(
      c,
      c.length === 15 ? `${c.slice(0, 4)} ${c.slice(4, 10)} ${c.slice(10)}` : group(c, 4, " "),
      c.length === 16 ? group(c, 4, "-") : c,
    ),
  );

const phoneArb = fc
  .oneof(
    // Dutch mobile in its common notations
    digits(8).map((d) => {
      const n = join(d);
      return [
        `06${n}`,
        `06-${n}`,
        `06 ${group(n, 2, " ")}`,
        `+31 6 ${n}`,
        `+31 (0)6 ${group(n, 4, " ")}`,
        `0031 6 ${group(n, 2, " ")}`,
      ];
    }),
    // Dutch landline, area codes of two and three digits
    fc
      .tuple(fc.constantFrom("10", "20", "30", "40", "70", "318", "592", "50"), digits(7))
      .map(([area, d]) => {
        const n = join(d).slice(0, 9 - area.length);
        return [`0${area}-${n}`, `0${area} ${n}`, `+31 ${area} ${n}`];
      }),
    // Belgian mobile
    fc.tuple(fc.constantFrom("470", "475", "486", "495", "498"), digits(6)).map(([p, d]) => {
      const n = join(d);
      return [
        `0${p} ${group(n, 2, " ")}`,
        `0${p}/${group(n, 2, ".")}`,
        `+32 ${p} ${group(n, 2, " ")}`,
      ];
    }),
  )
  .chain((forms) => fc.constantFrom(...forms))
  .filter((p) => {
    const parsed = parsePhoneNumberFromString(p, p.includes("/") ? "BE" : "NL");
    return parsed?.isValid() === true;
  });

// ---------------------------------------------------------------- properties

const categories = (text: string) => new Set(redactor.redact(text).findings.map((f) => f.category));

/** Found as `category` and no digit of the number is left in the text. */
function foundAndGone(category: string) {
  return ({ text }: { value: string; text: string }) => {
    const res = redactor.redact(text);
    expect(
      res.findings.some((f) => f.category === category),
      text,
    ).toBe(true);
    expect(res.text, text).not.toMatch(/\d/);
  };
}

describe("identifiers in random chat text (property)", () => {
  it("every valid IBAN is found and fully redacted", () => {
    fc.assert(fc.property(inChat(ibanArb), foundAndGone("iban")));
  });

  it("every valid BSN is found and fully redacted", () => {
    fc.assert(fc.property(inChat(bsnArb), foundAndGone("national_id")));
  });

  it("every valid card number is found and fully redacted", () => {
    fc.assert(fc.property(inChat(cardArb), foundAndGone("card")));
  });

  it("every valid phone number is found and fully redacted", () => {
    fc.assert(fc.property(inChat(phoneArb), foundAndGone("phone")));
  });

  it("a BSN with a wrong check digit and no context is left alone", () => {
    const wrong = bsnArb
      .filter((b) => !b.includes("."))
      .map((b) => b.slice(0, 8) + String((Number(b[8]) + 1) % 10));
    fc.assert(
      fc.property(inChat(wrong), ({ text }) => {
        expect(categories(text).has("national_id"), text).toBe(false);
      }),
    );
  });

  it("a card number with a wrong Luhn digit and no context is left alone", () => {
    const wrong = cardArb
      .map((c) => c.replace(/\D/g, ""))
      .map((c) => c.slice(0, -1) + String((Number(c.at(-1)) + 1) % 10));
    fc.assert(
      fc.property(inChat(wrong), ({ text }) => {
        const found = categories(text);
        expect(found.has("card") || found.has("national_id") || found.has("phone"), text).toBe(
          false,
        );
      }),
    );
  });

  it("an IBAN with wrong check digits is left alone", () => {
    const wrong = ibanArb
      .map((i) => i.replace(/\s/g, ""))
      .map((i) => {
        const check = Number(i.slice(2, 4));
        return i.slice(0, 2) + String(((check - 2 + 1) % 97) + 2).padStart(2, "0") + i.slice(4);
      });
    fc.assert(
      fc.property(inChat(wrong), ({ text }) => {
        expect(categories(text).has("iban"), text).toBe(false);
      }),
    );
  });

  it("plain numbers of other lengths and no context are left alone", () => {
    const other = fc
      .integer({ min: 1, max: 9 })
      .chain((first) => fc.tuple(fc.constant(first), fc.integer({ min: 2, max: 7 })))
      .chain(([first, n]) => digits(n).map((d) => String(first) + join(d)));
    fc.assert(
      fc.property(inChat(other), ({ text }) => {
        const found = [...categories(text)].filter((c) =>
          ["phone", "iban", "card", "national_id", "ip", "postcode"].includes(c),
        );
        expect(found, text).toEqual([]);
      }),
    );
  });
});

// Fragments that reach every branch of the identifier recognizers.
const FRAGMENTS = [
  ...WORDS,
  "ik",
  "woon",
  "in",
  "Zwolle",
  "'s-Hertogenbosch",
  "Den",
  "Haag",
  "uit",
  "van",
  "klant",
  "Kees",
  "Mark",
  "mevrouw",
  "t.n.v.",
  "J.",
  "de",
  "Vries",
  "heet",
  "groetjes",
  "geboren",
  "op",
  "12",
  "maart",
  "1961",
  "12-03-1968",
  "06-12",
  "34",
  "+31",
  "(0)6",
  "0031",
  "NL91",
  "ABNA",
  "0417",
  "1643",
  "00",
  "4111",
  "1111",
  "bsn",
  "123456782",
  "85.07.30-033.28",
  "192.168.1.1",
  "2001:db8::1",
  "::",
  ":",
  "@",
  "@lisa_x",
  "snap:",
  "insta",
  "is",
  "Dorpsstraat",
  "12a",
  "bus",
  "3512",
  "JE",
  "(8000)",
  ",",
  ".",
  "(",
  ")",
  "-",
  "/",
  "'",
  "\n",
  "€",
  "12,50",
  "20:30",
];

describe("identifier recognizers on arbitrary text (property)", () => {
  it("never fail, on chat-like fragments or on any string", () => {
    const chatLike = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).chain((parts) =>
      fc
        .array(fc.constantFrom(" ", "", ", "), {
          minLength: parts.length,
          maxLength: parts.length,
        })
        .map((seps) => parts.map((p, k) => p + seps[k]).join("")),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          chatLike,
          fc.string({ maxLength: 80 }),
          fc.string({ unit: "binary", maxLength: 40 }),
        ),
        (text) => {
          expect(redactor.redact(text).report.failedClosed, JSON.stringify(text)).not.toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
