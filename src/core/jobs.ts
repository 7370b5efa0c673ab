/**
 * Long work in chunks that each fit in one Apps Script execution (6 minutes at most).
 *
 * A job is a list of work items, processed a chunk at a time. Chunks only compute: what they
 * produce is added to the job's partial outputs, which are saved with the job between
 * executions, and the sheet is written once, by the host, when every chunk is done. A job
 * that stops (the clock ran out, an error, a quota) has therefore written nothing: a sheet is
 * never left half-written. The cursor only moves forward, past a chunk once its outputs are
 * kept, so no item is processed twice.
 *
 * The runner is host-free: it is handed a clock and a time budget, and returns the state to
 * save; the host keeps the state and continues from a trigger.
 */

/** What is saved between executions. */
export interface JobState<P> {
  id: string;
  kind: string;
  /** The index of the next item to process. */
  cursor: number;
  /** Items processed so far. */
  done: number;
  total: number;
  /** When the job started, ISO 8601. */
  started: string;
  /** The longest chunk so far, in ms: a chunk is started only when one that long still fits. */
  longestChunkMs: number;
  /** What the chunks so far produced, kept for the final write. */
  partial: P;
}

/** Processes items `from` (included) to `to` (excluded) and returns the partial outputs grown. */
export type ChunkWork<P> = (from: number, to: number, partial: P) => P;

export interface RunOptions<P> {
  /** Milliseconds since any fixed point; the runner only subtracts two readings. */
  clock: () => number;
  /** How long this execution may spend on chunks, counted from `since`. */
  budgetMs: number;
  /** When the execution began (a clock reading); default the runner's first reading. */
  since?: number;
  /** Items per chunk. */
  chunkSize: number;
  /** Called after each chunk with the state reached, e.g. to save it. */
  checkpoint?: (state: JobState<P>) => void;
}

export interface RunOutcome<P> {
  state: JobState<P>;
  /** Every item is processed: the final write may happen. */
  complete: boolean;
  /** Chunks processed by this call. */
  chunks: number;
}

/** A fresh job over `total` items, nothing done yet. */
export function newJob<P>(
  id: string,
  kind: string,
  total: number,
  started: Date,
  partial: P,
): JobState<P> {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`not a count of items: ${total}`);
  return {
    id,
    kind,
    cursor: 0,
    done: 0,
    total,
    started: started.toISOString(),
    longestChunkMs: 0,
    partial,
  };
}

/** Whether every item of a job has been processed. */
export function isComplete(state: JobState<unknown>): boolean {
  return state.cursor >= state.total;
}

/**
 * Runs chunks until the job is complete or the next chunk might not fit in the budget: after
 * the first chunk of a call, a chunk starts only when the time left is at least the longest
 * chunk seen so far. The first runs whenever time is left, so every execution makes progress.
 * Returns the state to save; the input state is not changed. When `work` throws, the error
 * propagates and the chunk counts as not done.
 */
export function runChunks<P>(
  state: JobState<P>,
  work: ChunkWork<P>,
  options: RunOptions<P>,
): RunOutcome<P> {
  if (!(options.chunkSize >= 1)) throw new RangeError(`chunk size ${options.chunkSize}`);
  const since = options.since ?? options.clock();
  let current = { ...state };
  let chunks = 0;

  while (!isComplete(current)) {
    const started = options.clock();
    const left = options.budgetMs - (started - since);
    if (left <= 0 || (chunks > 0 && left < current.longestChunkMs)) break;

    const from = current.cursor;
    const to = Math.min(current.total, from + Math.floor(options.chunkSize));
    const partial = work(from, to, current.partial);
    const took = Math.max(0, options.clock() - started);
    current = {
      ...current,
      cursor: to,
      done: current.done + (to - from),
      longestChunkMs: Math.max(current.longestChunkMs, took),
      partial,
    };
    chunks += 1;
    options.checkpoint?.(current);
  }
  return { state: current, complete: isComplete(current), chunks };
}

/** How far a job is, for a progress bar: whole percent, 100 only when complete. */
export function percentDone(state: Pick<JobState<unknown>, 'done' | 'total'>): number {
  if (state.total <= 0) return 100;
  const percent = Math.floor((state.done / state.total) * 100);
  return state.done >= state.total ? 100 : Math.min(99, percent);
}
