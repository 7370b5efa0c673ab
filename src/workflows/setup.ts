import { isBlank } from '../core/cells';
import { SETTING_DEFAULTS, SHEETS, SHEET_IDS } from '../core/contract/sheets';
import { findSheetName, normalizeHeader } from '../core/contract/headers';
import type { ColumnDef, SheetDef, SheetId } from '../core/contract/types';
import { UnusableInputError } from '../core/findings';
import type { Finding } from '../core/findings';
import type { Lang, Localized } from '../core/i18n';
import { locate } from '../core/reader';
import type { ColumnStyle, TabEdit, Workbook } from '../workbook/port';

/** What the meaning of each setting is, written beside it when Set up adds it. */
const SETTING_NOTES: Record<string, Localized> = {
  baseCurrency: { zh: '成本和报表的币种', en: 'currency of costs and reports' },
  timeZone: { zh: '文件中日期的时区', en: 'time zone of dates in files' },
  minListingMargin: { zh: '上架最低利润率 R4.2d', en: 'minimum listing margin, R4.2d' },
  minOrderMargin: { zh: '采购最低毛利率 R5.1h', en: 'minimum order margin to purchase, R5.1h' },
  expressOverKg: { zh: '超过此重量走快递 R4.2b', en: 'over this weight ship express, R4.2b' },
  dangerousFreightFactor: {
    zh: '带电/粉末/液体运费倍数 R4.2c',
    en: 'dangerous goods freight factor, R4.2c',
  },
  declaredValueShare: {
    zh: '申报价值占订单价比例 R5.4b',
    en: 'declared value share of order price, R5.4b',
  },
  smallParcelDeclaredUsd: {
    zh: '2公斤以下小件申报美元 最小-最大 R5.4b',
    en: 'small parcel declared USD min-max, R5.4b',
  },
  refundApprovalOver: {
    zh: '超过此金额的退款需总监批准 R6.2f',
    en: 'refunds over this need a director, R6.2f',
  },
  reassureAfterDays: {
    zh: '发货后未妥投安抚天数 R6.1f',
    en: 'days undelivered before reassuring, R6.1f',
  },
  refundAfterDays: {
    zh: '发货后未妥投退款天数 R6.1f',
    en: 'days undelivered before refunding, R6.1f',
  },
  directors: { zh: '总监邮箱，逗号分隔', en: 'directors, comma-separated emails' },
  uploaders: { zh: '上传人员邮箱', en: 'uploaders, emails' },
  finance: { zh: '财务邮箱', en: 'finance, emails' },
  purchasing: { zh: '采购邮箱', en: 'purchasing, emails' },
  referralFee: { zh: '亚马逊佣金比例', en: 'Amazon referral fee share' },
  exportFolderId: {
    zh: '导出和报表的云端硬盘文件夹ID',
    en: 'Drive folder id for exports and reports',
  },
  sellerId: {
    zh: '亚马逊卖家编号（建议存于文档属性）',
    en: 'Amazon merchant token (better kept in document properties)',
  },
  merchantShippingGroup: { zh: '亚马逊运费模板', en: 'Amazon shipping template' },
  countryOfOrigin: { zh: '默认原产地', en: 'default country of origin' },
  priceEnding: { zh: '建议售价的尾数', en: 'suggested prices end in it' },
};

function settingNote(key: string): Localized {
  if (key.startsWith('vat.'))
    return { zh: `${key.slice(4)} 站增值税率`, en: `VAT rate of the ${key.slice(4)} site` };
  if (key.startsWith('owner.'))
    return { zh: `${key.slice(6)} 站负责人邮箱`, en: `owners of the ${key.slice(6)} site` };
  return SETTING_NOTES[key] ?? { zh: '', en: '' };
}

export interface SetupReport {
  tab: string;
  created: boolean;
  addedColumns: string[];
  addedSettings: string[];
}

export interface SetupPlan {
  edits: TabEdit[];
  report: SetupReport[];
  findings: Finding[];
}

function columnStyle(
  column: ColumnDef,
  at: number,
  lang: Lang,
  withFormat: boolean,
): ColumnStyle | null {
  const style: ColumnStyle = { column: at };
  if (withFormat && column.format) style.format = column.format;
  if (column.options) style.dropdown = column.options.map((option) => option[lang]);
  return style.format || style.dropdown ? style : null;
}

