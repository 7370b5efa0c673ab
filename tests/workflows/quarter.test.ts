import { demoTabs } from '../../src/demo/demo-workbook';
import { quarterStatement } from '../../src/core/finance/quarter';
import { load } from '../../src/workflows/load';
import { FINANCE_SHEETS, monthEnd } from '../../src/workflows/month-end';
import { quarter } from '../../src/workflows/quarter';
import { MemoryWorkbook } from '../support/memory-workbook';
import { financeWorkbook } from '../core/finance/finance-books';

const NOW = new Date('2027-01-04T02:00:00Z');

beforeEach(() => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterEach(() => {
  jest.restoreAllMocks();
});

describe('quarter workflow', () => {
  it('writes quarter-YYYY-Qn.json with the months, the total and what R7.2 means', () => {
    const workbook = financeWorkbook();

    const { files } = quarter(workbook, '2026-Q4', NOW);

    expect(files.map((file) => file.name)).toEqual(['quarter-2026-Q4.json']);
    const json = JSON.parse(files[0].content as string);
    expect(json.quarter).toBe('2026-Q4');
    expect(json.months.map((month: { period: string }) => month.period)).toEqual([
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    // the hand-checked total of tests/core/finance/quarter.test.ts, in yuan
    expect(json.total).toEqual({
      period: '2026-Q4',
      sales: 1102,
      refundsOnOrders: 256.23,
      earlierRefunds: 72,
      netSales: 773.77,
      amazonFees: 188.18,
      purchases: 197.1,
      shippingFees: 164.9,
      expenses: 299.5,
      profit: -75.91,
      margin: -0.0981,
    });
    expect(json.note.en).toContain('Refunds are applied to their orders (R7.2)');
    expect(json.reconciliation).toHaveLength(4);
  });

  it('lays out the 季报 tab: the months side by side, the note and a chart', () => {
    const workbook = financeWorkbook();

    const { sheet } = quarter(workbook, '2026-Q4', NOW);
    workbook.apply([sheet]);

    expect(sheet.tab).toBe('季报 2026-Q4');
    const values = workbook.values('季报 2026-Q4');
    expect(values).toContainEqual([
      '项目 Item',
      '2026-10',
      '2026-11',
      '2026-12',
      '2026-Q4 合计 Total',
    ]);
    const profit = values.find((row) => row[0] === '利润 Profit');
    expect(profit?.slice(1, 5)).toEqual([-115.9, 138.99, -99, -75.91]);
    expect(values.some((row) => String(row[0]).startsWith('Refunds are applied'))).toBe(true);
    expect(sheet.charts).toHaveLength(1);
    expect(workbook.applied).toHaveLength(1);
  });
});

describe('quarterly statement of the demo workbook', () => {
  it('adds up to the three month-end reports, refunds aside', () => {
    const tabs = Object.fromEntries(demoTabs().map((tab) => [tab.name, tab.values]));
    const workbook = new MemoryWorkbook(tabs, 'Asia/Shanghai', 'UTC');

    const { statement } = quarter(workbook, '2026-Q4', NOW);
    const months = ['2026-10', '2026-11', '2026-12'].map(
      (month) => monthEnd(workbook, month, NOW).report,
    );

    const sum = (pick: (report: (typeof months)[number]) => number) =>
      months.reduce((total, report) => total + pick(report), 0);
    expect(statement.total.sales).toBe(sum((report) => report.sales.total));
    expect(statement.total.amazonFees).toBe(sum((report) => report.amazonFees.total));
    expect(statement.total.purchases).toBe(sum((report) => report.purchases));
    expect(statement.total.shippingFees).toBe(sum((report) => report.shippingFees));
    expect(statement.total.expenses).toBe(sum((report) => report.expenses));
    statement.columns.forEach((column, i) => {
      expect(column.sales).toBe(months[i].sales.total);
    });
  });

  it('states the same quarter from the columns it reads as from every column', () => {
    const tabs = Object.fromEntries(demoTabs().map((tab) => [tab.name, tab.values]));
    const workbook = new MemoryWorkbook(tabs, 'Asia/Shanghai', 'UTC');
    const whole = quarterStatement(load(workbook, FINANCE_SHEETS), '2026-Q4');

    expect(quarter(workbook, '2026-Q4', NOW).statement).toEqual(whole);
  });
});
