import type { ReportCell, ReportTable } from './tables';
import { escapeHtml } from '../html';

/** What the printable document of a finance report is made of. */
export interface PrintableReport {
  kind: 'month' | 'quarter';
  /** `YYYY-MM` or `YYYY-Qn`. */
  period: string;
  /** The base currency every amount is in. */
  currency: string;
  /** When the report was made: wall-clock text in the spreadsheet's time zone. */
  generated: string;
  /** The same tables as the generated tab and the .xlsx. */
  tables: readonly ReportTable[];
}

/** Colours of a chart's series, in the order of the table's columns. */
const SERIES_COLOURS = ['#1a73e8', '#188038', '#e37400', '#9334e6'];

const CHART = { width: 640, height: 240, left: 72, right: 12, top: 30, bottom: 36 };

const STYLE = [
  '@page { size: A4; margin: 14mm; }',
  'body { font-family: Arial, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; ' +
    'font-size: 10pt; color: #202124; }',
  'h1 { font-size: 16pt; margin: 0 0 4pt; }',
  'h2 { font-size: 12pt; margin: 16pt 0 6pt; }',
  '.meta { color: #5f6368; margin: 0 0 8pt; }',
  'table { border-collapse: collapse; width: 100%; }',
  'th, td { border: 1px solid #dadce0; padding: 3pt 5pt; vertical-align: top; text-align: left; }',
  'th { background: #e8eaed; }',
  'table { font-size: 9pt; }',
  '.money { text-align: right; }',
  'td.money { white-space: nowrap; }',
  '.negative { color: #c5221f; }',
  '.chart { margin: 0 0 6pt; }',
  'section { page-break-inside: avoid; }',
].join('\n');

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** An amount of a report table as printed: 11431.69 → "11,431.69", −1988.2 → "-1,988.20". */
export function moneyText(value: number): string {
  // Report amounts are whole cents divided by 100: rounding recovers the cents exactly.
  const cents = Math.round(value * 100);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = groupThousands(String(Math.floor(abs / 100)));
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** A tick of a chart's value axis: whole amounts without decimals, small ones with two. */
function tickText(value: number, step: number): string {
  if (step < 1) return moneyText(value);
  const whole = Math.round(value);
  return `${whole < 0 ? '-' : ''}${groupThousands(String(Math.abs(whole)))}`;
}

/** A round step (1, 2 or 5 × 10ⁿ) that cuts a span into about four parts. */
function niceStep(span: number): number {
  const rough = span / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const normalized = rough / magnitude;
  const factor = normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 5 ? 5 : 10;
  return factor * magnitude;
}

/** The value axis of a chart: ticks from below the lowest value (or 0) to above the highest. */
function valueAxis(values: readonly number[]): { ticks: number[]; low: number; high: number } {
  let low = Math.min(0, ...values);
  let high = Math.max(0, ...values);
  if (high === low) high = low + 1;
  const step = niceStep(high - low);
  low = Math.floor(low / step) * step;
  high = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let i = 0; low + i * step <= high + step / 2; i += 1) ticks.push(low + i * step);
  return { ticks, low, high };
}

const at = (n: number): string => String(Math.round(n * 10) / 10);

/** The numbers of a chart's series: the table's columns after the first, empty cells as 0. */
function seriesOf(table: ReportTable): { name: string; values: number[] }[] {
  return table.headers.slice(1).map((name, i) => ({
    name,
    values: table.rows.map((row) => (typeof row[i + 1] === 'number' ? (row[i + 1] as number) : 0)),
  }));
}

/** The frame every chart shares: gridlines with the value axis' labels, a legend, a title. */
function chartFrame(
  title: string,
  names: readonly string[],
  ticks: readonly number[],
  y: (value: number) => number,
  body: string[],
): string {
  const { width, height, left, right } = CHART;
  const step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
  const grid = ticks.map(
    (tick) =>
      `<line x1="${left}" y1="${at(y(tick))}" x2="${width - right}" y2="${at(y(tick))}" ` +
      `stroke="${tick === 0 ? '#5f6368' : '#e0e0e0'}" stroke-width="1"/>` +
      `<text x="${left - 6}" y="${at(y(tick) + 4)}" text-anchor="end">` +
      `${escapeHtml(tickText(tick, step))}</text>`,
  );
  const legend = names.map(
    (name, i) =>
      `<rect x="${left + i * 150}" y="8" width="10" height="10" ` +
      `fill="${SERIES_COLOURS[i % SERIES_COLOURS.length]}"/>` +
      `<text x="${left + i * 150 + 14}" y="17">${escapeHtml(name)}</text>`,
  );
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}" ` +
    `font-family="Arial, sans-serif" font-size="10" fill="#3c4043">` +
    `<title>${escapeHtml(title)}</title>${[...grid, ...legend, ...body].join('')}</svg>`
  );
}

/**
 * A column chart of a report table as inline SVG: one group of bars per row (labelled with
 * its first cell), one bar per further column, bars below the zero line for losses.
 */
