import { batchesOf, confirmedBatchesOf } from '../core/amazon/listing';
import type { NewProductRow } from '../core/contract/rows';
import { enumLabel } from '../core/contract/headers';
import { SITE_OPTIONS, SITES } from '../core/contract/sheets';
import type { Site } from '../core/contract/sheets';
import { localDate } from '../core/dates';
import { fill } from '../core/i18n';
import type { Lang } from '../core/i18n';
import type { RowMeta } from '../core/reader';
import { hasRole } from '../core/roles';
import type { Settings } from '../core/settings';
import { confirmUpload, exportAmazon } from '../workflows/export-amazon';
import { load, rowsOf } from '../workflows/load';
import type { Workbook } from '../workbook/port';
import { folderNamed, openExportFolder, saveFiles } from './export-folder';
import type { SavedFile } from './export-folder';
import { userLang } from './locale';
import { BAD_ARGUMENTS, RefusedError } from './refusal';
import { amazonSellerId } from './seller-id';
import { runSidebarAction } from './sidebar-action';
import { openSidebar } from './sidebar';
// The export and its preflight read the product type schemas from their HTML file.
import './product-type-file';

/** One site the export sidebar offers. */
export interface ExportSiteChoice {
  site: Site;
  label: string;
  /** Whether this person may stamp the site's rows as exported (a dry run needs no role). */
  mayStamp: boolean;
}

/** Everything the export sidebar shows before a run, in the user's language. */
export interface ExportView {
  lang: Lang;
  title: string;
  intro: string;
  sites: ExportSiteChoice[];
  text: {
    sitesLegend: string;
    notYours: string;
    dryRun: string;
    dryRunHint: string;
    run: string;
    /** "Exporting {site} ({n} of {total})…" */
    progress: string;
    nothingChosen: string;
    done: string;
    doneDry: string;
    filesHeading: string;
    refusedHeading: string;
    problemsHeading: string;
    close: string;
  };
}

/** What exporting one site did, in the person's words, with links to the files. */
export interface SiteExport {
  site: Site;
  label: string;
  summary: string;
  exported: number;
  refused: number;
  files: SavedFile[];
  /** Where the files are: the export folder and the day's subfolder. */
  folder: string;
  refusals: Array<{ sku: string; row: number; reasons: string[] }>;
  /** Problems of the site or its template rather than of a row. */
  problems: string[];
}

const TEXT = {
  zh: {
    title: '导出亚马逊',
    intro:
      '为每个站点按“检查我的文件”的规则检查已审核的产品，生成上传文件（制表符分隔）和 JSON 上传数据，' +
      '保存在导出文件夹中当天日期的子文件夹里。有错误的行不导出，并列出原因。',
    sitesLegend: '站点',
    notYours: '您不是此站点的负责人或上传人员：只能试运行',
    dryRun: '试运行：只检查并生成文件，不标记已导出',
    dryRunHint: '正式导出会在“新品”表中写入导出批次号。',
    run: '导出',
    progress: '正在导出 {site}（{n}/{total}）…',
    nothingChosen: '请至少选择一个站点。',
    done: '导出完成。',
    doneDry: '试运行完成：没有行被标记为已导出。',
    filesHeading: '文件',
    refusedHeading: '未导出的行',
    problemsHeading: '其他问题',
    close: '关闭',
    summary: '导出 {exported} 行，拒绝 {refused} 行，此前已导出 {before} 行 · 批次 {batch}',
    folder: '{folder} › {date}',
  },
  en: {
    title: 'Export to Amazon',
    intro:
      'For each site, the approved products are checked as Seller Central\'s "check my file" ' +
      'would, then an upload file (tab-delimited) and a JSON listings feed are saved in the ' +
      "export folder, under the day's date. Rows with an error stay out, each with its reasons.",
    sitesLegend: 'Sites',
    notYours: 'You are neither an uploader nor the owner of this site: dry run only',
    dryRun: 'Dry run: check and build the files, mark no row exported',
    dryRunHint: 'A real export writes the batch id into the new-products sheet.',
    run: 'Export',
    progress: 'Exporting {site} ({n} of {total})…',
    nothingChosen: 'Choose at least one site.',
    done: 'Export done.',
    doneDry: 'Dry run done: no row was marked exported.',
    filesHeading: 'Files',
    refusedHeading: 'Rows left out',
    problemsHeading: 'Other problems',
    close: 'Close',
    summary: '{exported} exported, {refused} refused, {before} exported before · batch {batch}',
    folder: '{folder} › {date}',
  },
};

