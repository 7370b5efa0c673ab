import { findSheetName } from '../core/contract/headers';
import { SHEETS } from '../core/contract/sheets';
import type { Finding } from '../core/findings';
import { fill } from '../core/i18n';
import type { Lang } from '../core/i18n';
import { requireAnyRole } from '../core/roles';
import { IMPORT_ACTIONS, IMPORT_ROLES, IMPORTS, runImport } from '../workflows/import-table';
import type { ImportKind } from '../workflows/import-table';
import { load } from '../workflows/load';
import type { Workbook } from '../workbook/port';
import { userLang } from './locale';
import { BAD_ARGUMENTS, RefusedError } from './refusal';
import { oneOfArgument, textArgument } from './server-arguments';
import { runSidebarAction } from './sidebar-action';
import { openSidebar } from './sidebar';

/** One kind of file the imports sidebar takes, and the sheet it fills. */
export interface ImportChoice {
  kind: ImportKind;
  label: string;
  description: string;
  /** The tab it fills, as this spreadsheet names it. */
  tab: string;
}

/** Everything the imports sidebar shows before a file is chosen, in the user's language. */
export interface ImportView {
  lang: Lang;
  title: string;
  intro: string;
  kinds: ImportChoice[];
  text: {
    kind: string;
    file: string;
    fileHint: string;
    xlsx: string;
    unreadable: string;
    empty: string;
    tooLarge: string;
    preview: string;
    previewSummary: string;
    import: string;
    importing: string;
    added: string;
    updated: string;
    unchanged: string;
    refused: string;
    refusedHeading: string;
    warningsHeading: string;
    close: string;
  };
}

/** What an import did, in words and numbers. */
export interface ImportDone {
  tab: string;
  summary: string;
  added: number;
  updated: number;
  unchanged: number;
  refused: Array<{ row: number | null; message: string }>;
  warnings: string[];
}

/** The largest file the sidebar sends in one call: an ERP's month of orders fits easily. */
export const MAX_IMPORT_ROWS = 20_000;
const MAX_IMPORT_COLUMNS = 200;

const TEXT = {
  zh: {
    title: '导入',
    intro:
      '选择 ERP 或物流商导出的 CSV 文件：先预览前几行，再导入。已有的行按订单号或运单号更新，不会重复添加。',
    kind: '导入什么',
    orders: 'ERP 订单',
    ordersDescription: '订单号 + SKU 相同的行会被更新',
    fees: '物流商运费账单',
    feesDescription: '物流商 + 运单号相同的行会被更新',
    file: '文件（.csv）',
    fileHint: 'UTF-8 或 GBK 编码的逗号或制表符分隔文件',
    xlsx: '这是 Excel 文件：请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”，再选择那个 .csv 文件。',
    unreadable: '无法读取此文件：',
    empty: '文件中没有数据行。',
    tooLarge: '文件超过 {n} 行：请分成几个文件导入。',
    preview: '预览（前 {n} 行）',
    previewSummary: '{rows} 行数据，{columns} 列',
    import: '导入到「{tab}」',
    importing: '正在导入…',
    added: '新增',
    updated: '更新',
    unchanged: '未变',
    refused: '拒绝',
    refusedHeading: '未导入的行',
    warningsHeading: '提醒',
    close: '关闭',
    summary:
      '「{tab}」：新增 {added} 行，更新 {updated} 行，{unchanged} 行未变，拒绝 {refused} 行。',
  },
  en: {
    title: 'Imports',
    intro:
      'Choose a CSV file exported from the ERP or a carrier: look at its first rows, then ' +
      'import it. Rows already in the sheet are updated by order or tracking number, never added twice.',
    kind: 'What to import',
    orders: 'ERP orders',
    ordersDescription: 'A row with the same order ID and SKU is updated',
    fees: "A carrier's fee bill",
    feesDescription: 'A row with the same carrier and tracking number is updated',
    file: 'File (.csv)',
    fileHint: 'Comma- or tab-separated, UTF-8 or GBK',
    xlsx:
      'This is an Excel file: in Excel choose "Save As → CSV UTF-8 (Comma delimited)", then ' +
      'choose that .csv file here.',
    unreadable: 'This file cannot be read: ',
    empty: 'The file has no data rows.',
    tooLarge: 'The file has more than {n} rows: please import it in parts.',
    preview: 'First {n} rows',
    previewSummary: '{rows} data rows, {columns} columns',
    import: 'Import into "{tab}"',
    importing: 'Importing…',
    added: 'added',
    updated: 'updated',
    unchanged: 'unchanged',
    refused: 'refused',
    refusedHeading: 'Rows not imported',
    warningsHeading: 'Warnings',
    close: 'Close',
    summary: '"{tab}": {added} added, {updated} updated, {unchanged} unchanged, {refused} refused.',
  },
};

