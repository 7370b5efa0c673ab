import * as path from 'node:path';

import type { Cell } from '../../src/core/cells';
import { SHEETS } from '../../src/core/contract/sheets';
import type { FindingView } from '../../src/core/findings';
import { DEMO_TODAY, demoTabs } from '../../src/demo/demo-workbook';
import { XlsxWorkbook } from '../../src/node/xlsx-workbook';
import { runCli, tempFolder } from './xlsx-files';

/**
 * The new-product sheet's rules end to end: one planted mistake per rule id on a copy of the
 * demo workbook, found by `seller-sheets check --json` on the right row, while the demo's own
 * rows stay free of errors.
 */

type Change = Record<string, Cell>;

const longText = (bytes: number): string =>
  'storage box '.repeat(Math.ceil(bytes / 12)).slice(0, bytes);

/** Each planted row: the rule it breaks and what differs from a good Draft row. */
const PLANTED: Array<{ rule: string; change: Change }> = [
  { rule: 'R3.2', change: { reason: '好' } },
  { rule: 'R3.3', change: { supplierUrl: 'https://item.taobao.com/item.htm?id=700000000001' } },
  { rule: 'R3.5', change: { supplierUrl: 'https://shop123456.taobao.com/' } },
  { rule: 'R3.5', change: { supplierUrl: 'https://m.tb.cn/h.5XyZabc' } },
  { rule: 'R4.2d', change: { price: 5 } },
  { rule: 'R4.3b', change: { title: 'BB-3 Bamboo Storage Box Stackable Nesting Natural' } },
  {
    rule: 'R4.3d',
    change: { productType: 'SHIRT', description: 'Parameters: cotton.\nFeatures: soft.' },
  },
  { rule: 'R4.4', change: { image3: '', image4: '', image5: '' } },
  { rule: 'AMZ.variation.parent', change: { parentSku: 'NO-SUCH-PARENT' } },
  {
    rule: 'AMZ.title.length',
    change: { title: `Lumora BB-3 Bamboo Storage Box ${'x'.repeat(190)}` },
  },
  {
    rule: 'AMZ.title.chars',
    change: { title: 'Lumora BB-3 Bamboo Storage Box Stackable Nesting!' },
  },
  { rule: 'AMZ.title.repeat', change: { title: 'Lumora BB-3 Bamboo Storage Box Box Box Nesting' } },
  { rule: 'AMZ.bullets', change: { bullet1: longText(800) } },
  { rule: 'AMZ.keywords.bytes', change: { keywords: longText(300) } },
  { rule: 'AMZ.description.bytes', change: { description: `Parameters: ${longText(10_050)}` } },
];

const BASE_SKU = 'LUM-BX02';

function plantedWorkbook(): { tabs: ReturnType<typeof demoTabs>; rows: Map<number, string> } {
  const tabs = demoTabs();
  const products = tabs.find((tab) => tab.name === SHEETS.newProducts.name.zh)!;
  const header = products.values[0].map(String);
  const at = (id: string): number => {
    const column = SHEETS.newProducts.columns.find((candidate) => candidate.id === id)!;
    return header.indexOf(column.label.zh);
  };
  const base = products.values.find((row) => row[at('sku')] === BASE_SKU)!;
  const rows = new Map<number, string>();
  PLANTED.forEach(({ rule, change }, i) => {
    const row = [...base];
    row[at('sku')] = `PLANT-${String(i + 1).padStart(2, '0')}`;
    row[at('status')] = '草稿';
    for (const id of ['reviewer', 'reviewedAt', 'reviewNote']) row[at(id)] = '';
    for (const [id, value] of Object.entries(change)) row[at(id)] = value;
    products.values.push(row);
    rows.set(products.values.length, rule);
  });

  // R3.3 needs the master to know a 1688 supplier for the planted SKU.
  const master = tabs.find((tab) => tab.name === SHEETS.skuSuppliers.name.zh)!;
  const masterHeader = master.values[0].map(String);
  const masterRow: Cell[] = masterHeader.map(() => '');
  const put = (id: string, value: Cell): void => {
    const column = SHEETS.skuSuppliers.columns.find((candidate) => candidate.id === id)!;
    masterRow[masterHeader.indexOf(column.label.zh)] = value;
  };
  put('sku', 'PLANT-02');
  put('supplierUrl', 'https://detail.1688.com/offer/655555555555.html');
  put('platform', '1688');
  put('unitCostCny', 30);
  master.values.push(masterRow);
  return { tabs, rows };
}

describe('check on the new-product sheet with planted mistakes', () => {
  let folder: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    folder = tempFolder();
  });
  afterEach(() => folder.remove());

  it('finds every planted mistake with its rule id and row, and no error on the right rows', async () => {
    const { tabs, rows } = plantedWorkbook();
    const file = path.join(folder.dir, 'planted.xlsx');
    await XlsxWorkbook.fromTabs(tabs).save(file);

    const { code, stdout } = await runCli(['check', file, '--json'], {
      cwd: folder.dir,
      now: new Date(`${DEMO_TODAY}T04:00:00Z`),
    });

    expect(code).toBe(1);
    const findings = JSON.parse(stdout) as FindingView[];
    const onProducts = findings.filter((finding) => finding.sheet === SHEETS.newProducts.name.zh);
    for (const [row, rule] of rows) {
      expect([row, rule, onProducts.some((f) => f.row === row && f.rule === rule)]).toEqual([
        row,
        rule,
        true,
      ]);
    }
    const wrongErrors = findings.filter(
      (finding) =>
        finding.severity === 'error' &&
        !(
          finding.row !== null &&
          rows.has(finding.row) &&
          finding.sheet === SHEETS.newProducts.name.zh
        ),
    );
    expect(wrongErrors).toEqual([]);
  });
});