/** The export sidebar's content: the sites, and which this person may stamp. */
export function exportView(workbook: Workbook, lang: Lang, user: string): ExportView {
  const text = TEXT[lang];
  const { settings } = load(workbook, []);
  return {
    lang,
    title: text.title,
    intro: text.intro,
    sites: SITES.map((site) => ({
      site,
      label: enumLabel(SITE_OPTIONS, site, lang),
      mayStamp: hasRole(settings, user, 'uploader') || hasRole(settings, user, 'siteOwner', site),
    })),
    text: {
      sitesLegend: text.sitesLegend,
      notYours: text.notYours,
      dryRun: text.dryRun,
      dryRunHint: text.dryRunHint,
      run: text.run,
      progress: text.progress,
      nothingChosen: text.nothingChosen,
      done: text.done,
      doneDry: text.doneDry,
      filesHeading: text.filesHeading,
      refusedHeading: text.refusedHeading,
      problemsHeading: text.problemsHeading,
      close: text.close,
    },
  };
}

/** Menu "Export to Amazon…": opens the export sidebar. */
export function showAmazonExport(): void {
  openSidebar('export', TEXT[userLang()].title);
}

/** Server function of the export sidebar: the sites, and which this person may stamp. */
export function getExportView(): ExportView {
  return runSidebarAction('export-view', { writes: false }, ({ workbook, lang, user }) => ({
    result: exportView(workbook, lang, user),
    counts: 'view',
  }));
}

/**
 * Server function of the export sidebar: exports one site (the page asks site by site, so it
 * can show how far it is), saves its files in the export folder under the day's date, and,
 * unless a dry run, stamps the exported rows with the batch id. Only an uploader or the
 * site's owner may stamp.
 */
export function exportSite(site: unknown, dryRun: unknown): SiteExport {
  const audit = { zh: '导出亚马逊上传文件', en: 'Exporting Amazon upload files' };
  return runSidebarAction('export-amazon', { writes: true, audit }, (context) => {
    const { workbook, lang, now, user } = context;
    if (typeof site !== 'string' || !(SITES as readonly string[]).includes(site)) {
      throw new RefusedError(BAD_ARGUMENTS);
    }
    if (typeof dryRun !== 'boolean') throw new RefusedError(BAD_ARGUMENTS);
    const text = TEXT[lang];
    const date = localDate(now, workbook.timeZone());
    // The seller id lives in the document properties; Settings only when none is set there.
    const sellerId = amazonSellerId() ?? undefined;
    const result = exportAmazon(workbook, {
      sites: [site as Site],
      dryRun,
      user,
      now,
      date,
      sellerId,
    });

    // Saved on a dry run too: the files are what the person checks before a real export.
    const root = openExportFolder(workbook).folder;
    const files = saveFiles(folderNamed(root, date), result.files);
    const summary = result.summary[0];
    const exported = summary?.exported ?? 0;
    return {
      result: {
        site: site as Site,
        label: enumLabel(SITE_OPTIONS, site, lang),
        summary: fill(text.summary, {
          exported,
          refused: summary?.refused ?? 0,
          before: summary?.alreadyExported ?? 0,
          batch: summary?.batchId ?? '',
        }),
        exported,
        refused: result.refused.length,
        files,
        folder: fill(text.folder, { folder: root.getName(), date }),
        refusals: result.refused.map((refusal) => ({
          sku: refusal.sku,
          row: refusal.row,
          reasons: refusal.findings.map((finding) => finding.message[lang]),
        })),
        problems: result.findings.map((finding) => finding.message[lang]),
      },
      counts: `${site}: ${exported} rows, ${result.refused.length} refused${dryRun ? ', dry run' : ''}`,
      sheet: dryRun ? undefined : result.edits[0]?.tab,
    };
  });
}

/** A row of an export batch that is not marked Uploaded yet. */
export interface PendingRow {
  row: number;
  sku: string;
}

