import { describe, expect, it } from "vitest";
import { conversationReportSchema, createRedactor } from "../../src/index.js";

// Sentences written for these tests; none is taken from the evaluation corpus.
describe("redactConversation: cues add up over messages", () => {
  const redactor = createRedactor();

  it("reports vulnerability when no single message does, with the contributing messages", () => {
    const messages = [
      "goedemorgen! ik ben weduwnaar, al een hele tijd",
      "hoe was je weekend? het weer was mooi hier",
      "ik woon alleen in een groot huis",
      "ik ben 80 geworden in mei",
      "ik schrijf je morgen weer",
    ];
    for (const m of messages) {
      expect(redactor.redact(m).report.signals.map((s) => s.signal)).not.toContain("vulnerability");
    }
    const { report } = redactor.redactConversation(messages);
    expect(() => conversationReportSchema.parse(report)).not.toThrow();
    const v = report.signals.find((s) => s.signal === "vulnerability");
    expect(v).toBeDefined();
    expect(v!.messages).toEqual([0, 2, 3]);
    expect(report.risk).toBe("high");
    expect(report.summary).toContain("vulnerability");
  });

  it("works across languages in one conversation", () => {
    const { report } = redactor.redactConversation([
      "I'm a widower, two years now",
      { text: "ik woon helemaal alleen", language: "nl" },
      "I'm 84 next month, can you believe it",
    ]);
    expect(report.signals.find((s) => s.signal === "vulnerability")?.messages).toEqual([0, 1, 2]);
  });

  it("counts the same cue once, however often it is repeated", () => {
    const { report } = redactor.redactConversation([
      "ik woon alleen",
      "ik woon alleen, zei ik al",
      "ja ik woon alleen hoor",
    ]);
    expect(report.signals.map((s) => s.signal)).not.toContain("vulnerability");
  });

  it("keeps per-message signals and lists the messages that reported them", () => {
    const { messages, report } = redactor.redactConversation([
      "hoi, hoe gaat het?",
      "zullen we zaterdag afspreken?",
      "ben jij wel echt?",
    ]);
    expect(messages[1]!.report.signals.map((s) => s.signal)).toContain("meeting");
    expect(report.signals.find((s) => s.signal === "meeting")?.messages).toEqual([1]);
    expect(report.signals.find((s) => s.signal === "authenticity")?.messages).toEqual([2]);
  });

  it("puts no raw text in the conversation report", () => {
    const { report } = redactor.redactConversation([
      "ik ben weduwnaar",
      "ik woon alleen in Apeldoorn",
      "ik ben 82",
    ]);
    const json = JSON.stringify(report);
    for (const word of ["weduwnaar", "alleen", "Apeldoorn", "82"]) expect(json).not.toContain(word);
  });

  it("adds up despair over messages into a crisis", () => {
    const messages = ["ik kan niet meer, echt niet", "niemand zou me missen"];
    for (const m of messages) {
      expect(redactor.redact(m).report.signals.map((s) => s.signal)).not.toContain("crisis");
    }
    const { report } = redactor.redactConversation(messages);
    expect(report.signals.find((s) => s.signal === "crisis")?.messages).toEqual([0, 1]);
    expect(report.risk).toBe("critical");
  });

  it("does not add up intents: a meeting must be proposed in one message", () => {
    const { report } = redactor.redactConversation([
      "ik zit de hele dag op instagram",
      "wat doe je vanavond?",
      "ik ben alleen thuis",
    ]);
    expect(report.signals.map((s) => s.signal)).not.toContain("meeting");
  });

  it("leaves a conversation without cues alone", () => {
    const { report } = redactor.redactConversation([
      "goedemorgen, lekker geslapen?",
      "ik ga zo boodschappen doen",
      "tot straks!",
    ]);
    expect(report.signals).toEqual([]);
  });
});