export function columnChartSvg(table: ReportTable): string {
  if (table.rows.length === 0) return '';
  const { width, height, left, right, top, bottom } = CHART;
  const series = seriesOf(table);
  const { ticks, low, high } = valueAxis(series.flatMap((s) => s.values));
  const plotHeight = height - top - bottom;
  const y = (value: number) => top + (plotHeight * (high - value)) / (high - low);
  const group = (width - left - right) / table.rows.length;
  const bar = (group * 0.7) / series.length;

  const body: string[] = [];
  table.rows.forEach((row, i) => {
    const x = left + i * group;
    series.forEach((s, j) => {
      const value = s.values[i];
      body.push(
        `<rect x="${at(x + group * 0.15 + j * bar)}" y="${at(Math.min(y(value), y(0)))}" ` +
          `width="${at(bar)}" height="${at(Math.abs(y(value) - y(0)))}" ` +
          `fill="${SERIES_COLOURS[j % SERIES_COLOURS.length]}"/>`,
      );
    });
    body.push(
      `<text x="${at(x + group / 2)}" y="${height - bottom + 16}" text-anchor="middle">` +
        `${escapeHtml(String(row[0] ?? ''))}</text>`,
    );
  });
  const title = table.chart?.title ?? table.title;
  return chartFrame(
    title,
    series.map((s) => s.name),
    ticks,
    y,
    body,
  );
}

/**
 * A line chart of a report table as inline SVG: the rows in order along the bottom (about six
 * of their first cells written under it), one line per further column.
 */
export function lineChartSvg(table: ReportTable): string {
  if (table.rows.length === 0) return '';
  const { width, height, left, right, top, bottom } = CHART;
  const series = seriesOf(table);
  const { ticks, low, high } = valueAxis(series.flatMap((s) => s.values));
  const plotHeight = height - top - bottom;
  const plotWidth = width - left - right;
  const y = (value: number) => top + (plotHeight * (high - value)) / (high - low);
  const count = table.rows.length;
  const x = (i: number) => left + (count === 1 ? plotWidth / 2 : (plotWidth * i) / (count - 1));

  const body = series.map(
    (s, j) =>
      `<polyline fill="none" stroke="${SERIES_COLOURS[j % SERIES_COLOURS.length]}" ` +
      `stroke-width="2" points="${s.values.map((v, i) => `${at(x(i))},${at(y(v))}`).join(' ')}"/>`,
  );
  // About six labels: the first, every so many, and the last, which no other may crowd.
  const last = count - 1;
  const every = Math.max(1, Math.ceil(last / 5));
  table.rows.forEach((row, i) => {
    const labelled = i === last || (i % every === 0 && last - i >= every * 0.75);
    if (!labelled) return;
    const anchor = i === last && count > 1 ? 'end' : 'middle';
    body.push(
      `<text x="${at(x(i))}" y="${height - bottom + 16}" text-anchor="${anchor}">` +
        `${escapeHtml(String(row[0] ?? ''))}</text>`,
    );
  });
  return chartFrame(
    table.chart?.title ?? table.title,
    series.map((s) => s.name),
    ticks,
    y,
    body,
  );
}

function cellHtml(tag: 'td' | 'th', cell: ReportCell, money: boolean): string {
  // The converter's support for stylesheets is undocumented: `align` keeps money right-aligned.
  const align = money ? ' align="right"' : '';
  if (cell === null) return `<${tag}${money ? ' class="money"' : ''}${align}></${tag}>`;
  if (typeof cell === 'number' && money) {
    const negative = cell < 0 ? ' negative' : '';
    return `<${tag} class="money${negative}"${align}>${moneyText(cell)}</${tag}>`;
  }
  return `<${tag}${money ? ' class="money"' : ''}${align}>${escapeHtml(String(cell))}</${tag}>`;
}

function tableHtml(table: ReportTable): string {
  const money = new Set(table.money);
  const head = table.headers.map((header, i) => cellHtml('th', header, money.has(i))).join('');
  const rows =
    table.rows.length === 0
      ? [`<tr><td colspan="${table.headers.length}">无 None</td></tr>`]
      : table.rows.map(
          (row) => `<tr>${row.map((c, i) => cellHtml('td', c, money.has(i))).join('')}</tr>`,
        );
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function sectionHtml(table: ReportTable): string {
  const chart =
    table.chart?.kind === 'line' ? lineChartSvg(table) : table.chart ? columnChartSvg(table) : '';
  return `<section><h2>${escapeHtml(table.title)}</h2>${chart}${tableHtml(table)}</section>`;
}

/** The document's title: `月报 2026-11 Month-end report` or `季报 2026-Q4 Quarterly statement`. */
export function printableTitle(kind: PrintableReport['kind'], period: string): string {
  return kind === 'month'
    ? `月报 ${period} Month-end report`
    : `季报 ${period} Quarterly statement`;
}

/**
 * A finance report as one self-contained, printable HTML document: its title, period,
 * currency and time made, then every table in order (money right-aligned with two decimals
 * and thousands separators), each chart's table preceded by its chart as inline SVG. Every
 * text from the sheets is escaped. Apps Script converts it to the report's PDF.
 */
export function reportHtml(report: PrintableReport): string {
  const title = printableTitle(report.kind, report.period);
  const periodLabel = report.kind === 'month' ? '月份 Month' : '季度 Quarter';
  const meta = [
    `${periodLabel}: ${report.period}`,
    `币种 Currency: ${report.currency}`,
    `生成于 Generated ${report.generated}`,
  ]
    .map(escapeHtml)
    .join(' · ');
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${meta}</p>`,
    ...report.tables.map(sectionHtml),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
