import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Cell } from '../../src/core/cells';
import { setProductTypeSource } from '../../src/core/amazon/product-types';
import { SHEETS } from '../../src/core/contract/sheets';
import { exportSite } from '../../src/gas/export-sidebar';
import { readProductTypeFile } from '../../src/gas/product-type-file';
import { validate } from '../../src/gas/validate';
import { GOOD_PRODUCT, sheetValues } from '../core/new-products/product-sheet';
import { installGas } from '../fakes/gas';
import { FakeHtmlService } from '../fakes/gas/html';
import type { FakeGas } from '../fakes/gas';
import { settingsTab } from '../support/settings-tab';

const ROOT = path.resolve(__dirname, '../..');
const NOW = new Date('2026-12-01T02:00:00Z');
const UPLOADER = 'uploads@example.com';
const DIRECTOR = 'boss@example.com';
const original = FakeHtmlService.prototype.createHtmlOutputFromFile;

function sheets(): Record<string, Cell[][]> {
  return {
    Settings: settingsTab([
      ['directors', DIRECTOR],
      ['uploaders', UPLOADER],
      ['amazonSellerId', 'A1B2C3D4E5F6G7'],
    ]),
    上新表: sheetValues(SHEETS.newProducts, [{ ...GOOD_PRODUCT, status: '已通过' }], 'zh'),
  };
}

/** Runs the real build into a directory of its own: the fake reads HTML files from there. */
function buildInto(dist: string): void {
  const script = `
    import { build } from ${JSON.stringify(path.join(ROOT, 'scripts/build.mjs'))};
    await build(${JSON.stringify({ dist, programs: false, quiet: true })});`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

describe('the product type schemas in Google Sheets', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'seller-sheets-product-types-'));
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'seller-sheets-no-product-types-'));
  let fake: FakeGas;
  let reads: string[];

  beforeAll(() => buildInto(dist));
  afterAll(() => {
    fs.rmSync(dist, { recursive: true, force: true });
    fs.rmSync(empty, { recursive: true, force: true });
  });

  beforeEach(() => {
    jest.useFakeTimers({ now: NOW });
    // A fresh Apps Script execution: nothing read yet.
    setProductTypeSource(readProductTypeFile);
  });
  afterEach(() => {
    jest.restoreAllMocks();
    fake.uninstall();
    jest.useRealTimers();
  });

  function open(htmlDir: string): void {
    fake = installGas({
      user: UPLOADER,
      owner: DIRECTOR,
      editors: [UPLOADER],
      userLocale: 'en-GB',
      sheets: sheets(),
      htmlDir,
      now: () => NOW,
    });
    reads = [];
    // The host holds a counting proxy over the fake, which calls through to the prototype.
    jest.spyOn(FakeHtmlService.prototype, 'createHtmlOutputFromFile').mockImplementation(function (
      this: FakeHtmlService,
      name: string,
    ) {
      reads.push(name);
      return original.call(this, name);
    });
  }

  it('checks listings against the schemas, read once from product-types.html', () => {
    open(dist);

    const first = exportSite('UK', true);
    const again = exportSite('UK', true);

    // The sheet has no ASIN column, which the UK schema of HOME requires.
    for (const run of [first, again]) {
      expect(run.refusals[0].reasons.join('\n')).toContain(
        'HOME @ amazon.co.uk requires merchant_suggested_asin',
      );
    }
    expect(reads.filter((name) => name === 'product-types')).toEqual(['product-types']);
  });

  it('cannot check a listing when the project has no product-types.html', () => {
    open(empty);

    expect(() => exportSite('UK', true)).toThrow();
    expect(reads).toEqual(['product-types']);
  });

  it('does not read the schemas when only Validate runs', () => {
    open(dist);

    validate();

    expect(reads).not.toContain('product-types');
  });
});
