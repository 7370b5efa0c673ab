import type { Cell } from '../core/cells';
import { SHEETS, SITES } from '../core/contract/sheets';
import type { Site } from '../core/contract/sheets';
import type { Finding } from '../core/findings';
import { localDate } from '../core/dates';
import { t } from '../core/i18n';
import { readSheet } from '../core/reader';
import { hasRole, RoleError } from '../core/roles';
import type { OutgoingMail, TabEdit, Workbook } from '../workbook/port';
import { runFollowUp } from './follow-up';
import type { FollowUpItem } from './follow-up';
import { IMPORTS, planImport } from './import-table';
import type { ImportKind } from './import-table';
import { load } from './load';
import { StagedWorkbook, stagedEdits } from './staged-workbook';
import type { Staged } from './staged-workbook';
import { planTranslations, runTranslations, TRANSLATION_SITES } from './translate';
import type { Translator } from './translate';

/**
 * The workflows that run as jobs (see src/core/jobs.ts): each says how many items it has,
 * processes a chunk of them on a StagedWorkbook (so nothing is written), and at the end turns
 * what it staged into the one final write. Chunks of the same job, run to the end, give the
 * same sheet as the workflow run in one go.
 */
export interface JobDefinition<Input, Partial, Outcome> {
  kind: string;
  /** Items per chunk for a job of `total` items. */
  chunkSize(total: number): number;
  /** Checks the job can run and counts its items; throws, writing nothing, when it cannot. */
  start(workbook: Workbook, input: Input): { total: number; partial: Partial };
  /** Processes items `from` to `to` (excluded); writes nothing. */
  process(workbook: Workbook, input: Input, from: number, to: number, partial: Partial): Partial;
  /** The one write of a finished job, and what it did. */
  finish(workbook: Workbook, input: Input, partial: Partial): Outcome & { edits: TabEdit[] };
  /** Tabs whose rows moved since the job staged them: the job must start over. */
  drifted(workbook: Workbook, partial: Partial): string[];
}

/** Findings kept with a job, per list: a big import may refuse thousands of rows. */
export const KEPT_FINDINGS = 200;

function driftOf(workbook: Workbook, staged: Staged): string[] {
  return new StagedWorkbook(workbook, staged).drifted();
}

// --- daily shipment follow-up, one site per chunk --------------------------------------------

export interface FollowUpJobInput {
  /** The moment the follow-up is for: the job's start, whenever its chunks run. */
  now: Date;
}

/** A followed order and where its parcel stands among the Orders rows. */
export interface RankedItem extends FollowUpItem {
  rank: number;
}

export interface FollowUpPartial {
  staged: Staged;
  /** The site of each chunk; '' for orders without a readable site. */
  sites: string[];
  checked: number;
  today: string;
  items: RankedItem[];
  mails: Array<OutgoingMail & { site: string }>;
}

export interface FollowUpOutcome {
  today: string;
  checked: number;
  items: FollowUpItem[];
  mails: OutgoingMail[];
}

interface OrderSites {
  tab: string;
  /** Each Orders row's site ('' when unreadable). */
  siteOfRow: Map<number, string>;
  /** By order id, where its parcel first appears among the Orders rows. */
  rankOf: Map<string, number>;
}

/** Reads of one execution's workbook, made once for all its chunks: it holds the lock. */
const perWorkbook = new WeakMap<Workbook, Map<string, unknown>>();

function once<T>(workbook: Workbook, what: string, read: () => T): T {
  let memo = perWorkbook.get(workbook);
  if (!memo) {
    memo = new Map();
    perWorkbook.set(workbook, memo);
  }
  if (!memo.has(what)) memo.set(what, read());
  return memo.get(what) as T;
}

function orderSites(workbook: Workbook): OrderSites {
  return once(workbook, 'orderSites', () => readOrderSites(workbook));
}

function readOrderSites(workbook: Workbook): OrderSites {
  const loaded = load(workbook, ['orders'], { required: ['orders'] });
  const siteOfRow = new Map<number, string>();
  const rankOf = new Map<string, number>();
  for (const row of loaded.reads.orders!.rows) {
    siteOfRow.set(row.rowNumber, row.site ?? '');
    if (row.orderId && !rankOf.has(row.orderId)) rankOf.set(row.orderId, rankOf.size);
  }
  return { tab: loaded.tabs.orders!, siteOfRow, rankOf };
}

