import * as Papa from 'papaparse';
import type { Cell, OutCell } from '../core/cells';
import { SHEETS } from '../core/contract/sheets';
import type { ColumnDef, SheetDef, SheetId } from '../core/contract/types';
import { outValue } from '../core/contract/values';
import { localDate, wallClock } from '../core/dates';
import type { LocalDate } from '../core/dates';
import { UnusableInputError } from '../core/findings';
import type { Finding } from '../core/findings';
import { t } from '../core/i18n';
import type { Localized } from '../core/i18n';
import { isParentRow, newProductSheet } from '../core/new-products/sheet';
import type { NewProductEntry, NewProductSheet } from '../core/new-products/sheet';
import { classifySupplierLink, supplierLinkKey } from '../core/new-products/supplier-link';
import { validateNewProductRows } from '../core/new-products/validate';
import type { NewProductContext } from '../core/new-products/validate';
import { rateCardsOf } from '../core/pricing/rate-card';
import { cellFinding } from '../core/reader';
import type { Layout } from '../core/reader';
import { requireRole, roleHolders } from '../core/roles';
import type { Role } from '../core/roles';
import type { OutgoingMail, OutputFile, TabEdit, Workbook } from '../workbook/port';
import { load, rowsOf } from './load';
import type { Loaded } from './load';
import { planRowWrites, setCell } from './row-writes';
import type { CellChanges } from './row-writes';

/** What a review action did, for the host to report. */
export interface ReviewResult {
  /** The rows (sheet row numbers) the action reviewed, top to bottom. */
  rows: number[];
  /** The status those rows now have: Submitted, Approved or Rejected. */
  status: 'Submitted' | 'Approved' | 'Rejected';
  /** Warnings and errors of the reviewed rows that did not stop the action. */
  findings: Finding[];
  /** Rows added to and updated in the SKU-supplier master (approval only). */
  master: { added: number; updated: number };
  /** The edits applied, in the one batch they were applied in. */
  edits: TabEdit[];
}

type Action = 'submit' | 'approve' | 'reject';

/** The statuses each action accepts a row in; a row in any other status refuses the action. */
const ACCEPTED_FROM: Record<Action, ReadonlySet<string>> = {
  submit: new Set(['Draft', 'Rejected', 'Submitted']),
  approve: new Set(['Submitted', 'Approved']),
  reject: new Set(['Submitted', 'Rejected']),
};

const TARGET: Record<Action, ReviewResult['status']> = {
  submit: 'Submitted',
  approve: 'Approved',
  reject: 'Rejected',
};

/** The columns each action writes; the reader treats all of them as optional. */
const WRITTEN: Record<Action, readonly string[]> = {
  submit: ['status'],
  approve: ['status', 'reviewer', 'reviewedAt', 'reviewNote'],
  reject: ['status', 'reviewer', 'reviewedAt', 'reviewNote'],
};

const ACTION_NAMES: Record<Action, Localized> = {
  submit: t('提交审核', 'Submitting for review'),
  approve: t('审核通过新品', 'Approving new products'),
  reject: t('驳回新品', 'Rejecting new products'),
};

const NEW_PRODUCTS = SHEETS.newProducts;
const SKU_SUPPLIERS = SHEETS.skuSuppliers;

function columnOf(sheet: SheetDef, id: string): ColumnDef {
  const column = sheet.columns.find((candidate) => candidate.id === id);
  if (!column) throw new Error(`no column ${id} in ${sheet.id}`);
  return column;
}

/** What the new-product checks read besides the sheet, from what a workflow loaded. */
function contextOf(loaded: Loaded, now: Date): NewProductContext {
  return {
    suppliers: rowsOf(loaded, 'skuSuppliers'),
    rateCards: rateCardsOf(
      rowsOf(loaded, 'shippingChannels'),
      loaded.tabs.shippingChannels ?? SHEETS.shippingChannels.name.en,
    ),
    fxRows: rowsOf(loaded, 'fx'),
    fxSheetName: loaded.tabs.fx ?? SHEETS.fx.name.en,
    settings: loaded.settings,
    today: localDate(now, loaded.workbook.timeZone()),
  };
}

/**
 * The business rules of the new-product sheet (上新表) over a loaded workbook, as `check` and
 * "Validate" run them.
 */
