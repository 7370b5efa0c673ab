import {
  isBlank,
  parseDate,
  parseDateTime,
  parseEmails,
  parseInteger,
  parseMoney,
  parseMonth,
  parseNumber,
  parsePercent,
  parseText,
  parseUrl,
  parseYesNo,
} from './cells';
import type { Cell, Parsed } from './cells';
import { columnKeys, enumCode, normalizeHeader } from './contract/headers';
import type { ColumnDef, SheetDef } from './contract/types';
import { columnLetter } from './findings';
import type { Finding, Severity } from './findings';
import { t } from './i18n';
import type { Lang, Localized } from './i18n';

/** Where a sheet's columns are: found by header in row 1, in any order. */
export interface Layout {
  def: SheetDef;
  /** The tab name as the user wrote it. */
  sheetName: string;
  headers: string[];
  /** Column id → 0-based column index. */
  index: Record<string, number>;
  /** `amazon.*` pass-through columns: attribute name → 0-based column index. */
  passThrough: Record<string, number>;
  /** The language the sheet's headers are written in, for values the add-on writes. */
  lang: Lang;
}

/** What every row read from a sheet carries besides its columns. */
export interface RowMeta {
  /** The row number as the user sees it (the header is row 1). */
  rowNumber: number;
  /** Values of `amazon.<attribute>` columns, by attribute. */
  passThrough: Record<string, string>;
}

export interface SheetRead<T> {
  layout: Layout;
  rows: Array<T & RowMeta>;
  findings: Finding[];
}

/** Names a place in a sheet, in both languages: `上新表 第5行「供应商链接」`. */
export function place(sheetName: string, row: number | null, header?: string): Localized {
  const zhRow = row === null ? '' : ` 第${row}行`;
  const enRow = row === null ? '' : ` row ${row}`;
  const zhCol = header ? `「${header}」` : '';
  const enCol = header ? `, column "${header}"` : '';
  return { zh: `${sheetName}${zhRow}${zhCol}`, en: `${sheetName}${enRow}${enCol}` };
}

/** Builds a finding at a cell of a located sheet. */
export function cellFinding(
  layout: Layout,
  rowNumber: number | null,
  columnId: string,
  rule: string,
  severity: Severity,
  problem: Localized,
): Finding {
  const columnIndex = layout.index[columnId];
  const header =
    columnIndex === undefined
      ? (layout.def.columns.find((column) => column.id === columnId)?.label[layout.lang] ??
        columnId)
      : layout.headers[columnIndex];
  const where = place(layout.sheetName, rowNumber, header);
  const finding: Finding = {
    sheet: layout.sheetName,
    row: rowNumber,
    column: columnId,
    header,
    rule,
    severity,
    message: { zh: `${where.zh}：${problem.zh}`, en: `${where.en}: ${problem.en}` },
  };
  if (columnIndex !== undefined && rowNumber !== null) {
    finding.cell = `${columnLetter(columnIndex + 1)}${rowNumber}`;
  }
  return finding;
}

function sheetFinding(
  sheetName: string,
  column: string,
  rule: string,
  message: Localized,
): Finding {
  return { sheet: sheetName, row: 1, column, rule, severity: 'error', message };
}

/**
 * Finds the columns of a sheet from its header row. Errors here (no header, a duplicate or
 * missing required column) make the sheet unusable: the caller writes nothing.
 */
