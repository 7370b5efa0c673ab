import { isComplete, newJob, percentDone, runChunks } from '../../src/core/jobs';
import type { JobState } from '../../src/core/jobs';

/** A clock that moves only when work is done: each item costs `msPerItem`. */
function workClock(msPerItem: number) {
  let now = 0;
  return {
    clock: () => now,
    spend: (items: number) => (now += items * msPerItem),
  };
}

/** A job over items 0…n-1 whose partial output lists the items it processed. */
function squaresJob(total: number): JobState<number[]> {
  return newJob('job-1', 'squares', total, new Date('2026-12-01T00:00:00Z'), []);
}

describe('the job runner', () => {
  it('stops before the budget runs out and picks up where it stopped, doing each item once', () => {
    const time = workClock(100);
    const work = (from: number, to: number, partial: number[]) => {
      time.spend(to - from);
      const next = [...partial];
      for (let i = from; i < to; i += 1) next.push(i * i);
      return next;
    };

    // 10 items a chunk cost 1 s; 3.5 s of budget hold three chunks, not a fourth.
    const first = runChunks(squaresJob(95), work, {
      clock: time.clock,
      budgetMs: 3_500,
      chunkSize: 10,
    });
    expect(first.complete).toBe(false);
    expect(first.chunks).toBe(3);
    expect(first.state.cursor).toBe(30);
    expect(first.state.done).toBe(30);
    expect(time.clock()).toBeLessThanOrEqual(3_500);

    let state = first.state;
    let executions = 1;
    while (!isComplete(state)) {
      state = runChunks(state, work, { clock: time.clock, budgetMs: 3_500, chunkSize: 10 }).state;
      executions += 1;
    }
    expect(executions).toBe(4);
    expect(state.partial).toEqual(Array.from({ length: 95 }, (_, i) => i * i));
  });

  it('saves after every chunk when asked, so a crash loses at most the chunk it was in', () => {
    const time = workClock(1);
    const saved: number[] = [];
    runChunks(squaresJob(25), (_from, to, partial) => (time.spend(10), [...partial, to]), {
      clock: time.clock,
      budgetMs: 1_000,
      chunkSize: 10,
      checkpoint: (state) => saved.push(state.cursor),
    });
    expect(saved).toEqual([10, 20, 25]);
  });

  it('keeps the state as it was before a chunk that fails', () => {
    const state = squaresJob(30);
    const failing = (from: number) => {
      if (from === 10) throw new Error('quota');
      return [from];
    };
    expect(() => runChunks(state, failing, { clock: () => 0, budgetMs: 1, chunkSize: 10 })).toThrow(
      'quota',
    );
    expect(state.cursor).toBe(0);
  });

  it('runs one chunk in a fresh execution even after a chunk longer than the budget', () => {
    const time = workClock(1_000);
    const work = (from: number, to: number) => (time.spend(to - from), [to]);
    const slow = { ...squaresJob(20), longestChunkMs: 10_000 };
    const outcome = runChunks(slow, work, { clock: time.clock, budgetMs: 5_000, chunkSize: 10 });
    expect(outcome.chunks).toBe(1);
    expect(outcome.state.cursor).toBe(10);
  });

  it('starts no chunk once the execution has used its budget on other things', () => {
    const outcome = runChunks(squaresJob(5), () => [1], {
      clock: () => 60_000,
      since: 0,
      budgetMs: 45_000,
      chunkSize: 10,
    });
    expect(outcome.chunks).toBe(0);
    expect(outcome.state.cursor).toBe(0);
  });

  it('is complete at once for a job with nothing to do', () => {
    const outcome = runChunks(squaresJob(0), () => [1], {
      clock: () => 0,
      budgetMs: 1,
      chunkSize: 1,
    });
    expect(outcome.complete).toBe(true);
    expect(outcome.chunks).toBe(0);
  });

  it('shows progress in whole percent, and 100 only at the end', () => {
    expect(percentDone({ done: 0, total: 3 })).toBe(0);
    expect(percentDone({ done: 1, total: 3 })).toBe(33);
    expect(percentDone({ done: 1999, total: 2000 })).toBe(99);
    expect(percentDone({ done: 2000, total: 2000 })).toBe(100);
    expect(percentDone({ done: 0, total: 0 })).toBe(100);
  });
});