/** An export batch whose rows are not all marked Uploaded: its upload awaits confirmation. */
export interface UploadBatch {
  batchId: string;
  site: Site;
  label: string;
  /** The export day, `YYYY-MM-DD`. */
  date: string;
  /** Rows of the new-product sheet stamped with the batch. */
  rows: number;
  notUploaded: PendingRow[];
  /** Whether this person may confirm it: an uploader, or the owner of the batch's site. */
  mayConfirm: boolean;
}

/** The "Confirm upload" section of the export sidebar, in the user's language. */
export interface UploadBatchesView {
  lang: Lang;
  batches: UploadBatch[];
  text: {
    heading: string;
    intro: string;
    none: string;
    confirm: string;
    notYours: string;
    /** "Confirming {batch}…" */
    busy: string;
    /** "{date} · {rows}, {pending} not yet Uploaded"; {rows} carries its unit, {pending} not. */
    counts: string;
    /** "Not yet Uploaded: {list}" */
    pendingList: string;
    /** "{sku} (row {row})" */
    pendingRow: string;
    /** "… and {n} more" */
    more: string;
    /** One row, or `{n}` rows, as the counts say them. */
    oneRow: string;
    manyRows: string;
  };
}

/** What confirming a batch did, in words, and the batches still awaiting confirmation. */
export interface UploadConfirmed {
  batchId: string;
  /** Rows this confirmation marked Uploaded. */
  marked: number;
  /** Rows of the batch that were Uploaded before. */
  alreadyUploaded: number;
  summary: string;
  view: UploadBatchesView;
}

const CONFIRM_TEXT = {
  zh: {
    heading: '确认上传',
    intro:
      '把文件上传到卖家平台（Seller Central）后在此确认：该批次的行在“上新表”中标记为“已上传”。',
    none: '没有等待确认的导出批次。',
    confirm: '我已将此文件上传到卖家平台',
    notYours: '只有上传人员或此站点的负责人可以确认。',
    busy: '正在确认 {batch}…',
    counts: '{date} · {rows}，其中 {pending} 行尚未标记为“已上传”',
    pendingList: '尚未标记：{list}',
    pendingRow: '{sku}（第{row}行）',
    more: '等，另有 {n} 行',
    oneRow: '1 行',
    manyRows: '{n} 行',
  },
  en: {
    heading: 'Confirm upload',
    intro:
      'Once a file is uploaded to Seller Central, confirm it here: the rows of its batch are ' +
      'marked Uploaded in the new-products sheet.',
    none: 'No exported batch is waiting for confirmation.',
    confirm: 'I uploaded this file to Seller Central',
    notYours: 'Only an uploader or the owner of this site can confirm it.',
    busy: 'Confirming {batch}…',
    counts: '{date} · {rows}, {pending} not yet Uploaded',
    pendingList: 'Not yet Uploaded: {list}',
    pendingRow: '{sku} (row {row})',
    more: '… and {n} more',
    oneRow: '1 row',
    manyRows: '{n} rows',
  },
};

/** What a confirmation says it did. */
const CONFIRMED_TEXT = {
  zh: {
    marked: '{batch}：已将 {marked}标记为“已上传”。',
    markedSome: '{batch}：已将 {marked}标记为“已上传”；另有 {already}此前已是“已上传”。',
    nothing: '{batch}：{already}此前都已是“已上传”，没有更改。',
  },
  en: {
    marked: '{batch}: {marked} marked Uploaded.',
    markedSome: '{batch}: {marked} marked Uploaded; {already} already Uploaded before.',
    nothing: '{batch}: nothing changed, {already} already Uploaded.',
  },
};

/** An export batch id as the export writes it, for one of the five sites. */
const BATCH_ID = new RegExp(`^AMZ-\\d{4}-\\d{2}-\\d{2}-(${SITES.join('|')})$`);

type ProductEntry = NewProductRow & RowMeta;

function rowCount(n: number, lang: Lang): string {
  const text = CONFIRM_TEXT[lang];
  return n === 1 ? text.oneRow : fill(text.manyRows, { n });
}

/**
 * The export batches that have rows not marked Uploaded, newest first, then in site order.
 * `nowUploaded` names the rows and batches (`<row> <batch>`) just confirmed, so the list after a
 * confirmation needs no second read.
 */