export function locate(
  def: SheetDef,
  values: Cell[][],
  sheetName: string,
): { layout: Layout; findings: Finding[] } {
  const headerCells = values[0] ?? [];
  const headers = headerCells.map((cell) => (isBlank(cell) ? '' : String(cell).trim()));
  const layout: Layout = { def, sheetName, headers, index: {}, passThrough: {}, lang: 'en' };
  const findings: Finding[] = [];
  if (headers.every((header) => header === '')) {
    findings.push(
      sheetFinding(sheetName, '', 'WB.header.missing', {
        zh: `${sheetName}：第1行没有表头`,
        en: `${sheetName}: row 1 holds no headers`,
      }),
    );
    return { layout, findings };
  }

  const byKey = new Map<string, ColumnDef>();
  for (const column of def.columns) for (const key of columnKeys(column)) byKey.set(key, column);
  let zhHeaders = 0;
  let lastUsed = headers.length - 1;
  while (lastUsed >= 0 && headers[lastUsed] === '') lastUsed -= 1;

  headers.forEach((header, columnIndex) => {
    if (header === '') {
      const hasData = values.some((row, r) => r > 0 && !isBlank(row[columnIndex]));
      if (columnIndex < lastUsed || hasData) {
        findings.push({
          sheet: sheetName,
          row: 1,
          column: '',
          cell: `${columnLetter(columnIndex + 1)}1`,
          rule: 'WB.header.blank',
          severity: 'warning',
          message: {
            zh: `${sheetName} 第${columnLetter(columnIndex + 1)}列没有表头（合并或空白的表头单元格），该列被忽略`,
            en: `${sheetName}: column ${columnLetter(columnIndex + 1)} has no header (a merged or blank header cell); it is ignored`,
          },
        });
      }
      return;
    }
    if (def.passThrough?.test(header)) {
      layout.passThrough[header.slice(header.indexOf('.') + 1)] = columnIndex;
      return;
    }
    const column = byKey.get(normalizeHeader(header));
    if (!column) return;
    if (/[\u4e00-\u9fff]/.test(header)) zhHeaders += 1;
    const earlier = layout.index[column.id];
    if (earlier !== undefined) {
      findings.push(
        sheetFinding(sheetName, column.id, 'WB.header.duplicate', {
          zh: `${sheetName}：「${headers[earlier]}」和「${header}」是同一列（${column.label.zh}），请删除或改名其中一个`,
          en: `${sheetName}: "${headers[earlier]}" and "${header}" both name the column ${column.label.en}; delete or rename one`,
        }),
      );
      return;
    }
    layout.index[column.id] = columnIndex;
  });

  layout.lang = zhHeaders * 2 >= Object.keys(layout.index).length && zhHeaders > 0 ? 'zh' : 'en';
  for (const column of def.columns) {
    if (column.required && layout.index[column.id] === undefined) {
      findings.push(
        sheetFinding(sheetName, column.id, 'WB.column.missing', {
          zh: `${sheetName}：缺少必填列「${column.label.zh}」`,
          en: `${sheetName}: the required column "${column.label.en}" is missing`,
        }),
      );
    }
  }
  return { layout, findings };
}

type Parser = (cell: Cell) => Parsed<unknown>;

function parserFor(column: ColumnDef, timeZone: string): Parser {
  switch (column.type) {
    case 'number':
      return parseNumber;
    case 'integer':
      return parseInteger;
    case 'money':
      return parseMoney;
    case 'percent':
      return parsePercent;
    case 'yesno':
      return parseYesNo;
    case 'date':
      return (cell) => parseDate(cell, timeZone);
    case 'datetime':
      return (cell) => parseDateTime(cell, timeZone);
    case 'month':
      return (cell) => parseMonth(cell, timeZone);
    case 'url':
      return parseUrl;
    case 'emails':
      return parseEmails;
    case 'currency':
      return (cell) => {
        const text = String(cell ?? '')
          .trim()
          .toUpperCase()
          .replace('RMB', 'CNY');
        return /^[A-Z]{3}$/.test(text)
          ? { ok: true, value: text }
          : {
              ok: false,
              problem: t(
                `“${String(cell)}”不是币种代码（例：GBP）`,
                `"${String(cell)}" is not a currency code (e.g. GBP)`,
              ),
            };
      };
    case 'enum': {
      const options = column.options ?? [];
      return (cell) => {
        const text = parseText(cell, timeZone);
        if (!text.ok) return text;
        const code = enumCode(options, text.value);
        if (code !== null) return { ok: true, value: code };
        const allowed = options.map((option) => `${option.zh} ${option.en}`).join(', ');
        return {
          ok: false,
          problem: t(
            `“${text.value}”不在可选值中（${allowed}）`,
            `"${text.value}" is not one of: ${allowed}`,
          ),
        };
      };
    }
    case 'sku':
      return (cell) => {
        const text = parseText(cell, timeZone);
        if (!text.ok || /^[A-Za-z0-9._-]+$/.test(text.value)) return text;
        return {
          ok: false,
          problem: t(
            `SKU“${text.value}”只能含字母、数字和 - _ .`,
            `SKU "${text.value}" may hold only letters, digits and - _ .`,
          ),
        };
      };
    default:
      return (cell) => parseText(cell, timeZone);
  }
}