export function validateNewProducts(loaded: Loaded, now: Date): Finding[] {
  const read = loaded.reads.newProducts;
  if (!read) return [];
  return validateNewProductRows(newProductSheet(read.layout, read.rows), contextOf(loaded, now));
}

/** Groups sorted numbers into runs of consecutive ones: [3,4,5,9] → [[3,4,5],[9]]. */
function runsOf(numbers: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const number of [...numbers].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === number - 1) last.push(number);
    else runs.push([number]);
  }
  return runs;
}

function refuse(findings: Finding[]): never {
  throw new UnusableInputError(findings);
}

/** The reviewed rows, or the refusal: a row that is not a product, or in the wrong status. */
function pickRows(
  layout: Layout,
  entries: readonly NewProductEntry[],
  rows: readonly number[],
  action: Action,
): NewProductEntry[] {
  const byRow = new Map(entries.map((entry) => [entry.rowNumber, entry]));
  const problems: Finding[] = [];
  const picked: NewProductEntry[] = [];
  const statusLabel = (code: string): string =>
    outValue(columnOf(NEW_PRODUCTS, 'status'), code, layout.lang) as string;

  if (rows.length === 0) {
    problems.push(
      cellFinding(
        layout,
        null,
        'sku',
        'R3.5',
        'error',
        t('没有选中任何行', 'no rows are selected'),
      ),
    );
  }
  for (const rowNumber of new Set(rows)) {
    const entry = byRow.get(rowNumber);
    if (!entry) {
      problems.push(
        cellFinding(
          layout,
          rowNumber,
          'sku',
          'R3.5',
          'error',
          t('这一行没有产品', 'this row holds no product'),
        ),
      );
      continue;
    }
    const status = entry.status ?? 'Draft';
    if (!ACCEPTED_FROM[action].has(status)) {
      const allowed = [...ACCEPTED_FROM[action]].map(statusLabel).join(' / ');
      const label = statusLabel(status);
      problems.push(
        cellFinding(
          layout,
          rowNumber,
          'status',
          'R3.5',
          'error',
          t(
            `状态为“${label}”，${ACTION_NAMES[action].zh}只适用于：${allowed}`,
            `the status is "${label}"; ${ACTION_NAMES[action].en} applies to ${allowed} only`,
          ),
        ),
      );
      continue;
    }
    picked.push(entry);
  }
  if (problems.length > 0) refuse(problems);
  return picked.sort((a, b) => a.rowNumber - b.rowNumber);
}

/** Refuses an action whose columns the sheet lacks: "Set up sheets" adds them. */
function requireColumns(layout: Layout, action: Action): void {
  const missing = WRITTEN[action].filter((id) => layout.index[id] === undefined);
  if (missing.length === 0) return;
  refuse(
    missing.map((id) => {
      const label = columnOf(NEW_PRODUCTS, id).label;
      return {
        sheet: layout.sheetName,
        row: 1,
        column: id,
        rule: 'WB.column.missing',
        severity: 'error' as const,
        message: t(
          `${layout.sheetName}：缺少列「${label.zh}」，请先运行“设置工作表”`,
          `${layout.sheetName}: the column "${label.en}" is missing; run "Set up sheets" first`,
        ),
      };
    }),
  );
}

/**
 * The value blocks of cell changes, one per run of adjacent columns: the review columns may
 * sit apart in a user's sheet, and a block spanning the columns between them would rewrite
 * cells the review does not own.
 */
function blocksByColumnRun(loadedValues: Cell[][], changes: CellChanges, readZone: string) {
  const columns = new Set<number>();
  for (const cells of changes.values()) for (const column of cells.keys()) columns.add(column);
  return runsOf([...columns]).flatMap((run) => {
    const part: CellChanges = new Map();
    for (const [row, cells] of changes) {
      for (const column of run) {
        const value = cells.get(column);
        if (value !== undefined) setCell(part, row, column, value);
      }
    }
    return planRowWrites(loadedValues, part, [], readZone);
  });
}

