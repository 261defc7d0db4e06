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

const dist = join(root, "dist");
const MESSAGE_START = "Ik heb sinds vorig jaar suikerziekte";
const MESSAGE_END = " en mijn nieuwe nummer is 06-12345678. Bel je me vanavond?";

describe.skipIf(skipBrowser)("playground page in headless Chromium", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    requireBuilt(
      "dist/playground/index.html",
      "dist/playground/app.global.js",
      "dist/browser/chat-redact.global.js",
    );
    server = await serve(dist);
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("redacts a Dutch message as it is typed: highlights, language and report", async () => {
    const { page } = browser;
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(server.url + "playground/");
    await page.locator("body[data-ready=true]").waitFor({ timeout: 60_000 });

    const marks = page.locator("#highlighted mark.hl");
    await page.locator("#message").pressSequentially(MESSAGE_START, { delay: 5 });
    // Debounced: the health term is highlighted before the rest is typed.
    await expect.poll(() => marks.count(), { timeout: 10_000 }).toBe(1);
    expect(await marks.first().getAttribute("data-categories")).toBe("health");

    await page.locator("#message").pressSequentially(MESSAGE_END, { delay: 5 });
    await expect.poll(() => marks.count(), { timeout: 10_000 }).toBe(2);
    expect(await marks.nth(0).getAttribute("data-categories")).toBe("health");
    expect(await marks.nth(1).getAttribute("data-categories")).toBe("phone");
    expect(await marks.nth(0).locator(".hl-text").textContent()).toBe("[HEALTH]");
    expect(await marks.nth(0).locator(".hl-label").textContent()).toBe("Health");
    expect(await marks.nth(1).locator(".hl-text").textContent()).toBe("[PHONE]");

    const shown = (await page.locator("#highlighted").textContent()) ?? "";
    expect(shown).not.toContain("suikerziekte");
    expect(shown).not.toContain("06-12345678");
    expect(shown).toContain("Ik heb sinds vorig jaar [HEALTH]");

    expect(await page.locator("#language").textContent()).toMatch(/^nl \(\d\.\d\d\)$/);
    const { report, findings } = JSON.parse((await page.locator("#report").textContent()) ?? "");
    expect(report.language.code).toBe("nl");
    expect(report.categories).toEqual({ health: 1, phone: 1 });
    expect(report.special).toBe(true);
    expect(report.risk).toBe("medium");
    expect(findings.map((f: { category: string }) => f.category)).toEqual(["health", "phone"]);
    expect(JSON.stringify(findings)).not.toContain("suikerziekte");
    expect(await page.locator("#counts [data-filter]").count()).toBe(2);

    await page.screenshot({ path: join(artifacts, "playground.png"), fullPage: true });

    // Dutch placeholders at once, without retyping.
    await page.locator("#labels").selectOption("nl");
    await expect
      .poll(() => marks.nth(0).locator(".hl-text").textContent(), { timeout: 10_000 })
      .toBe("[GEZONDHEID]");
    expect(await marks.nth(1).locator(".hl-text").textContent()).toBe("[TELEFOON]");

    expect(errors).toEqual([]);
    expect(nonLocal(browser)).toEqual([]);
    expect(browser.requests.every((u) => u.startsWith(server.url))).toBe(true);
  }, 120_000);

  it("works from disk (file://) as well", async () => {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(join(dist, "playground/index.html")).href);
    await page.locator("body[data-ready=true]").waitFor({ timeout: 60_000 });
    await page
      .locator("#message")
      .fill("I was diagnosed with diabetes, call me on +44 20 7946 0958");
    await expect
      .poll(() => page.locator("#highlighted mark.hl").count(), { timeout: 10_000 })
      .toBe(2);
    expect(await page.locator("#language").textContent()).toMatch(/^en /);
    await page.close();
    expect(nonLocal(browser)).toEqual([]);
  }, 120_000);
});
