import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

import type { Cell } from '../../src/core/cells';
import { demoTabs } from '../../src/demo/demo-workbook';
import type { DemoTab } from '../../src/demo/demo-workbook';
import { XlsxWorkbook } from '../../src/node/xlsx-workbook';
import { confirmUpload } from '../../src/workflows/export-amazon';
import { CLASSIC_UK } from '../core/amazon/fixtures';
import { cellSnapshot, openXlsx, runCli, tempFolder } from './xlsx-files';

const SITES = ['UK', 'DE', 'FR', 'IT', 'ES'];
const DATE = '2026-12-01';
const UPLOADER = 'li.qiang@demo-seller.example';
/** The demo's approved rows: the blanket family (a parent, four children), the organiser. */
const APPROVED = [
  'LUM-TB06',
  'LUM-TB06-GRY-M',
  'LUM-TB06-GRY-L',
  'LUM-TB06-BEI-M',
  'LUM-TB06-BEI-L',
  'LUM-BD07',
];

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

const at = (name: string): string => path.join(folder.dir, name);

/** `seller-sheets export-amazon demo.xlsx --out out --date 2026-12-01` plus more options. */
const exportDemo = (...more: string[]) =>
  runCli(['export-amazon', 'demo.xlsx', '--out', 'out', '--date', DATE, ...more], {
    cwd: folder.dir,
  });

/** Saves the demo workbook as demo.xlsx, after a change to its new-product rows if given. */
async function saveDemo(change?: (products: Cell[][]) => void): Promise<void> {
  const tabs: DemoTab[] = demoTabs();
  if (change) change(tabs.find((tab) => tab.name === '上新表')!.values);
  await XlsxWorkbook.fromTabs(tabs).save(at('demo.xlsx'));
}

/** Sets one cell of the new-product row of a SKU, by its Chinese header. */
function setProductCell(products: Cell[][], sku: string, header: string, value: Cell): void {
  const row = products.find((cells) => cells[1] === sku);
  const column = products[0].indexOf(header);
  if (!row || column < 0) throw new Error(`no ${header} of ${sku} in the demo`);
  row[column] = value;
}

const written = (): string[] => (existsSync(at('out')) ? readdirSync(at('out')).sort() : []);

const filesOf = (sites: string[]): string[] =>
  sites.flatMap((site) => [`amazon-${site}-${DATE}.json`, `amazon-${site}-${DATE}.txt`]).sort();

/** The Export batch (导出批次) of each SKU of the saved new-product sheet, read with exceljs. */
async function exportBatches(): Promise<Map<string, string>> {
  const sheet = (await openXlsx(at('demo.xlsx'))).getWorksheet('上新表')!;
  const headers = sheet.getRow(1).values as unknown[];
  const skuAt = headers.indexOf('SKU');
  const batchAt = headers.indexOf('导出批次');
  const batches = new Map<string, string>();
  sheet.eachRow((row, number) => {
    if (number === 1 || batchAt < 0) return;
    const batch = row.getCell(batchAt).value;
    if (batch) batches.set(String(row.getCell(skuAt).value), String(batch));
  });
  return batches;
}

