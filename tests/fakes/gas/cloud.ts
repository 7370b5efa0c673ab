import { assertAllowed } from './auth-mode';
import type { AuthModeName } from './auth-mode';

/** One run of the script: whose it is and which authorization mode it runs in. */
export interface Execution {
  readonly id: number;
  user: string;
  authMode: AuthModeName;
}

/** Settings every fake service reads, with the defaults already applied. */
export interface CloudSettings {
  timeZone: string;
  scriptTimeZone: string;
  locale: string;
  userLocale: string;
  owner: string;
  editors: string[];
  addOn: boolean;
  addOnName: string;
  coerceStrings: boolean;
  htmlDir: string;
  mailQuota: number;
  spreadsheetId: string;
  spreadsheetName: string;
  scriptId: string;
}

/** The clock a fresh fake starts on when no `now` option is given: Monday 9:00 in Shanghai. */
export const DEFAULT_NOW = '2025-01-06T09:00:00+08:00';

/**
 * What the Google side shares across services: the clock, the running execution, the call
 * counters and the log.
 */
export class FakeCloud {
  readonly calls: Record<string, number> = {};
  readonly logs: string[] = [];
  execution: Execution;
  private clock: () => Date;
  private waitedMs = 0;
  private readonly sequences = new Map<string, number>();
  private readonly endHooks: Array<(ended: Execution) => void> = [];

  constructor(
    readonly settings: CloudSettings,
    user: string,
    authMode: AuthModeName,
    clock: () => Date,
  ) {
    this.clock = clock;
    this.execution = { id: this.next('execution'), user, authMode };
    this.meet(user);
  }

  /** The fake time: the clock plus whatever sleeps and lock waits have passed. */
  now(): Date {
    return new Date(this.clock().getTime() + this.waitedMs);
  }

  /** Lets fake time pass without really waiting. */
  advance(ms: number): void {
    this.waitedMs += Math.max(0, ms);
  }

  /** Replaces the clock; time waited so far is forgotten, the new clock is the truth. */
  setClock(clock: () => Date): void {
    this.clock = clock;
    this.waitedMs = 0;
  }

  /** The next number of a named sequence, starting at 1: ids are deterministic. */
  next(sequence: string): number {
    const value = (this.sequences.get(sequence) ?? 0) + 1;
    this.sequences.set(sequence, value);
    return value;
  }

  /** The email of whoever runs the current execution ('' when Google does not say). */
  get user(): string {
    return this.execution.user;
  }

  /** Counts one service call, refuses it when the authorization mode forbids it, then runs it. */
  call<T>(service: string, method: string, run: () => T): T {
    const key = `${service}.${method}`;
    this.calls[key] = (this.calls[key] ?? 0) + 1;
    assertAllowed(this.execution.authMode, service, method);
    return run();
  }

  /** Runs `fn` as a separate execution of `user`, which ends (and drops its locks) with fn. */
  runAs<T>(user: string, fn: () => T): T {
    const previous = this.execution;
    const execution: Execution = { id: this.next('execution'), user, authMode: previous.authMode };
    this.meet(user);
    this.execution = execution;
    try {
      return fn();
    } finally {
      this.execution = previous;
      for (const hook of this.endHooks) hook(execution);
    }
  }

  /** Registers what must happen when an execution ends (locks are released, for one). */
  whenExecutionEnds(hook: (ended: Execution) => void): void {
    this.endHooks.push(hook);
  }

  /** Anyone who runs the add-on in the spreadsheet can edit it, so they join its editors. */
  meet(user: string): void {
    if (user !== '' && !this.settings.editors.includes(user)) this.settings.editors.push(user);
  }
}
