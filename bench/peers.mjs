// The libraries the benchmark and `npm run eval` compare: chat-redact (the
// built package in dist/) and two identifier redactors from npm, each behind
// the same small interface so every library sees exactly the same messages.
//
//   const lib = await loadLibrary("openredaction");
//   const { redacted, categories } = await lib.redact("...");   // categories: scorer codes
//
// `redactFast` is what the benchmark times: the cheapest call that still does
// the library's whole job on one message (chat-redact's redact, openredaction's
// detect, redact-pii's SyncRedactor.redact). `redact` adds the mapping of the
// library's own labels to the scorer's categories, used by the evaluation.

/** Scorer identifier codes for openredaction pattern types (prefix match, longest first). */
const OPENREDACTION_TYPES = [
  ["EMAIL", "email"],
  ["NAME", "name"],
  ["PHONE", "phone"],
  ["IPV4", "ip"],
  ["IPV6", "ip"],
  ["POSTCODE", "postcode"],
  ["ZIP", "postcode"],
  ["ADDRESS", "address"],
  ["IBAN", "iban"],
  ["CREDIT_CARD", "card"],
  ["NATIONAL_INSURANCE", "national_id"],
  ["NHS_NUMBER", "national_id"],
  ["PASSPORT", "national_id"],
  ["DRIVING_LICENSE", "national_id"],
  ["SSN", "national_id"],
  ["URL", "url"],
  ["DATE_OF_BIRTH", "date_of_birth"],
  ["DOB", "date_of_birth"],
];

/** openredaction detection type → scorer category, or null when it has none. */
export function openredactionCategory(type) {
  for (const [prefix, code] of OPENREDACTION_TYPES) if (type.startsWith(prefix)) return code;
  return null;
}

/**
 * redact-pii placeholders → scorer categories. DIGITS (any run of 4+ digits),
 * USERNAME, PASSWORD and CREDENTIALS have no scorer category: the words they
 * replace still count as redacted for the leak figures, but the message gets
 * no category from them.
 */
export const REDACT_PII_PLACEHOLDERS = {
  EMAIL_ADDRESS: "email",
  PHONE_NUMBER: "phone",
  NAME: "name",
  STREET_ADDRESS: "address",
  ZIPCODE: "postcode",
  IP_ADDRESS: "ip",
  URL: "url",
  CREDIT_CARD_NUMBER: "card",
  US_SOCIAL_SECURITY_NUMBER: "national_id",
  DIGITS: null,
  USERNAME: null,
  PASSWORD: null,
  CREDENTIALS: null,
};
const PLACEHOLDER = new RegExp(`\\b(?:${Object.keys(REDACT_PII_PLACEHOLDERS).join("|")})\\b`, "g");

function countPlaceholders(text) {
  const counts = new Map();
  for (const m of text.matchAll(PLACEHOLDER)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

const distUrl = new URL("../dist/index.js", import.meta.url);

export const LIBRARIES = {
  "chat-redact": {
    label: "chat-redact",
    specifier: distUrl.href,
    create({ createRedactor }) {
      const redactor = createRedactor();
      return {
        sync: true,
        redactFast: (text) => redactor.redact(text),
        redact(text) {
          const r = redactor.redact(text);
          return {
            redacted: r.text,
            categories: [...new Set(r.findings.map((f) => f.category))],
            signals: r.report.signals.map((s) => s.signal),
            nude: r.report.nude,
            lang: r.report.language.code,
          };
        },
      };
    },
  },
  "openredaction-gdpr": {
    label: "openredaction (gdpr)",
    specifier: "openredaction",
    create({ OpenRedaction }) {
      // The GDPR compliance preset; learning off so no file under the working
      // directory (.openredaction/learnings.json) can change the results.
      const redactor = new OpenRedaction({ preset: "gdpr", enableLearning: false });
      return {
        sync: false,
        redactFast: (text) => redactor.detect(text),
        async redact(text) {
          const r = await redactor.detect(text);
          const categories = new Set();
          for (const d of r.detections) {
            const c = openredactionCategory(d.type);
            if (c !== null) categories.add(c);
          }
          return { redacted: r.redacted, categories: [...categories] };
        },
      };
    },
  },
  "redact-pii": {
    label: "redact-pii (sync)",
    specifier: "redact-pii",
    create(mod) {
      const SyncRedactor = mod.SyncRedactor ?? mod.default.SyncRedactor;
      // The local, regex-based redactor with all built-in rules; no Google DLP.
      const redactor = new SyncRedactor();
      return {
        sync: true,
        redactFast: (text) => redactor.redact(text),
        redact(text) {
          const redacted = redactor.redact(text);
          // A placeholder word counts only where the message did not already
          // contain it ("send the URL").
          const before = countPlaceholders(text);
          const categories = new Set();
          for (const [word, n] of countPlaceholders(redacted)) {
            const code = REDACT_PII_PLACEHOLDERS[word];
            if (code && n > (before.get(word) ?? 0)) categories.add(code);
          }
          return { redacted, categories: [...categories] };
        },
      };
    },
  },
};

export const LIBRARY_NAMES = Object.keys(LIBRARIES);

/**
 * Import and instantiate one library. `timing` gets the milliseconds spent
 * importing the module and constructing the redactor.
 */
export async function loadLibrary(name, timing = {}) {
  const lib = LIBRARIES[name];
  if (!lib) throw new Error(`unknown library ${name} (known: ${LIBRARY_NAMES.join(", ")})`);
  const t0 = performance.now();
  const mod = await import(lib.specifier);
  const t1 = performance.now();
  const instance = lib.create(mod);
  timing.importMs = t1 - t0;
  timing.createMs = performance.now() - t1;
  return { name, label: lib.label, ...instance };
}
