import { HyperFormula } from 'hyperformula';
import type { RawCellContent } from 'hyperformula';
import type { FxRow, OrderRow } from '../src/core/contract/rows';
import { SHEETS, SITES } from '../src/core/contract/sheets';
import type { MonthEndReport } from '../src/core/finance/month-end';
import { readSheet } from '../src/core/reader';
import type { SyntheticWorkbook } from './synthetic';

/**
 * The month's sales the way a person works them out in a spreadsheet: a helper column on the
 * orders (`ROUND((price × quantity + shipping − VAT) × VLOOKUP(rate), 2)` for the month's
 * lines that are not cancelled), then a SUMIFS per site and per SKU and a SUM. HyperFormula,
 * a spreadsheet engine, evaluates them; the cells it starts from are the typed values, as a
 * person would have typed them.
 */
export interface HandResult {
  orderLines: number;
  skus: number;
  formulas: number;
  /** Building the engine with the data and formulas, and evaluating them. */
  ms: number;
  /** Totals that differ from the add-on's by a cent or more (floating point rounds some). */
  mismatches: number;
  compared: number;
}

function cents(value: number | null | undefined): number {
  return (value ?? 0) / 100;
}

/** The hand-made sheets of a workbook: the orders as typed values, the FX table, the totals. */
export function handSheets(
  book: SyntheticWorkbook,
  report: MonthEndReport,
): { sheets: Record<string, RawCellContent[][]>; sites: string[]; skus: string[] } {
  const ordersTab = Object.keys(book.tabs).find((tab) => tab === SHEETS.orders.name.zh)!;
  const fxTab = Object.keys(book.tabs).find((tab) => tab === SHEETS.fx.name.en)!;
  const orders = readSheet<OrderRow>(SHEETS.orders, book.tabs[ordersTab], {
    sheetName: ordersTab,
    timeZone: 'UTC',
  }).rows;
  const fx = readSheet<FxRow>(SHEETS.fx, book.tabs[fxTab], {
    sheetName: fxTab,
    timeZone: 'UTC',
  }).rows;

  const last = orders.length;
  const month = book.month;
  const fxRows: RawCellContent[][] = fx.map((rate) => [
    `${rate.month}|${rate.currency}`,
    rate.rate,
  ]);
  const orderRows: RawCellContent[][] = orders.map((line, i) => {
    const r = i + 1;
    return [
      line.site,
      line.orderedAt,
      line.status,
      line.sku,
      line.quantity,
      cents(line.itemPrice),
      cents(line.shippingCharged),
      cents(line.vat),
      line.currency,
      `=IF(AND(LEFT(B${r},7)="${month}",C${r}<>"Cancelled"),` +
        `ROUND((F${r}*E${r}+G${r}-H${r})*VLOOKUP("${month}|"&I${r},FX!$A$1:$B$${fxRows.length},2,FALSE()),2),0)`,
    ];
  });
  const sum = (criteria: string, value: string) =>
    `=SUMIFS(Orders!$J$1:$J$${last},Orders!$${criteria}$1:$${criteria}$${last},"${value}")`;
  const sites = [...SITES];
  const skus = report.bySku.map((row) => row.sku).filter((sku): sku is string => sku !== null);
  const totals: RawCellContent[][] = [
    ['total', `=SUM(Orders!$J$1:$J$${last})`],
    ...sites.map((site) => [site, sum('A', site)]),
    ...skus.map((sku) => [sku, sum('D', sku)]),
  ];
  return { sheets: { Orders: orderRows, FX: fxRows, Totals: totals }, sites, skus };
}

/** Evaluates the hand-made totals and compares them with the add-on's report. */
export function handTotals(book: SyntheticWorkbook, report: MonthEndReport): HandResult {
  const { sheets, sites, skus } = handSheets(book, report);
  const started = performance.now();
  const engine = HyperFormula.buildFromSheets(sheets, {
    licenseKey: 'gpl-v3',
    // Sheets allows 10 million cells; HyperFormula stops at 40,000 rows unless told.
    maxRows: Math.max(40_000, sheets.Orders.length + 1, sheets.Totals.length + 1),
  });
  const totals = engine.getSheetValues(engine.getSheetId('Totals')!);
  const ms = performance.now() - started;

  const expected = [
    report.sales.total,
    ...sites.map((site) => report.sales.bySite[site as keyof typeof report.sales.bySite]),
    ...report.bySku.filter((row) => row.sku !== null).map((row) => row.sales),
  ];
  let mismatches = 0;
  totals.forEach((row, i) => {
    const value = Math.round(Number(row[1]) * 100);
    if (value !== expected[i]) mismatches += 1;
  });
  engine.destroy();
  return {
    orderLines: sheets.Orders.length,
    skus: skus.length,
    formulas: sheets.Orders.length + sheets.Totals.length,
    ms: Math.round(ms),
    mismatches,
    compared: expected.length,
  };
}
