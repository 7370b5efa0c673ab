/// <reference lib="dom" />
import { byId } from './page-parts';

/**
 * The status and error lines of the pages that answer in place (findings, review, reports):
 * the status line (#status) stays where it is, empty or not, and the error line (#error)
 * shows only while something went wrong. Pages of forms use PageState instead.
 */

/** Puts a line in the page's status; an empty line leaves the place blank. */
export function say(text: string): void {
  byId('status').textContent = text;
}

/** Shows what went wrong in the page's error line; empty hides it. */
export function showError(text: string): void {
  const error = byId('error');
  error.textContent = text;
  error.hidden = text === '';
}

/**
 * Runs a server call while `setBusy` marks the page busy: the status says what runs, then
 * the line the call returns. A failure is said after `failed`, which names what could not
 * load while the server has not yet said which language to speak.
 */
export async function whileBusy(
  setBusy: (on: boolean) => void,
  working: string,
  act: () => Promise<string | void>,
  failed = '',
): Promise<void> {
  setBusy(true);
  showError('');
  say(working);
  try {
    say((await act()) ?? '');
  } catch (error) {
    say('');
    const message = (error as Error).message;
    showError(failed ? `${failed} ${message}` : message);
  } finally {
    setBusy(false);
  }
}
