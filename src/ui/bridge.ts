/// <reference lib="dom" />
import type { HelpView } from '../gas/help';
import type { ReviewAction, ReviewDone, ReviewView } from '../gas/review';
import type { BackupItem } from '../gas/backups';
import type { ReportOutcome, ReportsView } from '../gas/reports';
import type { FindingsView } from '../gas/validate';
import type { FollowUpReport, FollowUpView } from '../gas/follow-up-sidebar';
import type { ImportDone, ImportView } from '../gas/import-sidebar';
import type { PricingInput, PricingQuote, PricingView } from '../gas/pricing-calculator';
import type { PurchaseAuditDone, PurchaseAuditView } from '../gas/purchase-audit-sidebar';
import type { SettingChange, SettingsSaved, SettingsView } from '../gas/settings-sidebar';
import type { TriggersChanged, TriggersView } from '../gas/triggers-sidebar';
import type { ImportKind } from '../workflows/import-table';
import type { JobProgress } from '../gas/jobs';
import type { TranslateView } from '../gas/translate-sidebar';
import type { Site } from '../core/contract/sheets';
import type {
  ExportView,
  SiteExport,
  UploadBatchesView,
  UploadConfirmed,
} from '../gas/export-sidebar';

/**
 * Every server function a page may call, with its arguments and result. Each name must be a
 * function exported by src/gas/main.ts (the bundle test checks it). Results cross
 * `google.script.run` as plain data: no Date, no class instance.
 */
export interface ServerApi {
  getHelp(): HelpView;
  getFindings(): FindingsView;
  revalidate(): FindingsView;
  selectCell(sheet: string, a1: string): void;
  getReviewSelection(action: ReviewAction): ReviewView;
  approveReview(rows: number[], note: string): ReviewDone;
  rejectReview(rows: number[], note: string): ReviewDone;
  getReportsView(): ReportsView;
  makeMonthReport(month: string): ReportOutcome;
  makeQuarterReport(quarter: string): ReportOutcome;
  listBackups(): BackupItem[];
  getSettingsView(): SettingsView;
  saveSettings(changes: SettingChange[]): SettingsSaved;
  getPricingView(): PricingView;
  quotePrices(input: PricingInput): PricingQuote;
  getFollowUpView(): FollowUpView;
  runFollowUpNow(): FollowUpReport;
  getTriggersView(): TriggersView;
  installDailyJob(handler: string): TriggersChanged;
  removeDailyJob(handler: string): TriggersChanged;
  getImportView(): ImportView;
  importRows(kind: ImportKind, rows: string[][], fileName: string): ImportDone;
  getPurchaseAuditView(): PurchaseAuditView;
  runPurchaseAudit(writeDrafts: boolean, mail: boolean): PurchaseAuditDone;
  getTranslateView(): TranslateView;
  startTranslations(sites: Site[]): JobProgress;
  getJobProgress(jobId: string): JobProgress | null;
  getExportView(): ExportView;
  exportSite(site: Site, dryRun: boolean): SiteExport;
  getUploadBatches(): UploadBatchesView;
  confirmAmazonUpload(batchId: string): UploadConfirmed;
}

export type ServerFunction = keyof ServerApi;

/** The server function threw: `message` is its error's message. */
export class ServerError extends Error {
  constructor(
    readonly functionName: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

/** No answer came in time; a late answer is ignored. */
export class ServerTimeoutError extends Error {
  constructor(
    readonly functionName: string,
    readonly timeoutMs: number,
  ) {
    super(`${functionName} did not answer within ${Math.round(timeoutMs / 1000)} s`);
    this.name = 'ServerTimeoutError';
  }
}

interface ScriptRunner {
  withSuccessHandler(handler: (result: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

/** A call that has no answer after this long is given up (an execution stops at 6 min). */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Apps Script runs at most 10 calls of one page at once; later ones wait their turn here. */
const MAX_IN_FLIGHT = 10;

let inFlight = 0;
const waiting: Array<() => void> = [];

function takeSlot(): Promise<void> {
  if (inFlight < MAX_IN_FLIGHT) {
    inFlight += 1;
    return Promise.resolve();
  }
  return new Promise((resolve) => waiting.push(resolve));
}

function releaseSlot(): void {
  const next = waiting.shift();
  if (next) next();
  else inFlight -= 1;
}

function runner(): ScriptRunner {
  const google = (globalThis as { google?: { script?: { run?: ScriptRunner } } }).google;
  const run = google?.script?.run;
  if (!run) throw new Error('google.script.run is missing: the page runs outside Sheets');
  return run;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String((error as { message: unknown }).message);
  }
  return String(error);
}

/** Calls a server function, giving up after `timeoutMs`. */
export async function callWithin<K extends ServerFunction>(
  timeoutMs: number,
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  await takeSlot();
  return new Promise<ReturnType<ServerApi[K]>>((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      releaseSlot();
      finish();
    };
    const timer = setTimeout(
      () => settle(() => reject(new ServerTimeoutError(name, timeoutMs))),
      timeoutMs,
    );
    try {
      const run = runner()
        .withSuccessHandler((result) => settle(() => resolve(result as ReturnType<ServerApi[K]>)))
        .withFailureHandler((error) =>
          settle(() => reject(new ServerError(name, messageOf(error)))),
        );
      const send = run[name];
      if (typeof send !== 'function') throw new Error(`The server has no function ${name}`);
      send.apply(run, args);
    } catch (error) {
      settle(() => reject(error instanceof Error ? error : new Error(messageOf(error))));
    }
  });
}

/** Calls a server function and resolves with its result, or rejects with its error. */
export function call<K extends ServerFunction>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return callWithin(DEFAULT_TIMEOUT_MS, name, ...args);
}
