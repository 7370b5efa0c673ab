import type { Localized } from '../core/i18n';

/** Thrown when another person's action holds the document lock for longer than we wait. */
export class BusyError extends Error {
  constructor() {
    super('Another action is running in this spreadsheet');
    this.name = 'BusyError';
  }
}

/** What the user is told when the document lock is taken. */
export const BUSY_MESSAGE: Localized = {
  zh: '其他人正在此表格中运行操作，请稍后再试。',
  en: 'Someone else is running an action in this spreadsheet. Please try again in a moment.',
};

/** How long an action waits for another one to finish before giving up. */
const WAIT_MS = 10_000;

/**
 * Runs an action that writes to the spreadsheet while holding the document lock, so that two
 * people pressing the same button cannot interleave their writes. Throws BusyError when the
 * lock stays taken.
 */
export function withDocumentLock<T>(action: () => T, waitMs = WAIT_MS): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) throw new BusyError();
  try {
    return action();
  } finally {
    // Pending writes are buffered: flushed first, the next holder of the lock sees them.
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
