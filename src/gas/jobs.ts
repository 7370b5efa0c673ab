import type { Cell } from '../core/cells';
import type { Site } from '../core/contract/sheets';
import type { Lang, Localized } from '../core/i18n';
import { newJob, percentDone, runChunks } from '../core/jobs';
import type { JobState } from '../core/jobs';
import type { TabEdit } from '../workbook/port';
import { requireAnyRole } from '../core/roles';
import { IMPORT_ACTIONS, IMPORT_ROLES, IMPORTS } from '../workflows/import-table';
import type { ImportKind } from '../workflows/import-table';
import { followUpJob, importJob, translationJob } from '../workflows/jobs';
import type {
  FollowUpOutcome,
  ImportOutcome,
  JobDefinition,
  TranslationOutcome,
} from '../workflows/jobs';
import { load } from '../workflows/load';
import { audited } from './audit';
import { withDocumentLock } from './lock';
import { userLang } from './locale';
import { answerSidebar, refusalText } from './refusal';
import { oneOfArgument, textArgument } from './server-arguments';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';
import { languageAppTranslator } from './translator';
import { DAILY_JOBS, installTriggers } from './triggers';
import { sendMail } from './mail';

/**
 * Jobs in Apps Script: long work (the daily follow-up, machine translation, a large import)
 * runs in chunks within each execution's time, saves where it is in the document properties
 * and continues from a one-off time trigger, under the document lock. The sheet is written
 * once, when every chunk is done (src/core/jobs.ts), so a job that stops leaves no
 * half-written sheet, and the cursor saved after the chunks means no item is done twice.
 */

/** The trigger handler that continues unfinished jobs. */
export const CONTINUE_HANDLER = 'continueJobs';

/** Time an execution gives to chunks: Apps Script stops it at 6 minutes. */
const CHUNK_BUDGET_MS = 240_000;

/** The final write starts only this early in an execution, or waits for a fresh one. */
const FINISH_START_LIMIT_MS = 240_000;

/** When the next execution starts (Apps Script runs one-off triggers within minutes). */
const CONTINUE_AFTER_MS = 60_000;

/** A person waits this long for the lock; a trigger, with no one watching, longer. */
const PERSON_LOCK_WAIT_MS = 10_000;
const TRIGGER_LOCK_WAIT_MS = 60_000;

/** A running job not heard of for this long is taken for dead: its trigger was lost. */
const STALE_AFTER_MS = 2 * 60 * 60 * 1000;

/** Property keys: a job's header, the pieces of its partial outputs, displaced triggers. */
const JOB_PREFIX = 'job.';
const PIECE_PREFIX = 'jobPiece.';
const DISPLACED_PROPERTY = 'jobs.displacedTriggers';

/** Characters per property value: 3 bytes each at most in UTF-8, within the 9 KB limit. */
const PIECE_CHARACTERS = 3_000;

/** Partial outputs larger than this go to a scratch file in Drive: the store holds 500 KB. */
const PROPERTIES_PARTIAL_LIMIT = 120_000;

export type JobKind = 'followUp' | 'import' | 'translate';

/** What a job needs to run again in a later execution, saved with it. */
export type JobInput =
  | { kind: 'followUp'; now: string }
  | { kind: 'import'; importKind: ImportKind; fileId: string; fileName: string }
  | { kind: 'translate'; user: string; sites: Site[] | null };

export type JobStatus = 'running' | 'done' | 'failed';

/** A job as its header property holds it; the partial outputs are stored apart. */
interface SavedJob {
  id: string;
  kind: JobKind;
  input: JobInput;
  status: JobStatus;
  cursor: number;
  done: number;
  total: number;
  started: string;
  updated: string;
  longestChunkMs: number;
  /** How many property values hold the partial outputs, or the Drive file that holds them. */
  pieces: number;
  file: string | null;
  /** What the finished job did, or why it stopped. */
  message: Localized | null;
}

