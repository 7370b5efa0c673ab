import type { FakeCloud } from './cloud';
import { GasObject } from './counting';
import type { Implements } from './counting';

/** Who holds one lock: an execution id, or null when it is free. */
export interface LockState {
  holder: number | null;
}

/** The message `waitLock` throws when the lock stays taken. */
export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';

/** The longest wait Apps Script accepts, in milliseconds. */
const MAX_WAIT_MS = 300000;

/**
 * One lock (`Lock`). Holders are executions: a `runAs` call is an execution of its own, and
 * what it holds is released when it ends. Waiting for a lock held by someone else lets fake
 * time pass instead of sleeping.
 */
export class FakeLock
  extends GasObject
  implements
    Implements<GoogleAppsScript.Lock.Lock, 'hasLock' | 'releaseLock' | 'tryLock' | 'waitLock'>
{
  readonly gasType = 'Lock';

  constructor(
    cloud: FakeCloud,
    private readonly state: LockState,
  ) {
    super(cloud);
  }

  /** Whether the running execution holds the lock. */
  hasLock(): boolean {
    return this.state.holder === this.cloud.execution.id;
  }

  /** Lets go of the lock, if the running execution holds it. */
  releaseLock(): void {
    if (this.hasLock()) this.state.holder = null;
  }

  /** Takes the lock, waiting up to timeoutInMillis; false if another execution keeps it. */
  tryLock(timeoutInMillis: number): boolean {
    if (!(timeoutInMillis >= 0) || timeoutInMillis > MAX_WAIT_MS) {
      throw new Error('Invalid argument: timeoutInMillis');
    }
    if (this.state.holder === null || this.hasLock()) {
      this.state.holder = this.cloud.execution.id;
      return true;
    }
    this.cloud.advance(timeoutInMillis);
    return false;
  }

  /** Takes the lock, waiting up to timeoutInMillis, or throws Apps Script's timeout error. */
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
}

/** Every lock of the fake: the document's and script's shared, each user's apart. */
export class LockStates {
  readonly document: LockState = { holder: null };
  readonly script: LockState = { holder: null };
  private readonly users = new Map<string, LockState>();

  /** One user's lock state. */
  user(email: string): LockState {
    let state = this.users.get(email);
    if (!state) {
      state = { holder: null };
      this.users.set(email, state);
    }
    return state;
  }

  /** Frees whatever an ended execution still held. */
  releaseAllOf(execution: number): void {
    for (const state of [this.document, this.script, ...this.users.values()]) {
      if (state.holder === execution) state.holder = null;
    }
  }
}

/** The `LockService` global. */
export class FakeLockService
  extends GasObject
  implements
    Implements<
      GoogleAppsScript.Lock.LockService,
      'getDocumentLock' | 'getScriptLock' | 'getUserLock'
    >
{
  readonly gasType = 'LockService';

  constructor(
    cloud: FakeCloud,
    private readonly states: LockStates,
  ) {
    super(cloud);
  }

  /** The lock shared by every user of this spreadsheet. */
  getDocumentLock(): FakeLock {
    return new FakeLock(this.cloud, this.states.document);
  }

  /** The lock shared by every run of the script. */
  getScriptLock(): FakeLock {
    return new FakeLock(this.cloud, this.states.script);
  }

  /** The running user's own lock. */
  getUserLock(): FakeLock {
    return new FakeLock(this.cloud, this.states.user(this.cloud.user));
  }
}
