// Shared set-up of the end-to-end tests: Debian's chromium driven by
// playwright-core, pages served from 127.0.0.1 only, every other request
// blocked and recorded.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const root = join(__dirname, "../..");
export const artifacts = join(root, "test-artifacts");
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Locally the browser tests are skipped (with a message) when chromium is
 * missing; in CI (`CI` set) they run and fail, because .ci/run installs it.
 */
export const skipBrowser = !existsSync(CHROMIUM) && !process.env.CI;
if (skipBrowser)
  console.warn(
    `e2e: skipped, ${CHROMIUM} not found (apt-get install chromium; .ci/run installs it in CI)`,
  );

/** Fail with a clear message when the build output the test needs is missing. */
export function requireBuilt(...paths: string[]): void {
  for (const p of paths) {
    if (!existsSync(join(root, p)))
      throw new Error(`e2e: ${p} is missing; run \`npm run build\` before the end-to-end tests`);
  }
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
};

/** A static file server for `dir` on 127.0.0.1 and a free port. */
export async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const base = normalize(dir + sep);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(base, path.endsWith("/") ? path + "index.html" : path));
    if (!file.startsWith(base) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the browser keeps connections alive
      }),
  };
}

export interface Browser {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every URL the pages requested. */
  readonly requests: string[];
  /** Requests that were not local and were aborted. */
  readonly blocked: string[];
  close(): Promise<void>;
}

const isLocal = (url: string): boolean => {
  const u = new URL(url);
  return (
    u.protocol === "file:" ||
    u.protocol === "data:" ||
    u.protocol === "about:" ||
    (u.protocol === "http:" && u.hostname === "127.0.0.1")
  );
};

/** Headless chromium with a fresh profile; only 127.0.0.1, file: and data: URLs load. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`e2e: ${CHROMIUM} not found; CI must install Debian's chromium (.ci/run)`);
  const profile = mkdtempSync(join(tmpdir(), "chat-redact-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const requests: string[] = [];
  const blocked: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  const page = context.pages()[0] ?? (await context.newPage());
  mkdirSync(artifacts, { recursive: true });
  return {
    page,
    context,
    requests,
    blocked,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Asserts-friendly list of requests that left the machine (should be empty). */
export function nonLocal(b: Browser): string[] {
  return [...b.blocked, ...b.requests.filter((u) => !isLocal(u))];
}