/** What a sidebar shows of a job. No Date: google.script.run does not carry them. */
export interface JobProgress {
  id: string;
  kind: JobKind;
  status: JobStatus;
  done: number;
  total: number;
  percent: number;
  started: string;
  updated: string;
  /** Where it stands, what it did or why it stopped, in the reader's language. */
  message: string;
}

/** What starting a job gives back: the job, or the one already running that it waits for. */
export interface JobStart {
  started: boolean;
  job: JobProgress;
}

/** Test seams: the clock and the budgets; Apps Script runs with the defaults. */
export interface JobRunOptions {
  clock?: () => number;
  budgetMs?: number;
  finishStartLimitMs?: number;
  lockWaitMs?: number;
}

// --- the kinds, as the Apps Script host runs them ---------------------------------------------

interface HostKind {
  definition: JobDefinition<unknown, unknown, unknown>;
  /** The workflow's input, from what was saved. */
  input(saved: JobInput): unknown;
  /** What happens once the sheet is written (mail, for one). */
  afterWrite(outcome: unknown): void;
  summary(outcome: unknown): Localized;
  runningText(done: number, total: number): Localized;
}

/** Reads the import's file from Drive: CSV or tab-separated text, as the ERP exports it. */
function importTable(fileId: string): Cell[][] {
  const text = DriveApp.getFileById(fileId).getBlob().getDataAsString();
  const firstLine = text.slice(0, text.indexOf('\n') + 1 || text.length);
  const tabs = firstLine.split('\t').length;
  const commas = firstLine.split(',').length;
  return Utilities.parseCsv(text.replace(/^\uFEFF/, ''), tabs > commas ? '\t' : ',');
}

function sendMails(outcome: FollowUpOutcome): void {
  for (const mail of outcome.mails) sendMail(mail);
}

const KINDS: Record<JobKind, HostKind> = {
  followUp: {
    definition: followUpJob as JobDefinition<unknown, unknown, unknown>,
    input: (saved) => ({ now: new Date((saved as { now: string }).now) }),
    afterWrite: (outcome) => sendMails(outcome as FollowUpOutcome),
    summary: (outcome) => {
      const { checked, items, mails } = outcome as FollowUpOutcome;
      return {
        zh: `检查了 ${checked} 个包裹，${items.length} 个有变化，发出 ${mails.length} 封邮件。`,
        en: `Checked ${checked} parcels: ${items.length} changed, ${mails.length} mails sent.`,
      };
    },
    runningText: (done, total) => ({
      zh: `物流跟进：已完成 ${done}/${total} 个站点`,
      en: `Shipment follow-up: ${done} of ${total} sites done`,
    }),
  },
  import: {
    definition: importJob as JobDefinition<unknown, unknown, unknown>,
    input: (saved) => {
      const { importKind, fileId, fileName } = saved as Extract<JobInput, { kind: 'import' }>;
      return { kind: importKind, table: importTable(fileId), fileName };
    },
    afterWrite: () => {},
    summary: (outcome) => {
      const { added, updated, unchanged, rejectedCount } = outcome as ImportOutcome;
      return {
        zh: `新增 ${added} 行，更新 ${updated} 行，${unchanged} 行无变化，${rejectedCount} 行未导入。`,
        en: `${added} rows added, ${updated} updated, ${unchanged} unchanged, ${rejectedCount} not imported.`,
      };
    },
    runningText: (done, total) => ({
      zh: `导入：已检查 ${done}/${total} 行，全部完成后一次写入`,
      en: `Import: ${done} of ${total} rows checked; written all at once at the end`,
    }),
  },
  translate: {
    definition: translationJob as JobDefinition<unknown, unknown, unknown>,
    input: (saved) => {
      const { user, sites } = saved as Extract<JobInput, { kind: 'translate' }>;
      return { user, sites: sites ?? undefined, translator: languageAppTranslator() };
    },
    afterWrite: () => {},
    summary: (outcome) => {
      const { drafts } = outcome as TranslationOutcome;
      return {
        zh: `写入了 ${drafts} 条机翻草稿，请站点负责人校对。`,
        en: `Wrote ${drafts} machine drafts for the site owners to review.`,
      };
    },
    runningText: (done, total) => ({
      zh: `机器翻译：已翻译 ${done}/${total} 段文字，全部完成后一次写入`,
      en: `Machine translation: ${done} of ${total} texts translated; written all at once at the end`,
    }),
  },
};

