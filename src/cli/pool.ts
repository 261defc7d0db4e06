import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { RedactorOptions } from "../options/schema.js";
import type { Format } from "./record.js";
import type { WorkerResult, WorkerTask } from "./worker.js";

const BATCH = 64;

/**
 * A worker_threads pool (piscina) that redacts batches of records and hands
 * results back in input order: batches are queued in order and only the
 * oldest finished ones are released. At most `4 × threads` batches are in
 * flight, so reading waits for slow workers (bounded memory).
 */
export class WorkerPool {
  private readonly piscina: Piscina;
  private readonly inFlight: Promise<WorkerResult>[] = [];
  private batch: WorkerTask["records"][number][] = [];
  private readonly maxInFlight: number;

  constructor(
    threads: number,
    private readonly options: RedactorOptions,
    private readonly format: Format,
  ) {
    const n = Math.max(1, Math.min(threads, availableParallelism() * 4));
    this.piscina = new Piscina({
      filename: new URL("./cli-worker.js", import.meta.url).href,
      minThreads: n,
      maxThreads: n,
    });
    this.maxInFlight = n * 4;
  }

  /** Add a record; returns the finished batches that are next in order. */
  async push(record: WorkerTask["records"][number]): Promise<WorkerResult[]> {
    this.batch.push(record);
    if (this.batch.length < BATCH) return [];
    this.submit();
    const out: WorkerResult[] = [];
    while (this.inFlight.length >= this.maxInFlight) out.push(await this.inFlight.shift()!);
    return out;
  }

  /** Submit the last partial batch and wait for everything, in order. */
  async drain(): Promise<WorkerResult[]> {
    if (this.batch.length > 0) this.submit();
    const out: WorkerResult[] = [];
    while (this.inFlight.length > 0) out.push(await this.inFlight.shift()!);
    return out;
  }

  close(): Promise<void> {
    return this.piscina.destroy();
  }

  private submit(): void {
    const task: WorkerTask = { options: this.options, format: this.format, records: this.batch };
    this.inFlight.push(this.piscina.run(task) as Promise<WorkerResult>);
    this.batch = [];
  }
}
