import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import type { ConversationState } from "../../src/index.js";
import { createRedactStream, type RedactedRecord } from "../../src/stream/index.js";

describe("createRedactStream", () => {
  it("redacts records in order and keeps one pseudonym map per conversation", async () => {
    const input = [
      { id: 1, conversation: "a", text: "Ik ben Sanne Bakker" },
      { id: 2, conversation: "b", text: "Ik ben Eva Jansen" },
      "mail: x@example.nl",
      { id: 4, conversation: "a", text: "Eva Jansen is mijn zus, ik ben Sanne Bakker" },
      { id: 5, conversation: "b", text: "groet, Eva Jansen" },
    ];
    const out: RedactedRecord[] = [];
    const stream = createRedactStream({ policy: "research" });
    await pipeline(
      Readable.from(input),
      stream,
      new Writable({
        objectMode: true,
        write(rec: RedactedRecord, _e, done) {
          out.push(rec);
          done();
        },
      }),
    );
    expect(out.map((r) => r.text)).toEqual([
      "Ik ben [NAME_1]",
      "Ik ben [NAME_1]",
      "mail: [EMAIL_1]",
      "[NAME_2] is mijn zus, ik ben [NAME_1]",
      "groet, [NAME_1]",
    ]);
    expect(out[0]).toMatchObject({ id: 1, conversation: "a" });
    expect(out[0]!.report.categories.name).toBe(1);
    expect([...stream.states().keys()].sort()).toEqual(["a", "b"]);
  });

  it("respects back-pressure: a slow consumer holds the producer back", async () => {
    const total = 400;
    let produced = 0;
    let maxAhead = 0;
    let consumed = 0;
    const source = new Readable({
      objectMode: true,
      highWaterMark: 4,
      read() {
        if (produced === total) return void this.push(null);
        produced++;
        this.push({
          id: produced,
          text: `bericht ${produced}: mail mij op user${produced}@example.nl`,
        });
      },
    });
    const ids: number[] = [];
    const slow = new Writable({
      objectMode: true,
      highWaterMark: 2,
      write(rec: RedactedRecord, _e, done) {
        consumed++;
        maxAhead = Math.max(maxAhead, produced - consumed);
        ids.push(rec.id as number);
        expect(rec.text).toBe(`bericht ${rec.id}: mail mij op [EMAIL]`);
        setTimeout(done, 1);
      },
    });
    await pipeline(source, createRedactStream(), slow);
    expect(ids).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    // Only the buffers' high-water marks worth of records is ever ahead of the consumer.
    expect(maxAhead).toBeLessThan(60);
  });

  it("hands evicted conversation states out and continues them when the id returns", async () => {
    const stored = new Map<string, ConversationState>();
    const stream = createRedactStream({
      policy: "research",
      maxConversations: 1,
      onConversationEvicted: (id, state) => stored.set(id, state),
      loadConversation: (id) => stored.get(id),
    });
    const out: string[] = [];
    await pipeline(
      Readable.from([
        { conversation: "a", text: "mail p@example.nl en q@example.nl" },
        { conversation: "b", text: "mail r@example.nl" },
        { conversation: "a", text: "nog eens q@example.nl" },
      ]),
      stream,
      new Writable({
        objectMode: true,
        write(rec: RedactedRecord, _e, done) {
          out.push(rec.text);
          done();
        },
      }),
    );
    expect(out).toEqual(["mail [EMAIL_1] en [EMAIL_2]", "mail [EMAIL_1]", "nog eens [EMAIL_2]"]);
    expect([...stored.keys()].sort()).toEqual(["a", "b"]);
  });

  it("fails the stream on a record without text", async () => {
    await expect(
      pipeline(
        Readable.from([{ id: 1 }]),
        createRedactStream(),
        new Writable({ objectMode: true, write: (_r, _e, d) => d() }),
      ),
    ).rejects.toThrow(/string "text"/);
  });
});