/** The imports sidebar's content: each kind of file and the tab it fills here. */
export function importView(workbook: Workbook, lang: Lang): ImportView {
  const text = TEXT[lang];
  const names = workbook.tabNames();
  const tabOf = (kind: ImportKind) => {
    const def = SHEETS[IMPORTS[kind].sheet];
    return findSheetName(def, names) ?? def.name[lang];
  };
  return {
    lang,
    title: text.title,
    intro: text.intro,
    kinds: [
      {
        kind: 'orders',
        label: text.orders,
        description: text.ordersDescription,
        tab: tabOf('orders'),
      },
      { kind: 'fees', label: text.fees, description: text.feesDescription, tab: tabOf('fees') },
    ],
    text: {
      kind: text.kind,
      file: text.file,
      fileHint: text.fileHint,
      xlsx: text.xlsx,
      unreadable: text.unreadable,
      empty: text.empty,
      tooLarge: fill(text.tooLarge, { n: MAX_IMPORT_ROWS.toLocaleString('en') }),
      preview: text.preview,
      previewSummary: text.previewSummary,
      import: text.import,
      importing: text.importing,
      added: text.added,
      updated: text.updated,
      unchanged: text.unchanged,
      refused: text.refused,
      refusedHeading: text.refusedHeading,
      warningsHeading: text.warningsHeading,
      close: text.close,
    },
  };
}

/** A file's rows as the page parsed them: a rectangle of short texts, within the limits. */
function rowsArgument(value: unknown): string[][] {
  const bad = () => new RefusedError(BAD_ARGUMENTS);
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_IMPORT_ROWS + 1) {
    throw bad();
  }
  return value.map((row: unknown) => {
    if (!Array.isArray(row) || row.length > MAX_IMPORT_COLUMNS) throw bad();
    return row.map((cell: unknown) => {
      if (typeof cell !== 'string' || cell.length > 50_000) throw bad();
      return cell;
    });
  });
}

/** An import's outcome in the person's words. */
function importDone(result: ReturnType<typeof runImport>, lang: Lang): ImportDone {
  const message = (finding: Finding) => finding.message[lang];
  return {
    tab: result.tab,
    summary: fill(TEXT[lang].summary, {
      tab: result.tab,
      added: result.added,
      updated: result.updated,
      unchanged: result.unchanged,
      refused: result.rejected.length,
    }),
    added: result.added,
    updated: result.updated,
    unchanged: result.unchanged,
    refused: result.rejected.map((finding) => ({ row: finding.row, message: message(finding) })),
    warnings: result.warnings.map(message),
  };
}

/** Menu "Import orders or fees…": opens the imports sidebar. */
export function showImports(): void {
  openSidebar('imports', TEXT[userLang()].title);
}

/** Server function of the imports sidebar: the kinds of file and the tabs they fill. */
export function getImportView(): ImportView {
  return runSidebarAction('import-view', { writes: false }, ({ workbook, lang }) => ({
    result: importView(workbook, lang),
    counts: 'view',
  }));
}

/**
 * Server function of the imports sidebar: imports the rows of a file the person chose (the
 * page reads it; Apps Script has no file of its own to read) into its sheet, in one batch.
 * Text that looks like a formula arrives as text, never as a formula.
 */
export function importRows(kind: unknown, rows: unknown, fileName: unknown): ImportDone {
  const audit = { zh: '导入', en: 'Importing a file' };
  return runSidebarAction('import', { writes: true, audit }, ({ workbook, lang, user }) => {
    const importKind = oneOfArgument(kind, 'kind', Object.keys(IMPORTS) as ImportKind[]);
    const action = IMPORT_ACTIONS[importKind];
    requireAnyRole(load(workbook, []).settings, user, IMPORT_ROLES[importKind], action);
    const name = textArgument(fileName, 'fileName', 300);
    const result = runImport(workbook, importKind, rowsArgument(rows), name);
    return {
      result: importDone(result, lang),
      counts:
        `${importKind}: ${result.added} added, ${result.updated} updated, ` +
        `${result.unchanged} unchanged, ${result.rejected.length} refused`,
    };
  });
}
