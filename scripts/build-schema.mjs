#!/usr/bin/env node
// Writes schema/report.schema.json (JSON Schema of the message and conversation
// reports) from the zod schemas in the built library, so the file shipped in
// the package can never disagree with the code.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const lib = await import(join(root, "dist/index.js"));
const schema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://www.npmjs.com/package/chat-redact/report.schema.json",
  title: "chat-redact report",
  description: `Schema version ${lib.REPORT_SCHEMA_VERSION}. A message report, or a conversation report.`,
  anyOf: [{ $ref: "#/$defs/MessageReport" }, { $ref: "#/$defs/ConversationReport" }],
  $defs: {
    MessageReport: strip(z.toJSONSchema(lib.reportSchema)),
    ConversationReport: strip(z.toJSONSchema(lib.conversationReportSchema)),
  },
};
function strip(s) {
  delete s.$schema;
  return s;
}
mkdirSync(join(root, "schema"), { recursive: true });
writeFileSync(join(root, "schema/report.schema.json"), JSON.stringify(schema, null, 2) + "\n");
