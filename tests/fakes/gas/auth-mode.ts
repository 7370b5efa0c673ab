/** The four authorization modes a script can run in, as `ScriptApp.AuthMode` names them. */
export type AuthModeName = 'NONE' | 'LIMITED' | 'CUSTOM_FUNCTION' | 'FULL';

/** What a call needs from the authorization mode it runs in. */
type Need = 'anywhere' | 'menu' | 'read' | 'write' | 'ui' | 'service' | 'authorized';

/**
 * Which modes allow what, after Google's table for editor add-ons: in NONE only Logger,
 * Utilities and menu building; the open file read-write in LIMITED and read-only in custom
 * functions; dialogs and services that need the user's authorization only in FULL.
 */
const MODES: Record<Need, readonly AuthModeName[]> = {
  anywhere: ['NONE', 'LIMITED', 'CUSTOM_FUNCTION', 'FULL'],
  menu: ['NONE', 'LIMITED', 'FULL'],
  read: ['LIMITED', 'CUSTOM_FUNCTION', 'FULL'],
  write: ['LIMITED', 'FULL'],
  ui: ['FULL'],
  service: ['LIMITED', 'CUSTOM_FUNCTION', 'FULL'],
  authorized: ['FULL'],
};

/** Services whose calls read or change the open spreadsheet. */
const SPREADSHEET_SERVICES = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'Protection',
  'DataValidation',
  'EmbeddedChart',
  'ContainerInfo',
  'ChartOptions',
]);

/** A spreadsheet call that only looks, so custom functions may make it. */
const LOOKS_ONLY = /^(get|is|can|has|new|offset|flush)/;

/** Exact 'Service.method' or whole 'Service.*' rules; anything unlisted needs FULL. */
const NEEDS: Record<string, Need> = {
  'Logger.*': 'anywhere',
  'console.*': 'anywhere',
  'Utilities.*': 'anywhere',
  'Blob.*': 'anywhere',
  'SpreadsheetApp.getUi': 'menu',
  'Ui.createAddonMenu': 'menu',
  'Ui.createMenu': 'menu',
  'Menu.*': 'menu',
  'Ui.*': 'ui',
  'PromptResponse.*': 'ui',
  'Spreadsheet.toast': 'write',
  'DataValidationBuilder.*': 'read',
  'EmbeddedChartBuilder.*': 'read',
  'Charts.*': 'read',
  'HtmlService.*': 'service',
  'HtmlOutput.*': 'service',
  'HtmlTemplate.*': 'service',
  'PropertiesService.*': 'service',
  'Properties.*': 'service',
  'LockService.*': 'service',
  'Lock.*': 'service',
  'LanguageApp.*': 'service',
  'Session.*': 'service',
  'User.*': 'service',
  'ScriptApp.getScriptId': 'service',
  'ScriptApp.getAuthorizationInfo': 'service',
  'AuthorizationInfo.*': 'service',
};

function needOf(service: string, method: string): Need {
  const listed = NEEDS[`${service}.${method}`] ?? NEEDS[`${service}.*`];
  if (listed) return listed;
  if (SPREADSHEET_SERVICES.has(service)) return LOOKS_ONLY.test(method) ? 'read' : 'write';
  return 'authorized';
}

/** Throws the error Apps Script throws when `mode` may not make this call. */
export function assertAllowed(mode: AuthModeName, service: string, method: string): void {
  if (MODES[needOf(service, method)].includes(mode)) return;
  if (service === 'SpreadsheetApp' && method === 'getUi') {
    throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
  }
  throw new Error(`You do not have permission to call ${service}.${method} (AuthMode.${mode}).`);
}
