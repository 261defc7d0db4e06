// A deterministic stream of chat messages for the benchmark: Dutch and
// English small talk, messages with identifiers, and messages that reveal a
// special category, built from templates written for the benchmark (not taken
// from the evaluation corpus). The same seed always gives the same messages.
//
//   import { chatStream, longMessage } from "./stream.mjs";
//   const messages = chatStream(100_000, 42);      // string[]
//   const oneMegabyte = longMessage(1_000_000, 7);  // one string of about that many UTF-16 units

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  "Henk",
  "Marja",
  "Sanne",
  "Pieter",
  "Fatima",
  "Joost",
  "Anouk",
  "Mohamed",
  "Els",
  "Kees",
  "Emma",
  "Liam",
  "Olivia",
  "James",
  "Sophie",
  "Daan",
];
const LAST = [
  "de Boer",
  "Jansen",
  "Visser",
  "Bakker",
  "van Dijk",
  "Smit",
  "Meijer",
  "Mulder",
  "Brown",
  "Taylor",
  "Wilson",
];
const CITY = [
  "Apeldoorn",
  "Zwolle",
  "Utrecht",
  "Groningen",
  "Tilburg",
  "Leeuwarden",
  "Breda",
  "Amersfoort",
  "Antwerpen",
  "Gent",
  "London",
  "Leeds",
];
const STREET = [
  "Dorpsstraat",
  "Kerkweg",
  "Molenlaan",
  "Stationsplein",
  "Beukenlaan",
  "Schoolstraat",
  "High Street",
  "Church Road",
];
const EMOJI = ["😘", "😂", "❤️", "😍", "🙈", "👍", "😔", "🥰", "😉", "🤔", "👨‍👩‍👧", "🏳️‍🌈", ""];
const DAY = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
const WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

const PLAIN_NL = [
  "hoi schat, hoe was je dag? {e}",
  "haha jij bent echt grappig {e}",
  "ik heb net gegeten, lekker pasta gemaakt",
  "wat ga je dit weekend doen?",
  "het regent hier al de hele dag, echt balen",
  "goedemorgen lieverd {e} lekker geslapen?",
  "ik moet zo naar mijn werk, spreek je vanavond",
  "heb je die film al gezien? ik vond hem prachtig",
  "mijn kleinzoon kwam vandaag langs met taart",
  "{d} ga ik fietsen als het droog blijft",
  "ik word gek van die buren met hun muziek haha",
  "jij bent de enige die me echt begrijpt {e}",
  "zullen we straks nog even bellen?",
  "ik heb zin in een kopje koffie en een goed gesprek",
  "sorry dat ik zo laat reageer, druk gehad",
];
const PLAIN_EN = [
  "hey you, how was your day? {e}",
  "lol you always make me laugh {e}",
  "just finished dinner, made a curry",
  "what are you up to this weekend?",
  "it has been raining all day, so boring",
  "good morning gorgeous {e} did you sleep well?",
  "gotta go to work soon, talk tonight",
  "have you seen that new series? it is brilliant",
  "my grandson visited today with a cake",
  "going for a walk on {w} if the weather holds",
  "you are the only one who really gets me {e}",
  "shall we call later?",
  "sorry for the late reply, busy day",
];
const IDENT = [
  "ik ben {f}, {a} jaar en woon in {c}",
  "mijn nummer is 06{n8}, bel me maar {e}",
  "mail me op {lf}{n2}@example.nl",
  "je kunt het overmaken naar {iban} t.n.v. {f} {l}",
  "mijn adres is {s} {n2}, {pc} {c}",
  "my name is {f} {l}, I live in {c}",
  "call me on +31 6 {n8} after six",
  "send it to {lf}.{ll}@example.com please",
  "ik zit op insta als @{lf}_{n2}",
  "geboren op {dd}-{mm}-19{n2}, dus ik ben een {w} kind",
  "mijn ip is 192.168.{n1}.{n1} zegt de helpdesk",
  "kijk even op https://www.example.nl/{lf}/{n2}",
];
const SPECIAL = [
  "ik heb suikerziekte dus ik moet elke ochtend prikken",
  "mijn vrouw heeft borstkanker gehad, het was een zware tijd",
  "ik slik antidepressiva sinds mijn scheiding {e}",
  "sinds de burn-out zit ik thuis, de psycholoog helpt wel",
  "ik ben homo en mijn familie weet het nog niet",
  "ik ga elke zondag naar de moskee met mijn vader",
  "ik ben katholiek opgevoed maar geloof niet meer zo",
  "ik stem altijd op de SP, jij?",
  "ik heb twee jaar vastgezeten voor inbraak",
  "I have diabetes and need insulin every morning",
  "my therapist says my anxiety is getting better",
  "I'm bisexual but only my sister knows",
  "I go to church every Sunday, I'm a practising Catholic",
  "my dad has Parkinson's, it's hard to watch {e}",
  "I was diagnosed with depression last year",
  "ik ben lid van de FNV sinds ik bij de bouw werk",
  "ze hebben mijn DNA getest, ik heb het BRCA-gen",
];
const SIGNAL = [
  "ben jij wel echt? of praat ik met een computer",
  "mijn begeleider leest soms mee, dat vind ik niet erg",
  "zullen we afspreken in {c}? dan trakteer ik",
  "are you a real person or a bot?",
  "add me on WhatsApp, it's easier {e}",
  "ik ben sinds vorig jaar weduwnaar en woon alleen",
];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}
function digits(r, n) {
  let s = "";
  for (let i = 0; i < n; i++) s += Math.floor(r() * 10);
  return s;
}
/** A Dutch IBAN with a valid mod-97 check: NLkk BANK 0 + nine digits. */
function iban(r) {
  const bank = pick(r, ["ABNA", "RABO", "INGB", "TRIO", "SNSB"]);
  const account = "0" + digits(r, 9);
  const letters = (s) => [...s].map((ch) => ch.charCodeAt(0) - 55).join("");
  const numeric = letters(bank) + account + letters("NL") + "00";
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  return `NL${String(98 - rem).padStart(2, "0")}${bank}${account}`;
}