// --- saving ------------------------------------------------------------------------------------

function properties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** Splits text into property values, never between the two halves of a surrogate pair. */
function piecesOf(text: string): string[] {
  const pieces: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + PIECE_CHARACTERS);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
    pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces;
}

function pieceKey(id: string, index: number): string {
  return `${PIECE_PREFIX}${id}.${index}`;
}

function savedJobs(): SavedJob[] {
  const all = properties().getProperties();
  return Object.entries(all)
    .filter(([key]) => key.startsWith(JOB_PREFIX))
    .map(([, value]) => JSON.parse(value) as SavedJob)
    .sort((a, b) => a.started.localeCompare(b.started));
}

function readJob(id: string): SavedJob | null {
  const text = properties().getProperty(`${JOB_PREFIX}${id}`);
  return text ? (JSON.parse(text) as SavedJob) : null;
}

function readPartial(job: SavedJob): unknown {
  if (job.file) return JSON.parse(DriveApp.getFileById(job.file).getBlob().getDataAsString());
  const all = properties().getProperties();
  const text = Array.from({ length: job.pieces }, (_, i) => all[pieceKey(job.id, i)] ?? '').join(
    '',
  );
  return JSON.parse(text);
}

/**
 * Saves a job's header and partial outputs in one call: in property values of at most 9 KB,
 * or, when they are too large for the store, in a scratch file in Drive. Pieces left over
 * from a longer save are removed.
 */
function saveJob(job: SavedJob, partial: unknown | undefined): SavedJob {
  const store = properties();
  const values: Record<string, string> = {};
  const before = job.pieces;
  let saved = job;
  if (partial !== undefined) {
    const text = JSON.stringify(partial);
    if (text.length > PROPERTIES_PARTIAL_LIMIT) {
      const file = saved.file
        ? DriveApp.getFileById(saved.file).setContent(text)
        : DriveApp.createFile(
            `Seller Sheets job ${job.id} (temporary).json`,
            text,
            'application/json',
          );
      saved = { ...saved, pieces: 0, file: file.getId() };
    } else {
      const pieces = piecesOf(text);
      pieces.forEach((piece, i) => (values[pieceKey(job.id, i)] = piece));
      if (saved.file) DriveApp.getFileById(saved.file).setTrashed(true);
      saved = { ...saved, pieces: pieces.length, file: null };
    }
  }
  values[`${JOB_PREFIX}${job.id}`] = JSON.stringify(saved);
  store.setProperties(values);
  for (let i = saved.pieces; i < before; i += 1) store.deleteProperty(pieceKey(job.id, i));
  return saved;
}

/** Drops a finished job's partial outputs, keeping its header for the sidebar to read. */
function dropPartial(job: SavedJob): SavedJob {
  const store = properties();
  for (let i = 0; i < job.pieces; i += 1) store.deleteProperty(pieceKey(job.id, i));
  if (job.file) DriveApp.getFileById(job.file).setTrashed(true);
  return { ...job, pieces: 0, file: null };
}

/** Forgets a finished job entirely. */
function forgetJob(job: SavedJob): void {
  dropPartial(job);
  properties().deleteProperty(`${JOB_PREFIX}${job.id}`);
}

// --- the continuation trigger -----------------------------------------------------------------

function userKey(): string {
  return Session.getEffectiveUser().getEmail() || 'unknown user';
}

function isClock(trigger: GoogleAppsScript.Script.Trigger): boolean {
  return String(trigger.getEventType()) === String(ScriptApp.EventType.CLOCK);
}

