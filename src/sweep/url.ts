import { RedactError } from "../errors.js";

/** Where the sweeper connects: an embedded SQLite file or a PostgreSQL server. */
export type DbTarget =
  | { readonly kind: "sqlite"; readonly path: string }
  | { readonly kind: "postgres"; readonly url: string };

/**
 * Parse `--db`: `sqlite:path/to/file.db` (also `sqlite://path`, `file:path`,
 * or a bare path ending in .db/.sqlite/.sqlite3) or `postgres://…` /
 * `postgresql://…` (passed to the `pg` driver unchanged). `sqlite::memory:` is
 * refused: a sweep must write to a database that outlives the process.
 */
export function parseDbUrl(raw: string): DbTarget {
  const url = raw.trim();
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    return { kind: "postgres", url };
  }
  let path: string | null = null;
  if (url.startsWith("sqlite://")) path = url.slice("sqlite://".length);
  else if (url.startsWith("sqlite:")) path = url.slice("sqlite:".length);
  else if (url.startsWith("file:")) path = url.slice("file:".length);
  else if (!url.includes("://") && /\.(?:db|sqlite3?)$/i.test(url)) path = url;
  if (path === null) {
    throw new RedactError(
      "INVALID_OPTIONS",
      `--db must be sqlite:PATH or postgres://user:password@host:port/database, not "${raw}"`,
    );
  }
  if (path === "" || path === ":memory:") {
    throw new RedactError("INVALID_OPTIONS", "--db needs a SQLite file path (not :memory:)");
  }
  return { kind: "sqlite", path };
}

/** The URL without its password, for messages and the summary. */
export function describeDb(target: DbTarget): string {
  if (target.kind === "sqlite") return `sqlite:${target.path}`;
  try {
    const u = new URL(target.url);
    if (u.password !== "") u.password = "***";
    return u.toString();
  } catch {
    return "postgres://…";
  }
}
