import { describe, expect, it } from "vitest";
import { createRedactor, CATEGORIES } from "../../src/index.js";
import { CATEGORY_STYLES } from "../../src/view/categories.js";
import { renderHighlightedText } from "../../src/view/highlight.js";

const marks = (html: string): string[] =>
  [...html.matchAll(/<mark class="hl" data-categories="([^"]*)"/g)].map((m) => m[1]!);

describe("renderHighlightedText", () => {
  it("wraps every redacted region in a mark with its category and label", () => {
    const r = createRedactor().redact("Ik heb diabetes en bel me op 06-12345678");
    const html = renderHighlightedText(r);
    expect(marks(html)).toEqual(["health", "phone"]);
    expect(html).toContain(
      `<span class="hl-text">[HEALTH]</span><span class="hl-label">Health</span>`,
    );
    expect(html).toContain(`style="--hl:${CATEGORY_STYLES.phone.color}"`);
    expect(html.replace(/<[^<>]*>/g, "")).toBe(
      r.text.replace("[HEALTH]", "[HEALTH]Health").replace("[PHONE]", "[PHONE]Phone"),
    );
  });

  it("never contains the raw text, even when the redactor was asked for values", () => {
    const r = createRedactor({ includeValues: true }).redact(
      "My wife had breast cancer; mail me at pete.walker@example.co.uk",
    );
    expect(r.findings.some((f) => f.value !== undefined)).toBe(true);
    const html = renderHighlightedText(r);
    for (const raw of ["breast cancer", "cancer", "pete.walker", "example.co.uk"])
      expect(html).not.toContain(raw);
    expect(html).toContain("about someone else");
  });

  it("escapes markup in the message", () => {
    const r = createRedactor().redact(
      `<script>alert("x")</script> & ik slik <b>antidepressiva</b>`,
    );
    const html = renderHighlightedText(r);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;");
    expect(marks(html)).toEqual(["mental"]);
  });

  it("has a colour and a label for every category", () => {
    for (const c of CATEGORIES) {
      expect(CATEGORY_STYLES[c].label.length).toBeGreaterThan(0);
      expect(CATEGORY_STYLES[c].color).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(new Set(CATEGORIES.map((c) => CATEGORY_STYLES[c].color)).size).toBe(CATEGORIES.length);
  });
});