function ruleFor(column: ColumnDef): string {
  if (column.type === 'enum') return 'WB.enum';
  if (column.type === 'sku') return 'WB.sku';
  return 'WB.type';
}

/**
 * Reads a sheet's values (row 1 the header) into typed rows keyed by column id, with a
 * finding for every cell that cannot be read. A cell that cannot be read is null in its row.
 * With `columns`, only those columns' cells are parsed (the header is still located whole and
 * its required columns checked): the rows hold only those columns, the others' cells get no
 * finding and no `amazon.*` column is read.
 */
export function readSheet<T>(
  def: SheetDef,
  values: Cell[][],
  context: { sheetName: string; timeZone: string; columns?: readonly string[] },
): SheetRead<T> {
  const { layout, findings } = locate(def, values, context.sheetName);
  const rows: Array<T & RowMeta> = [];
  if (findings.some((finding) => finding.severity === 'error')) return { layout, rows, findings };

  const wanted = context.columns ? new Set(context.columns) : null;
  const present = def.columns
    .filter((column) => layout.index[column.id] !== undefined)
    .filter((column) => wanted === null || wanted.has(column.id))
    .map((column) => ({
      column,
      at: layout.index[column.id],
      parse: parserFor(column, context.timeZone),
    }));
  // Unread columns stay off the row: fifty null properties per row of a catalogue were most
  // of a month-end's memory and garbage collection.
  const missing = def.columns
    .filter((column) => layout.index[column.id] === undefined)
    .filter((column) => wanted === null || wanted.has(column.id))
    .map((column) => column.id);
  const passThrough = wanted === null ? Object.entries(layout.passThrough) : [];
  const seen = new Map<string, Map<string, number>>();
  for (const { column } of present) if (column.unique) seen.set(column.id, new Map());

  for (let r = 1; r < values.length; r += 1) {
    const cells = values[r];
    if (!cells || cells.every(isBlank)) continue;
    const rowNumber = r + 1;
    const row: Record<string, unknown> = { rowNumber, passThrough: {} };
    for (const id of missing) row[id] = null;

    for (const { column, at, parse } of present) {
      const cell = cells[at];
      if (isBlank(cell)) {
        row[column.id] = column.type === 'emails' ? [] : null;
        if (column.required) {
          findings.push(
            cellFinding(
              layout,
              rowNumber,
              column.id,
              'WB.required',
              'error',
              t('必填，不能为空', 'required, may not be empty'),
            ),
          );
        }
        continue;
      }
      const parsed = parse(cell);
      if (!parsed.ok) {
        row[column.id] = null;
        findings.push(
          cellFinding(layout, rowNumber, column.id, ruleFor(column), 'error', parsed.problem),
        );
        continue;
      }
      row[column.id] = parsed.value;
      const uniques = seen.get(column.id);
      if (uniques) {
        const key = String(parsed.value);
        const first = uniques.get(key);
        if (first === undefined) uniques.set(key, rowNumber);
        else {
          findings.push(
            cellFinding(
              layout,
              rowNumber,
              column.id,
              'WB.unique',
              'error',
              t(`“${key}”与第${first}行重复`, `"${key}" repeats row ${first}`),
            ),
          );
        }
      }
    }

    const pass = row.passThrough as Record<string, string>;
    for (const [attribute, at] of passThrough) {
      const text = parseText(cells[at], context.timeZone);
      if (text.ok && text.value !== '') pass[attribute] = text.value;
    }
    rows.push(row as T & RowMeta);
  }
  return { layout, rows, findings };
}