/** The master's values for a product: what the new-product row says of its supplier. */
function masterValues(entry: NewProductEntry, today: LocalDate): Record<string, unknown> {
  return {
    sku: entry.sku,
    productName: entry.productName,
    supplierName: entry.supplierName,
    supplierUrl: entry.supplierUrl,
    platform: entry.supplierUrl ? classifySupplierLink(entry.supplierUrl).platform : null,
    unitCostCny: entry.costCny,
    weightKg: entry.weightKg,
    lengthCm: entry.lengthCm,
    widthCm: entry.widthCm,
    heightCm: entry.heightCm,
    battery: entry.battery,
    powder: entry.powder,
    liquid: entry.liquid,
    addedOn: today,
  };
}

/**
 * R4.1: every approved product is recorded in the SKU-supplier master, one row per (SKU,
 * supplier link). An existing row is updated with what the product row says, never blanked,
 * and keeps what people wrote themselves (contact, agent price, MOQ, notes, preferred, last
 * bought, its own added-on date); a missing one is appended. Variation parents are not bought,
 * so they get no row.
 */
function planMaster(
  loaded: Loaded,
  sheet: NewProductSheet,
  approved: readonly NewProductEntry[],
  today: LocalDate,
): { edit: TabEdit | null; added: number; updated: number } {
  const read = loaded.reads.skuSuppliers!;
  const { layout } = read;
  const existing = new Map<string, (typeof read.rows)[number]>();
  for (const row of read.rows) {
    if (row.sku && row.supplierUrl)
      existing.set(`${row.sku}\n${supplierLinkKey(row.supplierUrl)}`, row);
  }

  const changes: CellChanges = new Map();
  const appended: OutCell[][] = [];
  let updated = 0;
  for (const entry of approved) {
    if (!entry.sku || !entry.supplierUrl || isParentRow(sheet, entry)) continue;
    const values = masterValues(entry, today);
    const row = existing.get(`${entry.sku}\n${supplierLinkKey(entry.supplierUrl)}`);
    if (row) {
      let changed = false;
      for (const [id, value] of Object.entries(values)) {
        const at = layout.index[id];
        if (at === undefined || value === null || id === 'supplierUrl' || id === 'sku') continue;
        if (id === 'addedOn' && row.addedOn) continue;
        if (row[id as keyof typeof row] === value) continue;
        setCell(
          changes,
          row.rowNumber,
          at + 1,
          outValue(columnOf(SKU_SUPPLIERS, id), value, layout.lang),
        );
        changed = true;
      }
      if (changed) updated += 1;
      continue;
    }
    const line: OutCell[] = new Array(layout.headers.length).fill('');
    for (const [id, value] of Object.entries(values)) {
      const at = layout.index[id];
      if (at !== undefined) line[at] = outValue(columnOf(SKU_SUPPLIERS, id), value, layout.lang);
    }
    appended.push(line);
  }

  const blocks = planRowWrites(
    loaded.values.skuSuppliers ?? [],
    changes,
    appended,
    loaded.workbook.cellTimeZone(),
  );
  const edit = blocks.length > 0 ? { tab: loaded.tabs.skuSuppliers!, blocks } : null;
  return { edit, added: appended.length, updated };
}

/**
 * Who may edit approved rows: the directors who approve them (R3.5), and the uploaders and
 * site owners whose exports and confirmed uploads write the rows' batch and status (R4.5,
 * R4.6). Researchers may not: what the director approved stays as approved.
 */
export const APPROVED_ROW_EDITORS: readonly Role[] = ['director', 'uploader', 'siteOwner'];

/** Protects newly approved rows against edits by anyone without an approved-row role. */
function protections(
  layout: Layout,
  rows: readonly NewProductEntry[],
  editors: string[],
): NonNullable<TabEdit['protect']> {
  // A row the add-on approved before (status Approved, reviewer written) is protected already.
  const fresh = rows.filter((row) => !(row.status === 'Approved' && row.reviewer));
  return runsOf(fresh.map((row) => row.rowNumber)).map((run) => {
    const from = run[0];
    const to = run[run.length - 1];
    const span = from === to ? `${from}` : `${from}–${to}`;
    return {
      description:
        layout.lang === 'zh'
          ? `已审核通过的新品（第${span}行）：仅总监、上传人员和站点负责人可编辑`
          : `Approved new products (rows ${span}): directors, uploaders and site owners only`,
      rows: { from, to },
      editors: [...editors],
    };
  });
}