describe('export-amazon on the demo workbook', () => {
  it('writes the .txt and .json of all five sites under their dated names, exit 0', async () => {
    await saveDemo();

    const run = await exportDemo();

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(written()).toEqual(filesOf(SITES));
    for (const site of SITES) {
      expect(run.stdout).toContain(`${site}: 6 exported, 0 refused, 5 exported before`);
      expect(run.stdout).toContain(path.join('out', `amazon-${site}-${DATE}.json`));
    }
    const uk = readFileSync(at(`out/amazon-UK-${DATE}.txt`), 'utf8').split('\r\n');
    expect(uk.filter((line) => APPROVED.some((sku) => line.includes(`\t${sku}\t`)))).toHaveLength(
      6,
    );
    expect(run.stdout).toContain('No --user: the workbook is unchanged (a dry run).');
  });

  it('writes only the German files with --sites DE', async () => {
    await saveDemo();

    const run = await exportDemo('--sites', 'DE');

    expect(run.code).toBe(0);
    expect(written()).toEqual(filesOf(['DE']));
    expect(run.stdout).toContain('DE: 6 exported');
    expect(run.stdout).not.toMatch(/^UK:/m);
  });

  it('exits 1 naming a broken template file, and still writes the other sites', async () => {
    await saveDemo();
    mkdirSync(at('templates'));
    // The template's settings row promises the attribute keys on row 3, which is missing.
    writeFileSync(at('templates/HOME-UK.txt'), `${CLASSIC_UK.slice(0, 2).join('\n')}\n`);

    const run = await exportDemo('--templates', 'templates');

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^HOME-UK\.txt.*\[AMZ\.template\] error: HOME-UK\.txt row 3/m);
    expect(run.stdout).toContain('UK: 0 exported, 6 refused');
    expect(written()).toEqual(filesOf(['DE', 'FR', 'IT', 'ES']));
  });

  it('exits 2 for a --user without an export role, changing nothing', async () => {
    await saveDemo();
    const before = readFileSync(at('demo.xlsx'));

    const stranger = await exportDemo('--user', 'director@demo-seller.example');
    const nobody = await exportDemo('--user');

    expect(stranger.code).toBe(2);
    expect(stranger.stderr).toContain('director@demo-seller.example does not have it');
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain('The option --user needs a value');
    expect(readFileSync(at('demo.xlsx')).equals(before)).toBe(true);
    expect(written()).toEqual([]);
  });

  it('stamps the export batch for an uploader; a re-run adds nothing to the workbook', async () => {
    await saveDemo();

    const first = await exportDemo('--user', UPLOADER);

    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Export batches stamped into demo.xlsx');
    const all = SITES.map((site) => `AMZ-${DATE}-${site}`).join(', ');
    expect(await exportBatches()).toEqual(new Map(APPROVED.map((sku) => [sku, all])));

    const stamped = cellSnapshot(await openXlsx(at('demo.xlsx')));
    const again = await exportDemo('--user', UPLOADER);

    expect(again.code).toBe(0);
    expect(cellSnapshot(await openXlsx(at('demo.xlsx')))).toEqual(stamped);
  });

  it('exports nothing new once the stamped batch is confirmed uploaded', async () => {
    await saveDemo();
    await exportDemo('--user', UPLOADER);
    const book = await XlsxWorkbook.open(at('demo.xlsx'));
    confirmUpload(book, `AMZ-${DATE}-UK`, UPLOADER, new Date('2026-12-01T08:00:00Z'));
    await book.save(at('demo.xlsx'));
    rmSync(at('out'), { recursive: true });

    const run = await exportDemo('--user', UPLOADER);

    expect(run.code).toBe(0);
    for (const site of SITES) {
      expect(run.stdout).toContain(`${site}: 0 exported, 0 refused, 11 exported before`);
    }
    expect(written()).toEqual([]);
  });

  it('names each refused row and why in the printed summary, exit 1', async () => {
    await saveDemo((products) =>
      setProductCell(products, 'LUM-BD07', '图片1', 'http://img.demo-seller.example/bd07-1.jpg'),
    );

    const run = await exportDemo();

    expect(run.code).toBe(1);
    for (const site of SITES) {
      expect(run.stdout).toContain(`${site}: 5 exported, 1 refused`);
      expect(run.stdout).toContain(`Refused ${site} LUM-BD07:`);
    }
    expect(run.stdout).toMatch(/^ {2}上新表!\w+12 \[R4\.4\] error: .*https:\/\//m);
  });

  /*
   * LUM-BD07 (¥26, 0.95 kg) goes to the UK by 4PX at ¥17 + ¥58 × 0.95 = ¥72.10, landed ¥98.10.
   * At the December rate £1 = ¥9.141: 98.10 × 1.2 / (9.141 × 0.52) = 117.72 / 4.75332 = £24.77
   * → £24.99, whose margin is 30.46 %; £23.99 would leave 28.31 %.
   */
  it('prints the price it suggested for a row whose price is empty', async () => {
    await saveDemo((products) => setProductCell(products, 'LUM-BD07', '售价', null));

    const run = await exportDemo('--sites', 'UK');

    expect(run.code).toBe(0);
    const said = run.stdout.split('\n').find((line) => line.includes('[R4.2d]'));
    expect(said).toMatch(/^上新表!J12 \[R4\.2d\] warning: 上新表 row 12, column "售价": /);
    expect(said).toContain(
      'suggested £24.99 (margin 30.46%, minimum 30%; freight 72.10 CNY by 4PX联邮通挂号-UK)',
    );
    const feed = JSON.parse(readFileSync(at(`out/amazon-UK-${DATE}.json`), 'utf8'));
    const drawer = feed.messages.find((message: { sku: string }) => message.sku === 'LUM-BD07');
    expect(drawer.attributes.purchasable_offer[0].our_price).toEqual([
      { schedule: [{ value_with_tax: 24.99 }] },
    ]);
  });
});