/**
 * The daily follow-up as a job: one chunk per site, since each site's digest mail is complete
 * within its chunk. New Abnormal shipments rows are put back in the order of their parcels in
 * Orders at the end, as one run would append them; mails go out after the write.
 */
export const followUpJob: JobDefinition<FollowUpJobInput, FollowUpPartial, FollowUpOutcome> = {
  kind: 'followUp',

  chunkSize: () => 1,

  start(workbook, input) {
    load(workbook, ['orders', 'abnormalShipments'], {
      required: ['orders', 'abnormalShipments'],
    });
    const present = new Set(orderSites(workbook).siteOfRow.values());
    const sites = [...SITES, ''].filter((site) => present.has(site));
    const today = localDate(input.now, workbook.timeZone());
    return {
      total: sites.length,
      partial: { staged: {}, sites, checked: 0, today, items: [], mails: [] },
    };
  },

  process(workbook, input, from, to, partial) {
    const { tab, siteOfRow, rankOf } = orderSites(workbook);
    let { staged, checked } = partial;
    const items = [...partial.items];
    const mails = [...partial.mails];
    for (const site of partial.sites.slice(from, to)) {
      const view = (values: Cell[][]): Cell[][] =>
        values.map((row, r) => (r === 0 || siteOfRow.get(r + 1) === site ? row : []));
      const chunk = new StagedWorkbook(workbook, staged, { [tab]: view });
      const result = runFollowUp(chunk, input.now);
      staged = chunk.staged();
      checked += result.checked;
      items.push(...result.items.map((item) => ({ ...item, rank: rankOf.get(item.orderId)! })));
      mails.push(...result.mails.map((mail) => ({ ...mail, site })));
    }
    return { ...partial, staged, checked, items, mails };
  },

  finish(workbook, _input, partial) {
    const items = [...partial.items].sort((a, b) => a.rank - b.rank);
    const newRanks = partial.items.filter((item) => item.change === 'new').map((item) => item.rank);
    const edits = stagedEdits(workbook, partial.staged, (_tab, rows) =>
      rows
        .map((row, i) => ({ row, rank: newRanks[i] ?? Number.MAX_SAFE_INTEGER }))
        .sort((a, b) => a.rank - b.rank)
        .map(({ row }) => row),
    );

    // One run mails the sites in the order their first listed parcel comes.
    const firstRank = (site: string) =>
      Math.min(
        ...items
          .filter((item) => item.site === site && item.change !== 'resolved')
          .map((i) => i.rank),
      );
    const mails = [...partial.mails]
      .sort((a, b) => firstRank(a.site) - firstRank(b.site))
      .map(({ site: _site, ...mail }) => mail);
    return {
      edits,
      today: partial.today,
      checked: partial.checked,
      items: items.map(({ rank: _rank, ...item }) => item),
      mails,
    };
  },

  drifted: (workbook, partial) => driftOf(workbook, partial.staged),
};

// --- import of an exported table, a block of file rows per chunk ------------------------------

export interface ImportJobInput {
  kind: ImportKind;
  /** The file's cells, row 1 the header. */
  table: Cell[][];
  fileName: string;
}

export interface ImportPartial {
  staged: Staged;
  added: number;
  updated: number;
  unchanged: number;
  rejectedCount: number;
  warningCount: number;
  /** The first KEPT_FINDINGS of each list. */
  rejected: Finding[];
  warnings: Finding[];
}

export interface ImportOutcome {
  kind: ImportKind;
  added: number;
  updated: number;
  unchanged: number;
  rejectedCount: number;
  warningCount: number;
  rejected: Finding[];
  warnings: Finding[];
}

const NO_ROW: Cell[] = [];

interface KeyedRows {
  /** Each data row's key: the key columns' values as the import reads them, joined. */
  keyOfRow: Map<number, string>;
  /** The data rows of each key, in file order. */
  rowsOfKey: Map<string, number[]>;
}

const keyedTables = new WeakMap<Cell[][], KeyedRows>();