function review(
  workbook: Workbook,
  action: Action,
  rows: readonly number[],
  user: string,
  note: string,
  now: Date,
): ReviewResult {
  const started = Date.now();
  const sheets: SheetId[] = ['newProducts', 'skuSuppliers', 'shippingChannels', 'fx'];
  const required: SheetId[] =
    action === 'approve' ? ['newProducts', 'skuSuppliers'] : ['newProducts'];
  const loaded = load(workbook, sheets, { required });
  if (action !== 'submit') {
    requireRole(loaded.settings, user, 'director', ACTION_NAMES[action]);
  }

  const read = loaded.reads.newProducts!;
  const { layout } = read;
  requireColumns(layout, action);
  if (action === 'reject' && note.trim() === '') {
    refuse([
      cellFinding(
        layout,
        null,
        'reviewNote',
        'R3.5',
        'error',
        t('驳回时请写明原因', 'a rejection needs a note saying why'),
      ),
    ]);
  }
  const picked = pickRows(layout, read.rows, rows, action);
  const status = TARGET[action];

  // Validated as they will stand: a child approved with its parent is fine, alone it is not.
  const chosen = new Set(picked.map((entry) => entry.rowNumber));
  const after = read.rows.map((entry) =>
    chosen.has(entry.rowNumber) ? { ...entry, status } : entry,
  );
  const sheet = newProductSheet(layout, after);
  const ofChosen = (finding: Finding): boolean =>
    finding.sheet === layout.sheetName && finding.row !== null && chosen.has(finding.row);
  const findings = [
    ...loaded.findings.filter(ofChosen),
    ...validateNewProductRows(sheet, contextOf(loaded, now)).filter(ofChosen),
  ];
  if (action === 'approve') {
    const errors = findings.filter((finding) => finding.severity === 'error');
    if (errors.length > 0) refuse(errors);
  }

  const timeZone = workbook.timeZone();
  const written: Record<string, unknown> = {
    status,
    reviewer: user.trim(),
    reviewedAt: wallClock(now, timeZone),
    reviewNote: note.trim(),
  };
  const changes: CellChanges = new Map();
  for (const entry of picked) {
    for (const id of WRITTEN[action]) {
      const value = outValue(columnOf(NEW_PRODUCTS, id), written[id], layout.lang);
      setCell(changes, entry.rowNumber, layout.index[id] + 1, value);
    }
  }
  const edit: TabEdit = {
    tab: loaded.tabs.newProducts!,
    blocks: blocksByColumnRun(loaded.values.newProducts ?? [], changes, workbook.cellTimeZone()),
  };
  const edits: TabEdit[] = [edit];

  let master = { added: 0, updated: 0 };
  if (action === 'approve') {
    const editors = roleHolders(loaded.settings, APPROVED_ROW_EDITORS);
    edit.protect = protections(layout, picked, editors);
    const planned = planMaster(loaded, sheet, picked, localDate(now, timeZone));
    if (planned.edit) edits.push(planned.edit);
    master = { added: planned.added, updated: planned.updated };
  }
  workbook.apply(edits);

  console.log(
    `review-${action}: ${picked.length} rows, ${findings.length} findings, ` +
      `master +${master.added} ~${master.updated}, ${Date.now() - started} ms`,
  );
  return { rows: picked.map((entry) => entry.rowNumber), status, findings, master, edits };
}

/**
 * A researcher submits rows for the director's review (R2.1, R3.5): Draft or Rejected rows
 * become Submitted. Their findings come back for the researcher to see; nothing else changes.
 */
export function submitRows(
  workbook: Workbook,
  rows: readonly number[],
  user: string,
  now: Date,
): ReviewResult {
  return review(workbook, 'submit', rows, user, '', now);
}

/**
 * A director approves submitted rows (R3.5): only the directors of Settings may; the rows are
 * validated again as approved and any error refuses the whole approval, listing them. Status,
 * reviewer, time and note are written, the rows are protected against edits by anyone but
 * the directors, uploaders and site owners (APPROVED_ROW_EDITORS), and each product is
 * recorded in the SKU-supplier master (R4.1).
 */
export function approveRows(
  workbook: Workbook,
  rows: readonly number[],
  user: string,
  note: string,
  now: Date,
): ReviewResult {
  return review(workbook, 'approve', rows, user, note, now);
}

