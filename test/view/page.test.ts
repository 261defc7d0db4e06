import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createRedactor } from "../../src/index.js";
import { renderViewerPage } from "../../src/view/page.js";

const root = join(__dirname, "../..");
const rows = readFileSync(join(root, "fixtures/conversation.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as { id: string; role: string; text: string });
const { messages, report } = createRedactor().redactConversation(rows.map((r) => r.text));
const html = renderViewerPage({
  title: "Logbook <test>",
  source: "conversation.jsonl",
  generatedAt: "2026-11-23 18:00 UTC",
  messages: messages.map((result, i) => ({ id: rows[i]!.id, role: rows[i]!.role, result })),
  report,
});

describe("renderViewerPage", () => {
  it("is one self-contained document that cannot make network requests", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain(`http-equiv="Content-Security-Policy" content="default-src 'none';`);
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*"(?!#)/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it("holds the redacted messages and none of the sensitive text of the conversation", () => {
    for (const raw of [
      "diabetes",
      "antidepressiva",
      "naar de kerk",
      "06-12345678",
      "kees.zwolle@example.nl",
      "Zwolle",
      "Kees",
      "panic attacks",
    ])
      expect(html).not.toContain(raw);
    for (const m of messages) {
      const plain = m.text.replace(/&/g, "&amp;").split(/\[[A-Z_]+\]/);
      for (const part of plain) expect(html).toContain(part);
    }
  });

  it("puts the report, the signals with their actions and the chart at the top", () => {
    const top = html.slice(0, html.indexOf("<main>"));
    expect(top).toContain(`<span class="risk risk-${report.risk}">${report.risk}</span>`);
    expect(report.signals.map((s) => s.signal)).toEqual(
      expect.arrayContaining(["authenticity", "meeting"]),
    );
    for (const s of report.signals) {
      expect(top).toContain(`data-signal="${s.signal}"`);
      expect(top).toContain(s.action.replace(/'/g, "&#39;"));
    }
    expect(top).toContain(`<a href="#m-5">#6</a>`);
    for (const [category, n] of Object.entries(report.categories))
      expect(top).toContain(`data-filter="${category}" data-count="${n}"`);
  });

  it("lists one article per message with its categories, id, role and language", () => {
    const articles = [
      ...html.matchAll(/<article class="msg" id="m-(\d+)" data-categories="([^"]*)">/g),
    ];
    expect(articles.map((a) => a[1])).toEqual(messages.map((_, i) => String(i)));
    expect(articles[2]![2]!.split(" ").sort()).toEqual(["health", "mental"]);
    expect(articles[6]![2]!.split(" ").sort()).toEqual(["email", "phone"]);
    expect(html).toContain(
      `<span class="msg-id">c07</span> <span class="msg-role">customer</span>`,
    );
    expect(html).toMatch(/<span class="msg-lang"[^>]*>en<\/span>/);
  });

  it("offers a filter option for every category present, with its count", () => {
    const options = [...html.matchAll(/<option value="([a-z_]*)">[^<]*<\/option>/g)].map(
      (m) => m[1],
    );
    expect(options[0]).toBe("");
    expect(options.slice(1).sort()).toEqual(Object.keys(report.categories).sort());
  });

  it("escapes the title and ids", () => {
    const page = renderViewerPage({
      title: `<img src=x onerror=alert(1)>`,
      messages: [{ id: `"><script>`, result: messages[1]! }],
      report,
    });
    expect(page).not.toContain("<img");
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(page).toContain(`<span class="msg-id">&quot;&gt;&lt;script&gt;</span>`);
    expect(html).toContain("<title>Logbook &lt;test&gt;</title>");
  });
});
