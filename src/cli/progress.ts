import cliProgress from "cli-progress";

/** A progress bar on stderr, by bytes of the input file. Only used on a terminal. */
export function startProgress(total: number): { update(bytes: number): void; stop(): void } {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: "redacting [{bar}] {percentage}% | {eta}s left",
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(1, total), 0);
  let last = 0;
  return {
    update(bytes) {
      if (bytes - last > 65536 || bytes >= total) {
        bar.update(Math.min(bytes, total));
        last = bytes;
      }
    },
    stop() {
      bar.update(total);
      bar.stop();
    },
  };
}
