import { langOf } from '../core/i18n';
import type { Lang } from '../core/i18n';

/**
 * The language of the person at the keyboard, for menus, alerts and sidebars. English when
 * the locale cannot be read: in AuthMode.NONE, before the add-on is enabled in a document,
 * Session may refuse, and a menu in English beats no menu.
 */
export function userLang(): Lang {
  try {
    return langOf(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/**
 * The language of the spreadsheet itself, for text that custom functions write into cells:
 * a custom function may not ask who the user is, but it may read the open spreadsheet, and
 * every reader of the cell sees the same text.
 */
export function sheetLang(): Lang {
  try {
    return langOf(SpreadsheetApp.getActive().getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}