/** The keys of a file's rows, worked out once per table and execution. */
function keyedRows(input: ImportJobInput): KeyedRows {
  let found = keyedTables.get(input.table);
  if (found) return found;
  const { sheet, key } = IMPORTS[input.kind];
  const file = readSheet<Record<string, unknown>>(SHEETS[sheet], input.table, {
    sheetName: input.fileName,
    timeZone: 'UTC',
  });
  found = { keyOfRow: new Map(), rowsOfKey: new Map() };
  for (const row of file.rows) {
    const rowKey = key.map((id) => String(row[id] ?? '')).join('\u0000');
    found.keyOfRow.set(row.rowNumber, rowKey);
    const rows = found.rowsOfKey.get(rowKey);
    if (rows) rows.push(row.rowNumber);
    else found.rowsOfKey.set(rowKey, [row.rowNumber]);
  }
  keyedTables.set(input.table, found);
  return found;
}

function keep(list: Finding[], more: Finding[]): Finding[] {
  return list.length >= KEPT_FINDINGS ? list : [...list, ...more].slice(0, KEPT_FINDINGS);
}

/**
 * A large import as a job: each chunk imports a block of the file's rows against the sheet as
 * the earlier chunks left it (staged). A row whose key an earlier block already had is given
 * its earlier rows again, so it is found a repeat exactly as in one run over the whole file;
 * those earlier rows change nothing the second time and are not counted again.
 */
export const importJob: JobDefinition<ImportJobInput, ImportPartial, ImportOutcome> = {
  kind: 'import',

  chunkSize: (total) => Math.max(1000, Math.ceil(total / 8)),

  start(workbook, input) {
    // The header alone: an unusable file or sheet is refused before any chunk runs.
    planImport(workbook, input.kind, input.table.slice(0, 1), input.fileName);
    return {
      total: Math.max(0, input.table.length - 1),
      partial: {
        staged: {},
        added: 0,
        updated: 0,
        unchanged: 0,
        rejectedCount: 0,
        warningCount: 0,
        rejected: [],
        warnings: [],
      },
    };
  },

  process(workbook, input, from, to, partial) {
    const { table } = input;
    const first = from + 1;
    const last = to + 1;
    const inChunk = (row: number | null) => row !== null && row - 1 >= first && row - 1 < last;
    const { keyOfRow, rowsOfKey } = keyedRows(input);

    const earlier = new Set<number>();
    for (let i = first; i < last; i += 1) {
      const rowKey = keyOfRow.get(i + 1);
      if (rowKey === undefined) continue;
      for (const rowNumber of rowsOfKey.get(rowKey) ?? []) {
        if (rowNumber - 1 < first) earlier.add(rowNumber - 1);
      }
    }
    const view = table.map((row, i) =>
      i === 0 || (i >= first && i < last) || earlier.has(i) ? row : NO_ROW,
    );

    const staged = new StagedWorkbook(workbook, partial.staged);
    const result = planImport(staged, input.kind, view, input.fileName);
    if (result.edits.length > 0) staged.apply(result.edits);

    const header = (finding: Finding) => from === 0 && (finding.row === null || finding.row === 1);
    const rejected = result.rejected.filter((f) => inChunk(f.row) || header(f));
    const warnings = result.warnings.filter((f) => inChunk(f.row) || header(f));
    const earlierOut = new Set<number>();
    for (const finding of result.rejected) if (!inChunk(finding.row)) earlierOut.add(finding.row!);
    for (const finding of result.warnings) {
      if (finding.rule === 'IMP.duplicate' && !inChunk(finding.row)) earlierOut.add(finding.row!);
    }
    const earlierKept = [...earlier].filter((i) => !earlierOut.has(i + 1)).length;

    return {
      staged: staged.staged(),
      added: partial.added + result.added,
      updated: partial.updated + result.updated,
      unchanged: partial.unchanged + result.unchanged - earlierKept,
      rejectedCount: partial.rejectedCount + rejected.length,
      warningCount: partial.warningCount + warnings.length,
      rejected: keep(partial.rejected, rejected),
      warnings: keep(partial.warnings, warnings),
    };
  },

  finish(workbook, input, partial) {
    const { staged, ...counts } = partial;
    return { edits: stagedEdits(workbook, staged), kind: input.kind, ...counts };
  },

  drifted: (workbook, partial) => driftOf(workbook, partial.staged),
};

// --- machine translation drafts, a batch of texts per chunk ----------------------------------

