import fc from "fast-check";

// Message generators for the property tests: real Dutch and English chat
// fragments that contain something to redact, filler chat, and the Unicode
// that breaks naive offset arithmetic (emoji, ZWJ sequences, combining marks,
// right-to-left text, zero-width and directional controls).

/** Fragments with something sensitive in them. */
export const SENSITIVE = [
  "ik heb suikerziekte",
  "mijn vrouw heeft borstkanker gehad",
  "ik slik antidepressiva",
  "I was diagnosed with depression",
  "ik ben homo",
  "I'm a practising Catholic",
  "ik ga naar de moskee",
  "hij heeft vastgezeten voor inbraak",
  "mail me op henk1950@example.nl",
  "bel 06-12345678",
  "call +31 6 12345678",
  "IBAN NL91ABNA0417164300",
  "ik ben Henk de Vries",
  "ik woon in Apeldoorn",
  "Dorpsstraat 12, 8011 AB Zwolle",
  "kijk op https://example.nl/foto/IMG_0815.jpg",
  "[foto]",
  "mijn ip is 192.168.1.20",
  "insta: @henkie_1950",
  "geboren op 12-03-1950",
];

/** Chat without anything to redact. */
export const FILLER = [
  "hoi schat",
  "haha",
  "wat ga je doen vanavond",
  "lekker weer vandaag",
  "how was your day",
  "love you xx",
  "tot morgen",
  "echt?",
  "ok",
];

/** Characters and sequences that change UTF-16 lengths or normalization. */
export const TRICKY = [
  "😀",
  "👨‍👩‍👧‍👦", // ZWJ family
  "🏳️‍🌈", // flag with variation selector and ZWJ
  "👍🏽", // skin-tone modifier
  "🇳🇱", // regional indicators
  "e\u0301", // e + combining acute (NFC composes it)
  "a\u0308\u0323", // stacked combining marks
  "ﬁ", // ligature (NFKC would change it, NFC does not)
  "مرحبا بك", // Arabic
  "שלום", // Hebrew
  "\u200F", // right-to-left mark
  "\u202Eabc\u202C", // right-to-left override
  "\u200B", // zero-width space
  "\u200D", // lone zero-width joiner
  "\uFEFF", // byte order mark
  "\u00A0", // no-break space
  "\uD83D", // lone high surrogate
  "\uDE00", // lone low surrogate
  "\n",
  "\t",
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SENSITIVE) },
  { weight: 2, arbitrary: fc.constantFrom(...FILLER) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
);

/** A chat message: sensitive fragments, filler and tricky Unicode, joined by spaces or not at all. */
export const chatMessage: fc.Arbitrary<string> = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.constantFrom(" ", " ", ", ", ""))
  .map(([parts, sep]) => parts.join(sep));

/** Any string at all, from any UTF-16 code units. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "binary-ascii", maxLength: 200 }),
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    maxLength: 200,
  }),
  chatMessage,
);