function planNewSheet(def: SheetDef, lang: Lang): { edit: TabEdit; report: SetupReport } {
  const tab = def.name[lang];
  const header = def.columns.map((column) => column.label[lang]);
  const rows: string[][] = [header];
  const addedSettings: string[] = [];
  if (def.id === 'settings') {
    for (const [key, value] of Object.entries(SETTING_DEFAULTS)) {
      rows.push([key, value, settingNote(key)[lang]]);
      addedSettings.push(key);
    }
  }
  const edit: TabEdit = {
    tab,
    create: true,
    blocks: [{ row: 1, column: 1, values: rows }],
    headerStyle: { columns: header.length },
    columns: def.columns
      .map((column, i) => columnStyle(column, i + 1, lang, true))
      .filter((style): style is ColumnStyle => style !== null),
  };
  return { edit, report: { tab, created: true, addedColumns: header, addedSettings } };
}

/**
 * Plans "Set up sheets": adopts the sheets the workbook has, creates the missing ones, adds
 * missing columns at the right of each sheet and missing settings keys below the last one.
 * Existing cells are never moved, renamed, cleared or written.
 */
export function planSetup(
  workbook: Workbook,
  lang: Lang,
  options: { optional?: readonly SheetId[] } = {},
): SetupPlan {
  const tabNames = workbook.tabNames();
  const plan: SetupPlan = { edits: [], report: [], findings: [] };

  for (const id of SHEET_IDS) {
    const def = SHEETS[id];
    const tab = findSheetName(def, tabNames);
    if (!tab) {
      if (def.optional && !options.optional?.includes(id)) continue;
      const created = planNewSheet(def, lang);
      plan.edits.push(created.edit);
      plan.report.push(created.report);
      continue;
    }

    const values = workbook.read(tab);
    const located = locate(def, values, tab);
    const blocking = located.findings.filter(
      (finding) => finding.rule === 'WB.header.duplicate' || finding.rule === 'WB.header.blank',
    );
    plan.findings.push(...blocking);
    if (blocking.some((finding) => finding.severity === 'error')) continue;

    const { layout } = located;
    const sheetLang = located.layout.headers.some((header) => header !== '') ? layout.lang : lang;
    // New columns go right of every used column, header or not: a column a person filled
    // without a header is theirs, never relabelled.
    let width = 0;
    for (const row of values) {
      for (let c = row.length - 1; c >= width; c -= 1) {
        if (!isBlank(row[c])) {
          width = c + 1;
          break;
        }
      }
    }
    const missing = def.columns.filter((column) => layout.index[column.id] === undefined);
    const added = missing.map((column) => column.label[sheetLang]);
    const styles: ColumnStyle[] = [];
    def.columns.forEach((column) => {
      const existing = layout.index[column.id];
      const at = existing === undefined ? width + missing.indexOf(column) + 1 : existing + 1;
      const style = columnStyle(column, at, sheetLang, existing === undefined);
      if (style) styles.push(style);
    });

    const edit: TabEdit = {
      tab,
      headerStyle: { columns: width + missing.length },
      columns: styles,
      blocks: [],
    };
    if (missing.length > 0) edit.blocks?.push({ row: 1, column: width + 1, values: [added] });

    const addedSettings: string[] = [];
    if (id === 'settings') {
      const keyAt = layout.index.key ?? 0;
      const present = new Set(
        values.slice(1).map((row) => normalizeHeader(String(row[keyAt] ?? ''))),
      );
      const keyCol = keyAt + 1;
      const valueCol =
        (layout.index.value ?? width + missing.findIndex((c) => c.id === 'value')) + 1;
      const noteCol = (layout.index.note ?? width + missing.findIndex((c) => c.id === 'note')) + 1;
      let lastRow = values.length;
      while (lastRow > 1 && values[lastRow - 1].every(isBlank)) lastRow -= 1;
      const newRows = Object.keys(SETTING_DEFAULTS).filter(
        (key) => !present.has(normalizeHeader(key)),
      );
      if (newRows.length > 0) {
        const left = Math.min(keyCol, valueCol, noteCol);
        const right = Math.max(keyCol, valueCol, noteCol);
        const block = newRows.map((key) => {
          const row: string[] = new Array(right - left + 1).fill('');
          row[keyCol - left] = key;
          row[valueCol - left] = SETTING_DEFAULTS[key];
          row[noteCol - left] = settingNote(key)[sheetLang];
          return row;
        });
        edit.blocks?.push({ row: lastRow + 1, column: left, values: block });
        addedSettings.push(...newRows);
      }
    }
    plan.edits.push(edit);
    plan.report.push({ tab, created: false, addedColumns: added, addedSettings });
  }
  return plan;
}

/** Runs Set up: plans, refuses when a sheet's header is ambiguous, then applies in one go. */
export function runSetup(
  workbook: Workbook,
  lang: Lang,
  options: { optional?: readonly SheetId[] } = {},
): SetupPlan {
  const plan = planSetup(workbook, lang, options);
  const errors = plan.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) throw new UnusableInputError(errors);
  workbook.apply(plan.edits);
  return plan;
}