/**
 * A director sends submitted rows back to the researcher with a note saying why (R3.5); only
 * the directors of Settings may.
 */
export function rejectRows(
  workbook: Workbook,
  rows: readonly number[],
  user: string,
  note: string,
  now: Date,
): ReviewResult {
  return review(workbook, 'reject', rows, user, note, now);
}

/** Approved rows whose review time (wall-clock text) passes a test. */
function approvedWhen(loaded: Loaded, test: (reviewedAt: string) => boolean): NewProductEntry[] {
  return rowsOf(loaded, 'newProducts').filter(
    (row) => row.status === 'Approved' && row.reviewedAt !== null && test(row.reviewedAt),
  );
}

/**
 * The mail to the uploaders (R3.4) listing the products approved since a moment, in Chinese
 * and English; null when nothing was approved or Settings names no uploader.
 */
export function approvedSinceDigest(
  workbook: Workbook,
  since: Date,
  now: Date,
): OutgoingMail | null {
  const started = Date.now();
  const loaded = load(workbook, ['newProducts'], { required: ['newProducts'] });
  const timeZone = workbook.timeZone();
  const [from, to] = [wallClock(since, timeZone), wallClock(now, timeZone)];
  const approved = approvedWhen(loaded, (at) => at > from && at <= to);
  const uploaders = loaded.settings.uploaders;
  console.log(
    `approved-digest: ${approved.length} rows, ${uploaders.length} recipients, ` +
      `${Date.now() - started} ms`,
  );
  if (approved.length === 0 || uploaders.length === 0) return null;

  const day = localDate(now, timeZone);
  const sheetName = loaded.tabs.newProducts!;
  const lines = approved.map((row) => {
    const note = row.reviewNote ? `  “${row.reviewNote}”` : '';
    const where = `${sheetName} #${row.rowNumber}, ${row.reviewer ?? ''}`;
    return `${row.sku}  ${row.productName ?? ''}  (${where})${note}`;
  });
  return {
    to: [...uploaders],
    subject: `[Seller Sheets] 新品已审核 / approved new products ${day}: ${approved.length}`,
    body: [
      `以下 ${approved.length} 个新品已通过总监审核，可以上传英国站（R3.4、R4.5）：`,
      `${approved.length} new products were approved by the director and are ready ` +
        'for the UK upload (R3.4, R4.5):',
      '',
      ...lines,
    ].join('\n'),
  };
}

/** A cell as a snapshot shows it: dates as wall-clock text, midnight left off. */
function snapshotText(cell: Cell, readZone: string): string {
  if (cell instanceof Date)
    return wallClock(cell, readZone)
      .replace('T', ' ')
      .replace(/ 00:00:00$/, '');
  if (cell === null || cell === undefined) return '';
  return String(cell);
}

/**
 * The day's approved rows as a dated CSV file, `new-products-YYYY-MM-DD.csv` (R3.2: each
 * day's picks saved under their date), with the sheet's own headers; null when nothing was
 * approved that day. Text that a spreadsheet would take for a formula is escaped.
 */
export function dailySnapshot(workbook: Workbook, now: Date): OutputFile | null {
  const started = Date.now();
  const loaded = load(workbook, ['newProducts'], { required: ['newProducts'] });
  const day = localDate(now, workbook.timeZone());
  const approved = approvedWhen(loaded, (at) => at.startsWith(day));
  console.log(`daily-snapshot: ${approved.length} rows, ${Date.now() - started} ms`);
  if (approved.length === 0) return null;

  const values = loaded.values.newProducts ?? [];
  const readZone = workbook.cellTimeZone();
  const { headers } = loaded.reads.newProducts!.layout;
  const data = approved
    .sort((a, b) => a.rowNumber - b.rowNumber)
    .map((row) =>
      headers.map((_, column) => snapshotText(values[row.rowNumber - 1]?.[column], readZone)),
    );
  const csv = Papa.unparse({ fields: headers, data }, { escapeFormulae: true, newline: '\r\n' });
  // The byte-order mark lets Excel open the Chinese text as UTF-8.
  return { name: `new-products-${day}.csv`, mimeType: 'text/csv', content: `\ufeff${csv}` };
}
