import { UnusableInputError } from '../core/findings';
import type { Lang, Localized } from '../core/i18n';
import { RoleError } from '../core/roles';
import { BUSY_MESSAGE, BusyError } from './lock';

/** At most this many problems are listed in one message; the rest are counted. */
const LISTED_PROBLEMS = 10;

/**
 * Thrown by a host action that refuses what the person asked, with the reason in both
 * languages: the selection is on the wrong tab, a sidebar sent arguments it may not.
 */
export class RefusedError extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
    this.name = 'RefusedError';
  }
}

/** A list of problems as a person reads it: an intro line, then one bullet per problem. */
export function problemsText(error: UnusableInputError, lang: Lang): string {
  const listed = error.findings
    .slice(0, LISTED_PROBLEMS)
    .map((finding) => `• ${finding.message[lang]}`);
  const more = error.findings.length - listed.length;
  if (more > 0) listed.push(lang === 'zh' ? `……另有 ${more} 个问题` : `… and ${more} more`);
  const intro =
    lang === 'zh' ? '未做任何更改，请先修正：' : 'Nothing was changed. Please fix these first:';
  return `${intro}\n${listed.join('\n')}`;
}

/**
 * What a person is told when an action refuses, in their language; null for an error no one
 * planned for, which the caller lets through so that it is logged as the fault it is.
 */
export function refusalText(error: unknown, lang: Lang): string | null {
  if (error instanceof RoleError) return error.text(lang);
  if (error instanceof UnusableInputError) return problemsText(error, lang);
  if (error instanceof BusyError) return BUSY_MESSAGE[lang];
  if (error instanceof RefusedError) return error.reason[lang];
  return null;
}

/**
 * Runs a server function of a sidebar: a refusal reaches the page as an Error whose message
 * is the reason in the person's language, which the page shows as it is.
 */
export function answerSidebar<T>(lang: Lang, action: () => T): T {
  try {
    return action();
  } catch (error) {
    const text = refusalText(error, lang);
    if (text === null) throw error;
    throw new Error(text);
  }
}

/** What a server function says when a page sends arguments it should not. */
export const BAD_ARGUMENTS: Localized = {
  zh: '侧边栏发送了无法使用的数据。请关闭侧边栏后重新打开。',
  en: 'The sidebar sent something the add-on cannot use. Please close it and open it again.',
};
