import { userLang } from './locale';
import { addAddonMenu } from './menu';

type OpenEvent = GoogleAppsScript.Events.SheetsOnOpen | GoogleAppsScript.Events.AddonOnInstall;

/**
 * Runs when the spreadsheet opens. It may run in AuthMode.NONE (the add-on installed but not
 * yet used in this document), where only the menu may be built: it reads the locale, which
 * falls back to English, and touches neither properties nor sheets.
 */
export function onOpen(_event?: OpenEvent): void {
  addAddonMenu(SpreadsheetApp.getUi(), userLang());
}

/** Runs once when a user installs the add-on: shows the menu at once, without a reload. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event);
}
