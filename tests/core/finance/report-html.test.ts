import {
  columnChartSvg,
  lineChartSvg,
  moneyText,
  reportHtml,
} from '../../../src/core/finance/report-html';
import type { ReportTable } from '../../../src/core/finance/tables';
import { demoTabs } from '../../../src/demo/demo-workbook';
import { TEAM } from '../../../src/demo/team';
import { monthReport, quarterReport } from '../../../src/workflows/month-report';
import type { FinanceReport } from '../../../src/workflows/month-report';
import { MemoryWorkbook } from '../../support/memory-workbook';

const NOW = new Date('2026-12-01T01:00:00Z');

/** Money as an independent formatter writes it: grouped thousands, two decimals. */
const MONEY = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

beforeEach(() => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterEach(() => {
  jest.restoreAllMocks();
});

function demoReport(kind: 'month' | 'quarter' = 'month'): FinanceReport {
  const workbook = new MemoryWorkbook(
    Object.fromEntries(demoTabs().map((tab) => [tab.name, tab.values])),
  );
  return kind === 'month'
    ? monthReport(workbook, '2026-11', TEAM.zhaoMin, NOW)
    : quarterReport(workbook, '2026-Q4', TEAM.zhaoMin, NOW);
}

function htmlOf(report: FinanceReport): string {
  return reportHtml({
    kind: report.kind,
    period: report.period,
    currency: report.headline.currency,
    generated: '2026-12-01 09:00:00',
    tables: report.tables,
  });
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

interface PrintedCell {
  text: string;
  right: boolean;
}

/** Each section of the document: its heading, its chart (if any) and its table's rows. */
function sections(html: string): { title: string; svg: string; rows: PrintedCell[][] }[] {
  return [...html.matchAll(/<section><h2>([\s\S]*?)<\/h2>([\s\S]*?)<\/section>/g)].map(
    ([, title, body]) => ({
      title: decode(title),
      svg: /<svg[\s\S]*<\/svg>/.exec(body)?.[0] ?? '',
      rows: [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
        [...row.matchAll(/<(td|th)([^>]*)>([\s\S]*?)<\/\1>/g)].map(([, , attributes, text]) => ({
          text: decode(text),
          right: attributes.includes('align="right"'),
        })),
      ),
    }),
  );
}

/** The text a table's cell should be printed as, computed without the code under test. */
function expectedText(cell: string | number | null, money: boolean): string {
  if (cell === null) return '';
  return typeof cell === 'number' && money ? MONEY.format(cell) : String(cell);
}

describe('printable report', () => {
  it("prints every figure of the demo's November report, money grouped with two decimals", () => {
    const report = demoReport();

    const printed = sections(htmlOf(report));

    expect(printed.map((section) => section.title)).toEqual(
      report.tables.map((table) => table.title),
    );
    report.tables.forEach((table, i) => {
      const money = new Set(table.money);
      expect(printed[i].rows).toEqual([
        table.headers.map((header, c) => ({ text: header, right: money.has(c) })),
        ...table.rows.map((row) =>
          row.map((cell, c) => ({ text: expectedText(cell, money.has(c)), right: money.has(c) })),
        ),
      ]);
    });
  });

  it('adds up on paper: profit is net sales less fees, purchases, shipping and expenses', () => {
    const printed = sections(htmlOf(demoReport()));

    const summary = printed[0].rows;
    const cents = (label: string) =>
      Math.round(
        Number(summary.find((row) => row[0].text === label)![1].text.replace(/,/g, '')) * 100,
      );
    expect(cents('利润 Profit')).toBe(
      cents('净销售额 Net sales') -
        cents('亚马逊费用 Amazon fees') -
        cents('采购 Purchases') -
        cents('物流运费 Shipping fees') -
        cents('费用 Expenses'),
    );
    // The staff section's total, added by hand: 8,033.33 + 9,350.00 + 8,800.00 + 7,857.14.
    const staff = printed.find((section) => section.title.startsWith('员工月度汇总'))!;
    expect(staff.rows[staff.rows.length - 1].map((cell) => cell.text)).toEqual([
      '合计 Total',
      '31,000.00',
      '690.47',
      '1 / 4',
      '2,350.00',
      '34,040.47',
    ]);
  });

  it('heads the page with the title, month, currency and when it was made', () => {
    const html = htmlOf(demoReport());

    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>月报 2026-11 Month-end report</title>');
    expect(html).toContain('<h1>月报 2026-11 Month-end report</h1>');
    expect(html).toContain(
      '<p class="meta">月份 Month: 2026-11 · 币种 Currency: CNY · ' +
        '生成于 Generated 2026-12-01 09:00:00</p>',
    );
  });

  it('lists the mismatches planted in the demo, the unapproved office chair among them', () => {
    const printed = sections(htmlOf(demoReport()));

    const reconciliation = printed.find((section) => section.title.startsWith('对账'))!;
    const messages = reconciliation.rows.slice(1).map((row) => row[3].text);
    expect(messages).toContainEqual(expect.stringContaining('the expense 1150.00 CNY'));
    expect(reconciliation.rows.slice(1).map((row) => row[1].text)).toContain('PO261112-09');
  });

  it('draws sales and profit by site as bars and daily sales as a line', () => {
    const printed = sections(htmlOf(demoReport()));

    const bySite = printed.find((section) => section.title.includes('sales and profit by site'))!;
    const bars = [
      ...bySite.svg.matchAll(/<rect x="[^"]+" y="([^"]+)" width="[^"]+" height="([^"]+)"/g),
    ];
    // Two legend keys, then a sales and a profit bar for each of the five sites.
    expect(bars).toHaveLength(2 + 10);
    const heights = bars.slice(2).map((bar) => Number(bar[2]));
    const values = bySite.rows.slice(1).flatMap((row) => [row[1].text, row[2].text]);
    const amounts = values.map((text) => Number(text.replace(/,/g, '')));
    // Bars are as tall as their amounts, to the rounding of a tenth of a pixel.
    const scale = heights[0] / amounts[0];
    amounts.forEach((amount, i) => expect(heights[i]).toBeCloseTo(amount * scale, 0));
    for (const site of ['英国 UK', '德国 DE', '法国 FR', '意大利 IT', '西班牙 ES']) {
      expect(bySite.svg).toContain(`>${site}</text>`);
    }

    const daily = printed.find((section) => section.title.startsWith('每日销售额'))!;
    const points = /<polyline[^>]* points="([^"]+)"/.exec(daily.svg)?.[1].split(' ') ?? [];
    expect(points).toHaveLength(30);
    expect(daily.svg).toContain('>2026-11-01</text>');
    expect(daily.svg).toContain('>2026-11-30</text>');
  });

  it('escapes < and & in SKUs and descriptions, in tables and in charts', () => {
    const table: ReportTable = {
      name: 'By SKU',
      title: 'Profit <by> SKU & more',
      headers: ['SKU', 'Sales', 'Note'],
      money: [1],
      rows: [['<script>alert(1)</script>', 12.5, 'Tom & Jerry "mugs"']],
      chart: { title: 'Chart <x>', kind: 'column' },
    };

    const html = reportHtml({
      kind: 'month',
      period: '2026-11',
      currency: 'CNY',
      generated: '2026-12-01 09:00:00',
      tables: [table],
    });

    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<by>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Tom &amp; Jerry &quot;mugs&quot;');
    expect(html).toContain('<h2>Profit &lt;by&gt; SKU &amp; more</h2>');
    expect(html).toContain('<title>Chart &lt;x&gt;</title>');
    expect(sections(html)[0].rows[1].map((cell) => cell.text)).toEqual([
      '<script>alert(1)</script>',
      '12.50',
      'Tom & Jerry "mugs"',
    ]);
  });

  it('prints the quarterly statement with its quarter and its three months', () => {
    const report = demoReport('quarter');

    const html = htmlOf(report);

    expect(html).toContain('<h1>季报 2026-Q4 Quarterly statement</h1>');
    expect(html).toContain('季度 Quarter: 2026-Q4');
    const printed = sections(html);
    expect(printed[0].rows[0].map((cell) => cell.text)).toEqual([
      '项目 Item',
      '2026-10',
      '2026-11',
      '2026-12',
      '2026-Q4 合计 Total',
    ]);
    const chart = printed.find((section) => section.svg !== '')!;
    expect([...chart.svg.matchAll(/<rect /g)]).toHaveLength(3 + 9);
  });

  it('says None for a table without rows, and draws no chart for it', () => {
    const empty: ReportTable = {
      name: 'Daily',
      title: 'Daily sales',
      headers: ['Day', 'Sales'],
      money: [1],
      rows: [],
      chart: { title: 'Daily', kind: 'line' },
    };

    const html = reportHtml({
      kind: 'month',
      period: '2026-02',
      currency: 'CNY',
      generated: '2026-03-01 09:00:00',
      tables: [empty],
    });

    expect(html).toContain('<td colspan="2">无 None</td>');
    expect(html).not.toContain('<svg');
  });
});

describe('charts', () => {
  const siteTable = (rows: [string, number, number][]): ReportTable => ({
    name: 'Chart',
    title: 'Chart',
    headers: ['Site', 'Sales', 'Profit'],
    money: [1, 2],
    rows,
    chart: { title: 'Sales and profit', kind: 'column' },
  });

  it('hangs a loss below the zero line', () => {
    const svg = columnChartSvg(siteTable([['UK', 100, -40]]));

    const zero = /<line x1="\d+" y1="([\d.]+)"[^>]*stroke="#5f6368"/.exec(svg)?.[1];
    const [, sales, loss] = [
      ...svg.matchAll(/<rect x="[^"]+" y="([^"]+)" width="[^"]+" height="([^"]+)"/g),
    ].slice(1);
    expect(Number(sales[1]) + Number(sales[2])).toBeCloseTo(Number(zero), 1);
    expect(Number(loss[1])).toBeCloseTo(Number(zero), 1);
    expect(Number(loss[2]) / Number(sales[2])).toBeCloseTo(0.4, 2);
  });

  it('labels the value axis in round steps that cover the largest amount', () => {
    const svg = columnChartSvg(siteTable([['DE', 3901.42, 1986.48]]));

    const labels = [...svg.matchAll(/text-anchor="end">([^<]+)</g)].map((m) => m[1]);
    expect(labels).toEqual(['0', '1,000', '2,000', '3,000', '4,000']);
  });

  it('draws all-zero days as a flat line rather than failing', () => {
    const svg = lineChartSvg({
      name: 'Daily',
      title: 'Daily',
      headers: ['Day', 'Sales'],
      money: [1],
      rows: [
        ['2026-11-01', 0],
        ['2026-11-02', 0],
      ],
      chart: { title: 'Daily', kind: 'line' },
    });

    const points = /points="([^"]+)"/
      .exec(svg)?.[1]
      .split(' ')
      .map((p) => p.split(',')[1]);
    expect(points).toHaveLength(2);
    expect(points?.[0]).toBe(points?.[1]);
    expect(svg).not.toContain('NaN');
  });
});

describe('money text', () => {
  it('groups thousands and keeps two decimals, minus for losses', () => {
    expect([moneyText(11431.69), moneyText(-1988.2), moneyText(0), moneyText(1234567.05)]).toEqual([
      '11,431.69',
      '-1,988.20',
      '0.00',
      '1,234,567.05',
    ]);
  });
});
