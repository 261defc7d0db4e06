/** Counts for the summary line the CLI prints on stderr at the end. */
export class Summary {
  messages = 0;
  failed = 0;
  readonly categories = new Map<string, number>();
  private readonly started = performance.now();

  addCategories(counts: Readonly<Record<string, number>>): void {
    for (const [c, n] of Object.entries(counts))
      this.categories.set(c, (this.categories.get(c) ?? 0) + n);
  }

  /** "chat-redact: 8 messages in 0.41 s (19.5 messages/s); findings: email 3, health 2" */
  line(verb = "redacted"): string {
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.messages / seconds : 0;
    const found = [...this.categories]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([c, n]) => `${c} ${n}`)
      .join(", ");
    const failed = this.failed > 0 ? `; ${this.failed} line(s) failed` : "";
    return (
      `chat-redact: ${verb} ${this.messages} message${this.messages === 1 ? "" : "s"} in ` +
      `${seconds.toFixed(2)} s (${rate.toFixed(1)} messages/s); ` +
      `findings: ${found === "" ? "none" : found}${failed}\n`
    );
  }
}

/** Findings per category of one result, for the summary. */
export function countCategories(
  findings: readonly { readonly category: string }[],
  into: Record<string, number> = {},
): Record<string, number> {
  for (const f of findings) into[f.category] = (into[f.category] ?? 0) + 1;
  return into;
}
