import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

/** Megabytes, to one decimal. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

/**
 * Samples the process's resident memory from another thread while the main thread is busy in
 * synchronous work (a timer on the main thread would never fire). Resident memory is the
 * whole process's, so the other thread sees what the work costs.
 */
export function startRssSampler(everyMs = 2): { stop: () => Promise<number> } {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     let peak = process.memoryUsage.rss();
     const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, ${everyMs});
     parentPort.on('message', () => {
       clearInterval(timer);
       parentPort.postMessage(Math.max(peak, process.memoryUsage.rss()));
     });`,
    { eval: true },
  );
  const ready = new Promise<void>((resolve) => worker.once('online', () => resolve()));
  return {
    stop: async () => {
      await ready;
      const peak = new Promise<number>((resolve) => worker.once('message', resolve));
      worker.postMessage('stop');
      const value = await peak;
      await worker.terminate();
      return value;
    },
  };
}

/** Collects garbage when node runs with --expose-gc, so a baseline is not inflated. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

export interface Measured<T> {
  value: T;
  ms: number;
  /** Processor time of the whole process (garbage collection threads included). */
  cpuMs: number;
  /** Resident memory before the work and at its peak, in MB. */
  baselineMb: number;
  peakMb: number;
  /** Heap in use right after the work, garbage included, in MB. */
  heapAfterMb: number;
}

/** Times one synchronous piece of work and samples the memory it takes. */
export async function measure<T>(work: () => T): Promise<Measured<T>> {
  collectGarbage();
  const baseline = process.memoryUsage.rss();
  const sampler = startRssSampler();
  // The sampler thread starts before the work does.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = work();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const heapAfter = process.memoryUsage().heapUsed;
  const peak = await sampler.stop();
  return {
    value,
    ms: Math.round(ms * 10) / 10,
    cpuMs: Math.round((used.user + used.system) / 100) / 10,
    baselineMb: megabytes(baseline),
    peakMb: megabytes(Math.max(peak, baseline)),
    heapAfterMb: megabytes(heapAfter),
  };
}

/** The middle value (the lower middle of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
