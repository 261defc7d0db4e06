import { readFileSync } from "node:fs";

let cached: string | null = null;

/**
 * The library version written into every row report. Read from the package's
 * own package.json, found by walking up from this module (the bundled CLI
 * lives in dist/, the sources in src/sweep/).
 */
export function libraryVersion(): string {
  if (cached !== null) return cached;
  for (const rel of ["../package.json", "../../package.json", "../../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "chat-redact" && typeof pkg.version === "string") {
        cached = pkg.version;
        return cached;
      }
    } catch {
      // try the next level up
    }
  }
  cached = "unknown";
  return cached;
}
