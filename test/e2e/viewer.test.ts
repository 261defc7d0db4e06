import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  artifacts,
  launch,
  nonLocal,
  requireBuilt,
  root,
  serve,
  skipBrowser,
  type Browser,
} from "./browser.js";

const SAMPLE = join(root, "fixtures/conversation.jsonl");

describe.skipIf(skipBrowser)("logbook viewer (chat-redact view) in headless Chromium", () => {
  let browser: Browser;
  let tmp: string;
  let file: string;

  beforeAll(async () => {
    requireBuilt("dist/cli.js");
    tmp = mkdtempSync(join(tmpdir(), "chat-redact-view-"));
    file = join(tmp, "view.html");
    execFileSync(process.execPath, [
      join(root, "dist/cli.js"),
      "view",
      "--input",
      SAMPLE,
      "--output",
      file,
    ]);
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("shows the report, signals, chart and highlighted messages, and filters by category", async () => {
    const html = readFileSync(file, "utf8");
    for (const raw of ["diabetes", "06-12345678", "kees.zwolle@example.nl", "antidepressiva"])
      expect(html).not.toContain(raw);

    const { page } = browser;
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href);

    // Signals and their actions at the top.
    const signals = page.locator("#signals li.signal");
    expect(await signals.count()).toBeGreaterThanOrEqual(2);
    const signalNames = await Promise.all(
      Array.from({ length: await signals.count() }, (_, i) =>
        signals.nth(i).getAttribute("data-signal"),
      ),
    );
    expect(signalNames).toEqual(expect.arrayContaining(["authenticity", "meeting"]));
    expect(
      await page.locator('#signals li[data-signal="authenticity"] .signal-action').textContent(),
    ).toContain("honest answer");

    // Chart rows with counts.
    expect(await page.locator('#counts [data-filter="health"]').getAttribute("data-count")).toBe(
      "1",
    );
    expect(await page.locator('#counts [data-filter="phone"]').getAttribute("data-count")).toBe(
      "1",
    );

    // Highlights with categories and labels in the messages.
    const articles = page.locator("article.msg");
    expect(await articles.count()).toBe(8);
    const health = page.locator('#m-2 mark.hl[data-categories="health"]');
    expect(await health.locator(".hl-text").textContent()).toBe("[HEALTH]");
    expect(await health.locator(".hl-label").textContent()).toBe("Health");
    expect(await page.locator('#m-6 mark.hl[data-categories="phone"] .hl-text').textContent()).toBe(
      "[PHONE]",
    );
    expect(await page.locator("#filter-status").textContent()).toBe("8 of 8 messages shown");
    await page.screenshot({ path: join(artifacts, "viewer.png"), fullPage: true });

    // Filter: phone leaves one message, its e-mail highlight dimmed.
    await page.locator("#category-filter").selectOption("phone");
    expect(await page.locator("#filter-status").textContent()).toBe("1 of 8 messages shown");
    expect(await page.locator("#m-6").isVisible()).toBe(true);
    expect(await page.locator("#m-2").isVisible()).toBe(false);
    expect(await page.locator('#m-6 mark.hl[data-categories="email"]').getAttribute("class")).toBe(
      "hl dim",
    );
    expect(await page.locator('#m-6 mark.hl[data-categories="phone"]').getAttribute("class")).toBe(
      "hl",
    );

    // A chart row filters too; clicking it again shows everything.
    await page.locator('#counts [data-filter="mental"]').click();
    expect(await page.locator("#category-filter").inputValue()).toBe("mental");
    expect(await page.locator("#filter-status").textContent()).toBe("2 of 8 messages shown");
    expect(await page.locator("#m-2").isVisible()).toBe(true);
    expect(await page.locator("#m-7").isVisible()).toBe(true);
    await page.locator('#counts [data-filter="mental"]').click();
    expect(await page.locator("#filter-status").textContent()).toBe("8 of 8 messages shown");

    expect(errors).toEqual([]);
    expect(nonLocal(browser)).toEqual([]);
  }, 120_000);

  it("renders the same page served over http from 127.0.0.1 without further requests", async () => {
    const server = await serve(tmp);
    try {
      const page = await browser.context.newPage();
      const before = browser.requests.length;
      await page.goto(server.url + "view.html");
      expect(await page.locator("mark.hl").count()).toBeGreaterThan(5);
      expect(browser.requests.slice(before)).toEqual([server.url + "view.html"]);
      await page.close();
    } finally {
      await server.close();
    }
    expect(nonLocal(browser)).toEqual([]);
  }, 60_000);
});
