// The peer part of `npm run eval`: runs the peer redactors of bench/peers.mjs
// over the labelled corpus, scores their output with the same scorer, and
// prints one table with chat-redact beside them.
//
// Peers report identifier categories only (bench/peers.mjs maps their labels
// to the scorer's codes); they have no special categories, signals, language
// or nude flag, so those are left out of their predictions and their special
// category recall is 0 by construction. Leak and over-redaction figures come
// from the redacted text alone and are comparable across all libraries.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LIBRARIES, loadLibrary } from "./peers.mjs";
import { formatTable } from "./table.mjs";

const PEERS = Object.keys(LIBRARIES).filter((n) => n !== "chat-redact");
const IDENT = [
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
];

function score(scorer, gold, pred) {
  const out = execFileSync(process.execPath, [scorer, "--gold", gold, "--pred", pred, "--json"], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  return JSON.parse(out);
}

const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : "-");

export async function comparePeers({ root, gold, scorer, pred }) {
  const messages = readFileSync(gold, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const columns = [{ label: "chat-redact", result: score(scorer, gold, pred) }];
  for (const name of PEERS) {
    const lib = await loadLibrary(name);
    const lines = [];
    for (const m of messages) {
      const { redacted, categories } = await lib.redact(m.text);
      lines.push(JSON.stringify({ id: m.id, redacted, categories }));
    }
    const file = join(root, `.eval/pred-${name}.jsonl`);
    writeFileSync(file, lines.join("\n") + "\n");
    columns.push({ label: lib.label, result: score(scorer, gold, file) });
  }

  const row = (title, get) => [title, ...columns.map((c) => f3(get(c.result)))];
  const rows = [
    row("special categories F1", (r) => r.detection.special.f1 || 0),
    row("special categories R", (r) => r.detection.special.recall),
    row("identifiers P", (r) => r.detection.identifiers.precision),
    row("identifiers R", (r) => r.detection.identifiers.recall),
    row("identifiers F1", (r) => r.detection.identifiers.f1),
    ...IDENT.map((c) => row(`  ${c} F1`, (r) => r.perCode[c]?.f1 ?? 0)),
    row("leak rate special", (r) => r.leak.special.rate),
    row("leak rate identifiers", (r) => r.leak.identifiers.rate),
    row("leak rate all", (r) => r.leak.all.rate),
    row("over-redaction outside spans", (r) => r.overRedaction.outsideSpans),
    row("over-redaction negatives", (r) => r.overRedaction.negatives),
  ];
  console.log(
    `\npeers on the same corpus (${messages.length} messages; a peer without any finding of a code scores 0)`,
  );
  console.log(formatTable(["", ...columns.map((c) => c.label)], rows));
}