function fill(r, template) {
  return template.replace(/\{(\w+)\}/g, (_, key) => {
    switch (key) {
      case "e":
        return pick(r, EMOJI);
      case "d":
        return pick(r, DAY);
      case "w":
        return pick(r, WEEKDAY);
      case "f":
        return pick(r, FIRST);
      case "l":
        return pick(r, LAST);
      case "lf":
        return pick(r, FIRST).toLowerCase();
      case "ll":
        return pick(r, LAST).replace(/\s/g, "").toLowerCase();
      case "c":
        return pick(r, CITY);
      case "s":
        return pick(r, STREET);
      case "a":
        return String(30 + Math.floor(r() * 55));
      case "n1":
        return String(1 + Math.floor(r() * 254));
      case "n2":
        return String(10 + Math.floor(r() * 89));
      case "n8":
        return digits(r, 8);
      case "dd":
        return String(1 + Math.floor(r() * 28)).padStart(2, "0");
      case "mm":
        return String(1 + Math.floor(r() * 12)).padStart(2, "0");
      case "pc":
        return `${1000 + Math.floor(r() * 8999)} ${String.fromCharCode(65 + Math.floor(r() * 26))}${String.fromCharCode(65 + Math.floor(r() * 26))}`;
      case "iban":
        return iban(r);
      default:
        return key;
    }
  });
}

/**
 * One message: 1 to 3 sentences. About 60% small talk only, 20% with an
 * identifier, 15% with a special category, 5% with an operator signal.
 */
export function chatMessage(r) {
  const x = r();
  const plain = () => fill(r, pick(r, r() < 0.6 ? PLAIN_NL : PLAIN_EN));
  let core;
  if (x < 0.6) core = plain();
  else if (x < 0.8) core = fill(r, pick(r, IDENT));
  else if (x < 0.95) core = fill(r, pick(r, SPECIAL));
  else core = fill(r, pick(r, SIGNAL));
  const n = r();
  if (n < 0.5) return core;
  if (n < 0.85) return `${core}. ${plain()}`;
  return `${plain()}. ${core}. ${plain()}`;
}

/** `count` messages from `seed`. */
export function chatStream(count, seed = 42) {
  const r = rng(seed);
  const out = new Array(count);
  for (let i = 0; i < count; i++) out[i] = chatMessage(r);
  return out;
}

/** One long message of `length` UTF-16 units: chat messages joined by newlines. */
export function longMessage(length, seed = 7) {
  const r = rng(seed);
  const parts = [];
  let size = 0;
  while (size < length) {
    const m = chatMessage(r);
    parts.push(m);
    size += m.length + 1;
  }
  const text = parts.join("\n").slice(0, length);
  // Never end on half of a surrogate pair.
  return /[\uD800-\uDBFF]$/.test(text) ? text.slice(0, -1) + " " : text;
}
