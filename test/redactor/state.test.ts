import { describe, expect, it } from "vitest";
import { conversationStateSchema, createRedactor, RedactError } from "../../src/index.js";

const key = "ab".repeat(32);

describe("conversation state", () => {
  it("exports a JSON state without raw values and continues numbering from it", () => {
    const r = createRedactor({ policy: "research", key });
    const first = r.redactConversation([
      "Ik ben Anouk Visser, anouk.visser@example.nl",
      "Mijn broer Daan Visser belt je op 06-87654321",
    ]);
    const json = JSON.stringify(first.state);
    for (const raw of ["Anouk", "anouk", "Daan", "visser", "87654321", "example"])
      expect(json.toLowerCase()).not.toContain(raw.toLowerCase());
    expect(conversationStateSchema.parse(JSON.parse(json))).toEqual(first.state);

    // Later, another process with the same key continues the conversation.
    const later = createRedactor({ policy: "research", key }).redactConversation(
      ["Daan Visser weer, en ook Lotte Smit: anouk.visser@example.nl"],
      { state: JSON.parse(json) },
    );
    expect(later.messages[0]!.text).toBe("[NAME_2] weer, en ook [NAME_3]: [EMAIL_1]");
    expect(later.state.counters.name).toBe(3);
  });

  it("works message by message and without a key (a per-conversation secret)", () => {
    const r = createRedactor({ policy: "research" });
    const conv = r.conversation();
    expect(conv.redact("mail: a.b@example.org").text).toBe("mail: [EMAIL_1]");
    expect(conv.redact({ text: "ander adres c.d@example.org", language: "nl" }).text).toBe(
      "ander adres [EMAIL_2]",
    );
    const state = conv.state();
    expect(state.keyId).toBeNull();
    expect(state.salt).toMatch(/^[\w-]{43}$/);
    const again = r.conversation(JSON.parse(JSON.stringify(state)));
    expect(again.redact("terug naar a.b@example.org").text).toBe("terug naar [EMAIL_1]");
    // Two conversations never share a map.
    expect(r.conversation().redact("c.d@example.org").text).toBe("[EMAIL_1]");
  });

  it("refuses a state made with another key or a malformed one", () => {
    const state = createRedactor({ policy: "research", key }).redactConversation(["x@y.nl"]).state;
    const other = createRedactor({ policy: "research", key: "cd".repeat(32) });
    expect(() => other.conversation(state)).toThrow(RedactError);
    try {
      other.conversation(state);
    } catch (e) {
      expect((e as RedactError).code).toBe("INVALID_KEY");
    }
    try {
      other.conversation({ version: 2 } as never);
    } catch (e) {
      expect((e as RedactError).code).toBe("INVALID_INPUT");
    }
    expect.assertions(3);
  });
});
