import type { ConversationState } from "../redactor/state.js";
import type { Conversation, Redactor } from "../redactor/types.js";

/**
 * Open conversations by id, least recently used first out. An evicted
 * conversation's state is handed to `onEvict` (to store it) and, if the id
 * comes back, continued from `load` (when given) or started afresh.
 */
export class ConversationPool {
  private readonly open = new Map<string, Conversation>();

  constructor(
    private readonly redactor: Redactor,
    private readonly max: number,
    private readonly onEvict?: (id: string, state: ConversationState) => void,
    private readonly load?: (id: string) => ConversationState | undefined,
  ) {}

  get(id: string): Conversation {
    let c = this.open.get(id);
    if (c !== undefined) {
      // Move to the most recently used end.
      this.open.delete(id);
      this.open.set(id, c);
      return c;
    }
    c = this.redactor.conversation(this.load?.(id));
    this.open.set(id, c);
    if (this.open.size > this.max) {
      const [oldId, old] = this.open.entries().next().value as [string, Conversation];
      this.open.delete(oldId);
      this.onEvict?.(oldId, old.state());
    }
    return c;
  }

  /** The state of every open conversation. */
  states(): Map<string, ConversationState> {
    return new Map([...this.open].map(([id, c]) => [id, c.state()]));
  }
}
