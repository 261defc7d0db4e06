/** GDPR Art. 9 special categories plus Art. 10 criminal data, and images. */
export const SPECIAL_CATEGORIES = [
  "health",
  "mental",
  "sexuality",
  "religion",
  "politics",
  "ethnicity",
  "union",
  "genetic",
  "biometric",
  "criminal",
  "image",
] as const;

/** Direct identifiers (GDPR Art. 4 personal data). */
export const IDENTIFIER_CATEGORIES = [
  "name",
  "email",
  "phone",
  "address",
  "postcode",
  "location",
  "iban",
  "national_id",
  "date_of_birth",
  "url",
  "handle",
  "card",
  "ip",
  // Detected only when a policy or the `categories` option asks (strict policy).
  "age",
  "place",
  // Terms of the caller's deny list without a category of their own.
  "custom",
] as const;

export const CATEGORIES = [...SPECIAL_CATEGORIES, ...IDENTIFIER_CATEGORIES] as const;

/** Message-level flags that ask an operator to act. */
export const SIGNALS = ["vulnerability", "authenticity", "meeting", "minor", "crisis"] as const;

export type SpecialCategory = (typeof SPECIAL_CATEGORIES)[number];
export type IdentifierCategory = (typeof IDENTIFIER_CATEGORIES)[number];
export type Category = (typeof CATEGORIES)[number];
export type Signal = (typeof SIGNALS)[number];

const SPECIAL_SET: ReadonlySet<string> = new Set(SPECIAL_CATEGORIES);

/** True for the GDPR Art. 9/10 categories (image counts: it may show health, sex life, ethnicity). */
export function isSpecial(category: Category): category is SpecialCategory {
  return SPECIAL_SET.has(category);
}

/** Placeholder labels used by the `tag` operator. */
export const LABELS: Record<"en" | "nl", Record<Category, string>> = {
  en: {
    health: "HEALTH",
    mental: "MENTAL",
    sexuality: "SEXUALITY",
    religion: "RELIGION",
    politics: "POLITICS",
    ethnicity: "ETHNICITY",
    union: "UNION",
    genetic: "GENETIC",
    biometric: "BIOMETRIC",
    criminal: "CRIMINAL",
    image: "IMG",
    name: "NAME",
    email: "EMAIL",
    phone: "PHONE",
    address: "ADDRESS",
    postcode: "POSTCODE",
    location: "LOCATION",
    iban: "IBAN",
    national_id: "NATIONAL_ID",
    date_of_birth: "DATE_OF_BIRTH",
    url: "URL",
    handle: "HANDLE",
    card: "CARD",
    ip: "IP",
    age: "AGE",
    place: "PLACE",
    custom: "REDACTED",
  },
  nl: {
    health: "GEZONDHEID",
    mental: "MENTAAL",
    sexuality: "SEKSUALITEIT",
    religion: "GELOOF",
    politics: "POLITIEK",
    ethnicity: "AFKOMST",
    union: "VAKBOND",
    genetic: "GENETISCH",
    biometric: "BIOMETRISCH",
    criminal: "STRAFRECHT",
    image: "AFBEELDING",
    name: "NAAM",
    email: "EMAIL",
    phone: "TELEFOON",
    address: "ADRES",
    postcode: "POSTCODE",
    location: "WOONPLAATS",
    iban: "IBAN",
    national_id: "BSN",
    date_of_birth: "GEBOORTEDATUM",
    url: "URL",
    handle: "GEBRUIKERSNAAM",
    card: "BETAALKAART",
    ip: "IP",
    age: "LEEFTIJD",
    place: "PLAATS",
    custom: "AFGESCHERMD",
  },
};