/**
 * Makes sure one one-off trigger will continue the jobs. An add-on may hold one time-driven
 * trigger per user and document, so a daily job's trigger gives way and is put back when the
 * jobs are done.
 */
function scheduleContinuation(afterMs: number): void {
  const triggers = ScriptApp.getUserTriggers(SpreadsheetApp.getActive());
  if (triggers.some((trigger) => trigger.getHandlerFunction() === CONTINUE_HANDLER)) return;
  const displaced = triggers.filter(isClock);
  if (displaced.length > 0) {
    const record = JSON.parse(properties().getProperty(DISPLACED_PROPERTY) ?? '{}');
    const mine: string[] = record[userKey()] ?? [];
    for (const trigger of displaced) {
      mine.push(trigger.getHandlerFunction());
      ScriptApp.deleteTrigger(trigger);
    }
    record[userKey()] = [...new Set(mine)];
    properties().setProperty(DISPLACED_PROPERTY, JSON.stringify(record));
  }
  ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(afterMs).create();
}

/** Deletes this user's continuation triggers (a fired one-off trigger stays listed). */
function deleteContinuation(): void {
  for (const trigger of ScriptApp.getUserTriggers(SpreadsheetApp.getActive())) {
    if (trigger.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(trigger);
  }
}

/** Once no job is left to continue: no continuation trigger, and the daily jobs back. */
function endContinuation(): void {
  deleteContinuation();
  const text = properties().getProperty(DISPLACED_PROPERTY);
  if (!text) return;
  const record = JSON.parse(text);
  const mine: string[] = record[userKey()] ?? [];
  if (mine.length === 0) return;
  installTriggers(DAILY_JOBS.filter((job) => mine.includes(job.handler)));
  delete record[userKey()];
  if (Object.keys(record).length > 0) {
    properties().setProperty(DISPLACED_PROPERTY, JSON.stringify(record));
  } else properties().deleteProperty(DISPLACED_PROPERTY);
}

// --- running --------------------------------------------------------------------------------

function localizedError(error: unknown): Localized {
  const zh = refusalText(error, 'zh');
  const en = refusalText(error, 'en');
  if (zh !== null && en !== null) return { zh, en };
  const why = error instanceof Error ? error.message : String(error);
  return {
    zh: `任务出错已停止，表格未被改动：${why}`,
    en: `The job stopped on an error; nothing was written: ${why}`,
  };
}

function isPlanned(error: unknown): boolean {
  return refusalText(error, 'en') !== null;
}

/**
 * One execution's work on one job: chunks while the budget lasts, then the one write when
 * every item is done and there is time for it. Returns the job as saved.
 */
function advance(
  job: SavedJob,
  workbook: SpreadsheetWorkbook,
  since: number,
  options: Required<JobRunOptions>,
): SavedJob {
  const host = KINDS[job.kind];
  const { definition } = host;
  const started = options.clock();
  const input = host.input(job.input);
  let state: JobState<unknown> = {
    id: job.id,
    kind: job.kind,
    cursor: job.cursor,
    done: job.done,
    total: job.total,
    started: job.started,
    longestChunkMs: job.longestChunkMs,
    partial: readPartial(job),
  };

  // Rows added or removed since the job staged its rows: it starts over (nothing was written).
  if (definition.drifted(workbook, state.partial).length > 0) {
    const fresh = definition.start(workbook, input);
    state = {
      ...state,
      cursor: 0,
      done: 0,
      total: fresh.total,
      longestChunkMs: 0,
      partial: fresh.partial,
    };
  }

  let reached = state;
  const saveState = (status: JobStatus, message: Localized | null, partial?: unknown): SavedJob =>
    saveJob(
      {
        ...job,
        status,
        cursor: reached.cursor,
        done: reached.done,
        total: reached.total,
        longestChunkMs: reached.longestChunkMs,
        updated: new Date().toISOString(),
        message,
      },
      partial,
    );

  try {
    const outcome = runChunks(
      state,
      (from, to, partial) => definition.process(workbook, input, from, to, partial),
      {
        clock: options.clock,
        since,
        budgetMs: options.budgetMs,
        chunkSize: definition.chunkSize(state.total),
        checkpoint: (next) => (reached = next),
      },
    );
    reached = outcome.state;
    const elapsed = options.clock() - since;
    if (!outcome.complete || elapsed > options.finishStartLimitMs) {
      const saved = saveState('running', null, reached.partial);
      log(job, `${reached.done}/${reached.total} items, continues`, options.clock() - started);
      return saved;
    }

    const result = definition.finish(workbook, input, reached.partial) as { edits: TabEdit[] };
    if (result.edits.length > 0) workbook.apply(result.edits);
    host.afterWrite(result);
    const summary = host.summary(result);
    const saved = saveState('done', summary);
    log(job, `${reached.total} items, written`, options.clock() - started);
    return dropPartial(saved);
  } catch (error) {
    // What the chunks did is kept: the same job, asked again, goes on from here.
    const saved = saveState('failed', localizedError(error), reached.partial);
    log(
      job,
      `stopped at ${reached.done}/${reached.total}: ${error instanceof Error ? error.name : 'error'}`,
      options.clock() - started,
    );
    if (!isPlanned(error)) throw error;
    return saved;
  }
}

function log(job: SavedJob, what: string, ms: number): void {
  console.log(`job ${job.kind} ${job.id.slice(0, 8)}: ${what}, ${(ms / 1000).toFixed(1)} s`);
}

function defaults(options: JobRunOptions, lockWaitMs: number): Required<JobRunOptions> {
  return {
    clock: options.clock ?? (() => Date.now()),
    budgetMs: options.budgetMs ?? CHUNK_BUDGET_MS,
    finishStartLimitMs: options.finishStartLimitMs ?? FINISH_START_LIMIT_MS,
    lockWaitMs: options.lockWaitMs ?? lockWaitMs,
  };
}

function isStale(job: SavedJob, now: number): boolean {
  return now - new Date(job.updated).getTime() > STALE_AFTER_MS;
}

/** Schedules the next execution while a job is running, or ends the continuation. */
function afterExecution(): void {
  if (savedJobs().some((job) => job.status === 'running')) scheduleContinuation(CONTINUE_AFTER_MS);
  else endContinuation();
}

/**
 * Starts a job, under the document lock, and works on it in this execution. When a job of the
 * same kind is still running, nothing starts: the caller is told to wait, with its progress.
 */
export function startJob(
  input: JobInput,
  options: JobRunOptions = {},
  lang: Lang = 'en',
): JobStart {
  const settings = defaults(options, PERSON_LOCK_WAIT_MS);
  const since = settings.clock();
  return withDocumentLock(() => {
    const now = Date.now();
    const workbook = new SpreadsheetWorkbook(SpreadsheetApp.getActive());
    for (const old of savedJobs().filter((job) => job.kind === input.kind)) {
      if (old.status === 'running' && !isStale(old, now)) {
        return { started: false, job: progressOf(old, lang) };
      }
      // The same job asked again after it stopped (a quota, a lost trigger) goes on from where
      // it stopped: what it already did is not done again.
      const unfinished = old.status !== 'done' && old.cursor > 0;
      if (unfinished && JSON.stringify(old.input) === JSON.stringify(input)) {
        const resumed = saveJob({ ...old, status: 'running', message: null }, undefined);
        const job = advance(resumed, workbook, since, settings);
        afterExecution();
        return { started: true, job: progressOf(job, lang) };
      }
      forgetJob(old);
    }

    const host = KINDS[input.kind];
    const fresh = host.definition.start(workbook, host.input(input));
    const state = newJob(Utilities.getUuid(), input.kind, fresh.total, new Date(), fresh.partial);
    let job = saveJob(
      {
        id: state.id,
        kind: input.kind,
        input,
        status: 'running',
        cursor: 0,
        done: 0,
        total: state.total,
        started: state.started,
        updated: state.started,
        longestChunkMs: 0,
        pieces: 0,
        file: null,
        message: null,
      },
      state.partial,
    );
    job = advance(job, workbook, since, settings);
    afterExecution();
    return { started: true, job: progressOf(job, lang) };
  }, settings.lockWaitMs);
}

/**
 * Continues every running job of the spreadsheet, oldest first, within one execution's time,
 * then schedules the next execution or, when none is left, removes its trigger.
 */
export function continueJobsNow(options: JobRunOptions = {}): void {
  const settings = defaults(options, TRIGGER_LOCK_WAIT_MS);
  const since = settings.clock();
  deleteContinuation();
  try {
    withDocumentLock(() => {
      const workbook = new SpreadsheetWorkbook(SpreadsheetApp.getActive());
      for (const job of savedJobs()) {
        if (job.status !== 'running') continue;
        if (settings.clock() - since >= settings.budgetMs) break;
        advance(job, workbook, since, settings);
      }
      afterExecution();
    }, settings.lockWaitMs);
  } catch (error) {
    // Busy, or a fault already recorded on its job: the other jobs still need their trigger.
    if (savedJobs().some((job) => job.status === 'running'))
      scheduleContinuation(CONTINUE_AFTER_MS);
    if (!isPlanned(error)) throw error;
  }
}

function progressOf(job: SavedJob, lang: Lang): JobProgress {
  const running = KINDS[job.kind].runningText(job.done, job.total);
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    done: job.done,
    total: job.total,
    percent: percentDone(job),
    started: job.started,
    updated: job.updated,
    message: (job.message ?? running)[lang],
  };
}

