import { describe, expect, it } from "vitest";
import { RedactError } from "../../src/index.js";
import { checkName, quote } from "../../src/sweep/identifiers.js";
import { describeDb, parseDbUrl } from "../../src/sweep/url.js";

describe("sweep --db URLs", () => {
  it("reads SQLite paths in their usual spellings", () => {
    expect(parseDbUrl("sqlite:data/logbook.db")).toEqual({
      kind: "sqlite",
      path: "data/logbook.db",
    });
    expect(parseDbUrl("sqlite:///var/lib/chat.sqlite")).toEqual({
      kind: "sqlite",
      path: "/var/lib/chat.sqlite",
    });
    expect(parseDbUrl("file:x.db")).toEqual({ kind: "sqlite", path: "x.db" });
    expect(parseDbUrl("logbook.sqlite3")).toEqual({ kind: "sqlite", path: "logbook.sqlite3" });
  });

  it("passes PostgreSQL URLs through and hides the password when describing them", () => {
    const url = "postgres://op:s3cret@db.internal:5432/logbook";
    expect(parseDbUrl(url)).toEqual({ kind: "postgres", url });
    expect(parseDbUrl("postgresql://op@localhost/logbook").kind).toBe("postgres");
    expect(describeDb(parseDbUrl(url))).toBe("postgres://op:***@db.internal:5432/logbook");
  });

  it("refuses other schemes, empty paths and in-memory databases with a RedactError", () => {
    for (const bad of ["mysql://x/y", "sqlite:", "sqlite::memory:", "logbook"]) {
      expect(() => parseDbUrl(bad)).toThrow(RedactError);
    }
  });
});

describe("sweep table and column names", () => {
  it("accepts plain and schema-qualified names and quotes them", () => {
    expect(checkName("--table", "chat_messages")).toBe("chat_messages");
    expect(quote(checkName("--table", "logbook.Messages", true))).toBe('"logbook"."Messages"');
  });

  it("refuses anything that could carry SQL", () => {
    for (const bad of ['x"; DROP TABLE y; --', "a b", "1abc", "a.b.c", "", "naam-met-streepje"]) {
      expect(() => checkName("--table", bad, true)).toThrow(RedactError);
    }
    expect(() => checkName("--columns", "schema.col")).toThrow(/plain SQL name/);
  });
});

describe("sweep drivers", () => {
  it("names the optional package to install when a driver is missing", async () => {
    const { loadOptional } = await import("../../src/sweep/load.js");
    await expect(loadOptional("chat-redact-no-such-driver", "sqlite:")).rejects.toThrow(
      'sqlite: databases need the optional package "chat-redact-no-such-driver": npm install chat-redact-no-such-driver',
    );
    expect(await loadOptional("better-sqlite3", "sqlite:")).toBeTypeOf("function");
  });
});