export interface TranslationJobInput {
  user: string;
  sites?: readonly Site[];
  translator: Translator;
}

export interface TranslationPartial {
  /** Translations so far: target language → source text → translation. */
  translated: Record<string, Record<string, string>>;
}

export interface TranslationOutcome {
  drafts: number;
  findings: Finding[];
  /** Translator calls made by the final write for texts the chunks did not have. */
  lateCalls: number;
}

interface TextToTranslate {
  to: string;
  text: string;
}

/** The sites a user drafts for: those asked, each of which they must work on, or all theirs. */
function draftSites(workbook: Workbook, input: TranslationJobInput): Site[] {
  const loaded = load(workbook, ['newProducts'], { required: ['newProducts'] });
  const allowed = (site: Site): boolean =>
    hasRole(loaded.settings, input.user, 'uploader') ||
    hasRole(loaded.settings, input.user, 'siteOwner', site);
  const sites = input.sites ? [...input.sites] : TRANSLATION_SITES.filter(allowed);
  if (sites.length === 0 || sites.some((site) => !allowed(site))) {
    throw new RoleError(
      'siteOwner',
      input.user,
      t('生成机翻草稿', 'Drafting machine translations'),
    );
  }
  return sites;
}

/** Every text the drafts need, in the order one run would send them, each language apart. */
function textsToTranslate(workbook: Workbook, sites: readonly Site[]): TextToTranslate[] {
  const loaded = load(workbook, ['newProducts', 'translations', 'glossary'], {
    required: ['newProducts'],
  });
  const texts: TextToTranslate[] = [];
  planTranslations(
    loaded,
    (batch, _from, to) => {
      for (const text of batch) texts.push({ to, text });
      return batch;
    },
    { sites },
  );
  return texts;
}

/**
 * "Translate" as a job: the texts are what is slow (LanguageApp), so each chunk translates a
 * batch of them and keeps the translations; the last step runs the workflow itself with those
 * translations, so the drafts are exactly what one run would write. The sites are checked
 * against the user's roles before any text is sent, and again by the workflow at the end.
 */
export const translationJob: JobDefinition<
  TranslationJobInput,
  TranslationPartial,
  TranslationOutcome
> = {
  kind: 'translate',

  chunkSize: () => 40,

  start(workbook, input) {
    const sites = draftSites(workbook, input);
    return { total: textsToTranslate(workbook, sites).length, partial: { translated: {} } };
  },

  process(workbook, input, from, to, partial) {
    const texts = once(workbook, 'texts', () =>
      textsToTranslate(workbook, draftSites(workbook, input)),
    ).slice(from, to);
    const translated = { ...partial.translated };
    const byLanguage = new Map<string, string[]>();
    for (const { to: language, text } of texts) {
      if (translated[language]?.[text] !== undefined) continue;
      const batch = byLanguage.get(language);
      if (batch) batch.push(text);
      else byLanguage.set(language, [text]);
    }
    for (const [language, batch] of byLanguage) {
      const result = input.translator(batch, 'en', language);
      if (result.length !== batch.length) {
        throw new Error(`the translator gave ${result.length} texts for ${batch.length}`);
      }
      const known = { ...translated[language] };
      batch.forEach((text, i) => (known[text] = result[i]));
      translated[language] = known;
    }
    return { translated };
  },

  finish(workbook, input, partial) {
    let lateCalls = 0;
    const remembered: Translator = (texts, from, to) => {
      const known = partial.translated[to] ?? {};
      const missing = texts.filter((text) => known[text] === undefined);
      const late = new Map<string, string>();
      if (missing.length > 0) {
        // The sheets changed while the job ran: translate what is new now.
        lateCalls += 1;
        const result = input.translator(missing, from, to);
        missing.forEach((text, i) => late.set(text, result[i]));
      }
      return texts.map((text) => known[text] ?? late.get(text) ?? '');
    };
    const staged = new StagedWorkbook(workbook);
    const plan = runTranslations(staged, remembered, {
      user: input.user,
      sites: draftSites(workbook, input),
    });
    return {
      edits: stagedEdits(workbook, staged.staged()),
      drafts: plan.drafts.length,
      findings: plan.findings,
      lateCalls,
    };
  },

  drifted: () => [],
};