// --- entry points -------------------------------------------------------------------------------

/** Trigger handler: continues the spreadsheet's unfinished jobs. */
export function continueJobs(): void {
  continueJobsNow();
}

/**
 * Server function of the sidebars: a job's progress, or null when there is no such job (a
 * finished job is kept until the next one of its kind starts).
 */
export function getJobProgress(jobId: unknown): JobProgress | null {
  const lang = userLang();
  return answerSidebar(lang, () => {
    const id = textArgument(jobId, 'jobId', 100);
    const job = readJob(id);
    return job ? progressOf(job, lang) : null;
  });
}

/**
 * Time-driven trigger handler: the daily shipment follow-up (R6.1f, R6.2g) as a job, its
 * digests mailed through MailApp once Abnormal shipments is written.
 */
export function dailyFollowUp(): void {
  const outcome = startJob(
    { kind: 'followUp', now: new Date().toISOString() },
    { lockWaitMs: TRIGGER_LOCK_WAIT_MS },
  );
  if (!outcome.started)
    console.log(`follow-up: a follow-up is still running, ${outcome.job.percent} % done`);
}

/**
 * Server function of an import page: imports a CSV or tab-separated file from Drive into its
 * sheet (kind "orders" or "fees") as a job, and returns its progress.
 */
export function startImportJob(kind: unknown, fileId: unknown, fileName: unknown): JobProgress {
  const lang = userLang();
  return answerSidebar(lang, () => {
    const importKind = oneOfArgument(kind, 'kind', Object.keys(IMPORTS) as ImportKind[]);
    const id = textArgument(fileId, 'fileId', 200);
    const name = textArgument(fileName, 'fileName', 500);
    const action = IMPORT_ACTIONS[importKind];
    // The role first, before the file is read: purchasing imports orders, finance fees.
    return audited(
      action,
      (user) => {
        const { settings } = load(new SpreadsheetWorkbook(SpreadsheetApp.getActive()), []);
        requireAnyRole(settings, user, IMPORT_ROLES[importKind], action);
        return startJob({ kind: 'import', importKind, fileId: id, fileName: name }, {}, lang).job;
      },
      (job) => ({ counts: `${job.total} rows in the file, job ${job.status}` }),
    );
  });
}