function awaitingBatches(
  rows: readonly ProductEntry[],
  settings: Settings,
  user: string,
  lang: Lang,
  nowUploaded: ReadonlySet<string> = new Set(),
): UploadBatch[] {
  const batches = new Map<string, UploadBatch>();
  for (const row of rows) {
    const confirmed = new Set(confirmedBatchesOf(row.exportBatch));
    for (const id of batchesOf(row.exportBatch)) {
      const uploaded = confirmed.has(id) || nowUploaded.has(`${row.rowNumber} ${id}`);
      if (!BATCH_ID.test(id)) continue;
      const site = id.slice(-2) as Site;
      let batch = batches.get(id);
      if (!batch) {
        batch = {
          batchId: id,
          site,
          label: enumLabel(SITE_OPTIONS, site, lang),
          date: id.slice(4, 14),
          rows: 0,
          notUploaded: [],
          mayConfirm:
            hasRole(settings, user, 'uploader') || hasRole(settings, user, 'siteOwner', site),
        };
        batches.set(id, batch);
      }
      batch.rows += 1;
      if (!uploaded) batch.notUploaded.push({ row: row.rowNumber, sku: row.sku ?? '' });
    }
  }
  return [...batches.values()]
    .filter((batch) => batch.notUploaded.length > 0)
    .sort((a, b) => b.date.localeCompare(a.date) || SITES.indexOf(a.site) - SITES.indexOf(b.site));
}

function uploadBatchesView(batches: UploadBatch[], lang: Lang): UploadBatchesView {
  return { lang, batches, text: CONFIRM_TEXT[lang] };
}

/**
 * Server function of the export sidebar: the export batches whose upload awaits
 * confirmation, read from the new-product sheet (none when the workbook lacks it).
 */
export function getUploadBatches(): UploadBatchesView {
  return runSidebarAction('upload-batches', { writes: false }, ({ workbook, lang, user }) => {
    const loaded = load(workbook, ['newProducts']);
    const batches = awaitingBatches(rowsOf(loaded, 'newProducts'), loaded.settings, user, lang);
    return { result: uploadBatchesView(batches, lang), counts: `${batches.length} batches` };
  });
}

/**
 * Server function of the export sidebar: the person says a batch's file is uploaded to Seller
 * Central, and the batch's rows get the status Uploaded, under the document lock and in the
 * Audit log. Only an uploader, or the owner of the batch's site, may confirm (R4.5, R4.6).
 */
export function confirmAmazonUpload(batchId: unknown): UploadConfirmed {
  const audit = { zh: '确认亚马逊上传', en: 'Confirming an Amazon upload' };
  const options = { writes: true, audit, roles: ['uploader', 'siteOwner'] as const };
  return runSidebarAction('confirm-amazon-upload', options, (context) => {
    const { workbook, lang, now, user } = context;
    if (typeof batchId !== 'string' || !BATCH_ID.test(batchId)) {
      throw new RefusedError(BAD_ARGUMENTS);
    }

    // The workbook remembers this read, so confirming reads the sheet no second time.
    const loaded = load(workbook, ['newProducts'], { required: ['newProducts'] });
    const rows = rowsOf(loaded, 'newProducts');
    const before = new Set(
      rows
        .filter((row) => confirmedBatchesOf(row.exportBatch).includes(batchId))
        .map((row) => row.rowNumber),
    );
    const confirmed = confirmUpload(workbook, batchId, user, now);
    if (confirmed.rows.length === 0) {
      throw new RefusedError(confirmed.findings[0]?.message ?? BAD_ARGUMENTS);
    }

    const marked = confirmed.rows.filter((row) => !before.has(row));
    const already = confirmed.rows.length - marked.length;
    const text = CONFIRMED_TEXT[lang];
    const template =
      marked.length === 0 ? text.nothing : already > 0 ? text.markedSome : text.marked;
    const justConfirmed = new Set(confirmed.rows.map((row) => `${row} ${batchId}`));
    const batches = awaitingBatches(rows, loaded.settings, user, lang, justConfirmed);
    return {
      result: {
        batchId,
        marked: marked.length,
        alreadyUploaded: already,
        summary: fill(template, {
          batch: batchId,
          marked: rowCount(marked.length, lang),
          already: rowCount(already, lang),
        }),
        view: uploadBatchesView(batches, lang),
      },
      counts: `${batchId}: ${marked.length} rows marked, ${already} already uploaded`,
      sheet: marked.length > 0 ? loaded.tabs.newProducts : undefined,
      rows: marked,
    };
  });
}
