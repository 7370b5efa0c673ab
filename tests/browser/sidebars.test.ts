import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

import { findSheetName } from '../../src/core/contract/headers';
import { SHEETS } from '../../src/core/contract/sheets';
import type { SheetId } from '../../src/core/contract/types';
import type { Lang } from '../../src/core/i18n';
import { DEMO_EXPECTATIONS } from '../../src/demo/demo-workbook';
import { TEAM } from '../../src/demo/team';
import { PRODUCT_TYPE_FILE } from '../../src/gas/product-type-file';
import type { Preview } from '../../src/node/preview/server';
import { XlsxWorkbook } from '../../src/node/xlsx-workbook';
import {
  buildPages,
  demoWorkbookCopy,
  describeInBrowser,
  launchBrowser,
  openSidebar,
  overflowOf,
  previewOf,
  SCREENSHOTS,
  screenshot,
  settled,
} from './harness';

const LANGS: Lang[] = ['zh', 'en'];

/** The Staff row whose ERP score the suite sets to 120, so that Validate has a finding. */
const PLANTED = { name: '刘洋', month: '2026-11', score: 120 };

/** The demo's new product that waits for the director's approval. */
const AWAITING_APPROVAL = 'LUM-SM08';

/** Translations rows the suite clears, so that machine translation has drafts to make. */
const CLEARED_TRANSLATIONS = 3;

describeInBrowser('the sidebars in a browser, against the demo workbook', () => {
  let browser: Browser;
  let preview: Preview;
  let workbook: string;
  let pagesDir: string;
  const tabs: Page[] = [];

  /** The (SKU, site) pairs whose Translations rows the suite cleared. */
  let cleared: string[] = [];

  /**
   * The demo workbook with an ERP score over 100 (R1.18), for Validate to find, and reviewed
   * Translations rows of approved products cleared, for machine translation to draft again
   * (the last row, a draft of a product still awaiting approval, stays).
   */
  async function plantedWorkbook(): Promise<string> {
    const file = await demoWorkbookCopy();
    const book = await XlsxWorkbook.open(file);
    const staffTab = findSheetName(SHEETS.staff, book.tabNames())!;
    const staff = book.read(staffTab);
    const score = staff[0].map(String).findIndex((label) => /ERP/i.test(label));
    const row = staff.findIndex(
      (line) => line.includes(PLANTED.name) && line.includes(PLANTED.month),
    );
    const translationsTab = findSheetName(SHEETS.translations, book.tabNames())!;
    const translations = book.read(translationsTab);
    const last = translations.slice(-CLEARED_TRANSLATIONS - 1, -1);
    cleared = last.map((line) => `${line[0]}|${line[1]}`);
    book.apply([
      { tab: staffTab, blocks: [{ row: row + 1, column: score + 1, values: [[PLANTED.score]] }] },
      {
        tab: translationsTab,
        blocks: [
          {
            row: translations.length - CLEARED_TRANSLATIONS,
            column: 1,
            values: last.map((line) => line.map(() => null)),
          },
        ],
      },
    ]);
    await book.save(file);
    return file;
  }

  beforeAll(async () => {
    pagesDir = buildPages();
    workbook = await plantedWorkbook();
    preview = await previewOf(workbook, pagesDir, TEAM.liQiang);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  afterEach(async () => {
    preview.setUser(TEAM.liQiang);
    for (const tab of tabs.splice(0)) await tab.context().close();
  });

  async function open(page: string, lang: Lang): Promise<Page> {
    const tab = await openSidebar(browser, preview, page, lang);
    tabs.push(tab);
    return tab;
  }

  /** A contract sheet's values as the workbook file now holds them. */
  async function fileSheet(id: SheetId): Promise<unknown[][]> {
    const book = await XlsxWorkbook.open(workbook);
    const tab = findSheetName(SHEETS[id], book.tabNames());
    if (!tab) throw new Error(`the workbook file has no ${id} sheet`);
    return book.read(tab);
  }

  /** A column of a contract sheet in the file, by column id, below the header. */
  async function fileColumn(id: SheetId, column: string): Promise<unknown[]> {
    const values = await fileSheet(id);
    const def = SHEETS[id].columns.find((candidate) => candidate.id === column)!;
    const at = values[0].findIndex((header) => header === def.label.en || header === def.label.zh);
    return values.slice(1).map((row) => row[at]);
  }

  async function text(tab: Page, selector: string): Promise<string> {
    return (await tab.locator(selector).first().textContent()) ?? '';
  }

  async function settingInFile(key: string): Promise<unknown> {
    const rows = await fileSheet('settings');
    return rows.find((row) => row[0] === key)?.[1];
  }

  describe('findings', () => {
    it('validates from the menu, then selects the cell of the finding chosen', async () => {
      const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
      await context.route('**/*', (route) =>
        new URL(route.request().url()).hostname === '127.0.0.1'
          ? route.continue()
          : route.abort('blockedbyclient'),
      );
      const home = await context.newPage();
      tabs.push(home);
      await home.goto(preview.url);
      await home.selectOption('#lang', 'en');

      await home.getByRole('button', { name: 'Validate', exact: true }).click();
      const frame = home.frameLocator('#sidebar-frame');
      const finding = frame.locator('button.finding', { hasText: 'R1.18' });
      const cell = /cell ([A-Z]+\d+)/.exec((await finding.locator('.where').textContent())!)![1];
      await finding.click();

      // The index page reports the spreadsheet's selection, as Sheets would show it.
      await home.waitForFunction(
        (expected) => document.querySelector('#selection')?.textContent === expected,
        `Staff!${cell}`,
      );
      await frame.locator('#status', { hasText: `Selected ${cell} on Staff` }).waitFor();
      await home.screenshot({ path: path.join(SCREENSHOTS, 'preview-index.png') });
      // The cell's mark (a note) is in the workbook file, beside the value it leaves alone.
      const book = await XlsxWorkbook.open(workbook);
      const notes = book.readNotes('Staff');
      expect(notes.flat().some((note) => note.includes('R1.18'))).toBe(true);
    });

    it.each(LANGS)('lists the findings at 300 px (%s)', async (lang) => {
      const tab = await open('findings', lang);
      expect(await tab.locator('button.finding').count()).toBeGreaterThan(0);
      await screenshot(tab, 'findings', lang);
      expect(await overflowOf(tab)).toBeLessThanOrEqual(0);
    });
  });

  describe('pricing calculator', () => {
    /** The figures the calculator shows for a site, by what they are. */
    async function quoteOf(tab: Page, site: string): Promise<Record<string, string>> {
      return tab
        .locator(`.quote[data-site="${site}"] dd`)
        .evaluateAll((cells) =>
          Object.fromEntries(cells.map((cell) => [cell.className, cell.textContent ?? ''])),
        );
    }

    it.each(LANGS)('prices a parcel on every site as you type (%s)', async (lang) => {
      const tab = await open('pricing', lang);

      await tab.locator('#weightKg').fill('0.35');
      await tab.locator('#cost').fill('30');
      await tab.locator('#targetMargin').fill('30%');
      await tab.waitForSelector('.quote[data-site="ES"] dd.price');
      await settled(tab);

      // By hand: 4PX 58 CNY/kg × 0.35 + 17 = 37.30; landed 67.30 × 1.2 VAT / (9.141 FX ×
      // (1 − 0.15 × 1.2 − 0.30)) = £16.9901…, so £17.99; its margin
      // 45.0718 / 137.0388 = 32.8898…%, shown rounded down.
      expect(await quoteOf(tab, 'UK')).toEqual({
        channel: '4PX联邮通挂号-UK',
        billable: '0.35 kg',
        freight: '¥37.30',
        price: '£17.99',
        margin: '32.88%',
      });
      expect(await tab.locator('.quote').count()).toBe(5);
      await screenshot(tab, 'pricing', lang);
      expect(await overflowOf(tab)).toBeLessThanOrEqual(0);
    });

    it('sends dangerous goods on the battery line at double freight', async () => {
      const tab = await open('pricing', 'en');

      await tab.locator('#site').selectOption('UK');
      await tab.getByLabel('Battery, powder or liquid (dangerous goods)').check();
      await tab.locator('#weightKg').fill('0.35');
      await tab.waitForSelector('.quote[data-site="UK"] dd.freight');
      await settled(tab);

      // Yunexpress 64 × 0.35 + 19 = 41.40, doubled for a battery (R4.2c).
      expect(await quoteOf(tab, 'UK')).toEqual({
        channel: '云途带电专线-UK',
        billable: '0.35 kg',
        freight: '¥82.80',
      });
      expect(await tab.locator('.quote').count()).toBe(1);
    });

    it('names the field that cannot be read', async () => {
      const tab = await open('pricing', 'en');

      await tab.locator('#weightKg').fill('350g');
      await tab.waitForFunction(() => document.querySelector('#weightKg-error')?.textContent);

      expect(await text(tab, '#weightKg-error')).toContain('write kilograms');
      expect(await tab.locator('#weightKg').getAttribute('aria-invalid')).toBe('true');
      expect(await tab.locator('.quote').count()).toBe(0);
    });

    it('says what went wrong when the server fails, keeping what was typed', async () => {
      const tab = await open('pricing', 'en');
      preview.failNext('quotePrices', 'Exceeded maximum execution time');

      await tab.locator('#weightKg').fill('1.2');
      await tab.locator('#cost').fill('45');
      await tab.getByLabel('Battery, powder or liquid (dangerous goods)').check();
      await tab.waitForFunction(() => !document.querySelector('#error')?.hasAttribute('hidden'));

      expect(await text(tab, '#error')).toBe('Exceeded maximum execution time');
      expect(await tab.locator('#weightKg').inputValue()).toBe('1.2');
      expect(await tab.locator('#cost').inputValue()).toBe('45');
      expect(await tab.locator('#dangerous').isChecked()).toBe(true);
      expect(await tab.locator('#weightKg').isEnabled()).toBe(true);
    });
  });

  describe('settings', () => {
    // Settings say who holds every role: only a director may change them.
    beforeEach(() => preview.setUser(TEAM.director));

    it.each(LANGS)('shows every key with its meaning, readable at 300 px (%s)', async (lang) => {
      const tab = await open('settings', lang);

      await screenshot(tab, 'settings', lang);
      expect(await tab.locator('.setting').count()).toBeGreaterThan(20);
      const meaning = lang === 'zh' ? '上架最低利润率' : 'minimum listing margin';
      expect(await tab.getByLabel('minListingMargin', { exact: true }).inputValue()).toBe('0.3');
      expect(await text(tab, '#setting-minListingMargin-hint')).toContain(meaning);
      expect(await overflowOf(tab)).toBeLessThanOrEqual(0);
    });

    it('saves a changed value into the Settings sheet and touches no other row', async () => {
      const before = await fileSheet('settings');
      const tab = await open('settings', 'en');

      await tab.getByLabel('minListingMargin', { exact: true }).fill('0.35');
      await tab.getByRole('button', { name: 'Save changes' }).click();
      await settled(tab);

      expect(await text(tab, '#status')).toBe('Saved 1 settings.');
      const after = await fileSheet('settings');
      const changed = after.flatMap((row, i) =>
        row.some((cell, j) => cell !== before[i]?.[j]) ? [row[0]] : [],
      );
      expect(changed).toEqual(['minListingMargin']);
      expect(await settingInFile('minListingMargin')).toBe(0.35);
    });

    it('refuses a VAT rate of 20 with the reason, keeping what was typed', async () => {
      const tab = await open('settings', 'en');

      await tab.getByLabel('vat.UK', { exact: true }).fill('20');
      await tab.getByLabel('directors', { exact: true }).fill('not an email');
      await tab.getByRole('button', { name: 'Save changes' }).click();
      await settled(tab);

      expect(await text(tab, '#error')).toContain('Nothing was saved');
      expect(await text(tab, '#setting-vat_UK-error')).toContain('less than 1');
      expect(await text(tab, '#setting-directors-error')).toContain('not an email address');
      const vat = tab.getByLabel('vat.UK', { exact: true });
      expect(await vat.inputValue()).toBe('20');
      expect(await vat.getAttribute('aria-invalid')).toBe('true');
      expect(await settingInFile('vat.UK')).toBe(0.2);
    });

    it('keeps every value as typed when the server fails during the save', async () => {
      const tab = await open('settings', 'en');
      preview.failNext('saveSettings', 'Service Spreadsheets timed out while accessing document');

      await tab.getByLabel('referralFee', { exact: true }).fill('0.12');
      await tab.getByLabel('priceEnding', { exact: true }).fill('0.49');
      await tab.getByRole('button', { name: 'Save changes' }).click();
      await settled(tab);

      expect(await text(tab, '#error')).toBe(
        'Service Spreadsheets timed out while accessing document',
      );
      expect(await tab.getByLabel('referralFee', { exact: true }).inputValue()).toBe('0.12');
      expect(await tab.getByLabel('priceEnding', { exact: true }).inputValue()).toBe('0.49');
      expect(await tab.getByRole('button', { name: 'Save changes' }).isEnabled()).toBe(true);
      expect(await settingInFile('referralFee')).toBe(0.15);
    });
  });

  describe('shipment follow-up', () => {
    it.each(LANGS)('shows what a run would change today (%s)', async (lang) => {
      const tab = await open('follow-up', lang);
      expect(await tab.locator('#report li').count()).toBeGreaterThan(0);
      await screenshot(tab, 'follow-up', lang);
      expect(await overflowOf(tab)).toBeLessThanOrEqual(0);
    });

    it('runs the follow-up for today and lists what changed; a second run changes nothing', async () => {
      const tab = await open('follow-up', 'en');

      await tab.getByRole('button', { name: 'Run now for today' }).click();
      await settled(tab);

      const listed = await tab
        .locator('#report li')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-order')));
      const due = [...DEMO_EXPECTATIONS.refundDueOrderIds, ...DEMO_EXPECTATIONS.reassureOrderIds];
      const inFile = await fileColumn('abnormalShipments', 'orderId');
      for (const orderId of due) expect(inFile).toContain(orderId);
      expect(listed).toEqual(expect.arrayContaining([...DEMO_EXPECTATIONS.refundDueOrderIds]));
      expect(await text(tab, '#report .summary')).toMatch(/^2026-12-01: \d+ parcels checked/);

      await tab.getByRole('button', { name: 'Run now for today' }).click();
      await settled(tab);
      expect(await text(tab, '#report .summary')).toMatch(/nothing changed\.$/);
      expect(await fileColumn('abnormalShipments', 'orderId')).toEqual(inFile);
    });
  });

  describe('daily jobs', () => {
    it.each(LANGS)('shows each daily job and whether it is installed (%s)', async (lang) => {
      const tab = await open('triggers', lang);
      expect(await tab.locator('.job').count()).toBeGreaterThan(0);
      await screenshot(tab, 'triggers', lang);
      expect(await overflowOf(tab)).toBeLessThanOrEqual(0);
    });

    it('installs a daily job for the person once, and removes it', async () => {
      const tab = await open('triggers', 'en');
      const job = tab.locator('.job').first();
      const handler = (await job.getAttribute('data-handler'))!;
      const mine = () =>
        preview.fake.triggers.filter(
          (trigger) => trigger.user === TEAM.liQiang && trigger.handler === handler,
        );

      await job.getByRole('button', { name: /^Install/ }).click();
      await settled(tab);
      expect(await text(tab, '#status')).toMatch(/^Installed:/);
      expect(await text(tab, '.job .badge')).toBe('Installed, runs as you');
      expect(mine()).toHaveLength(1);

      await tab
        .locator('.job')
        .first()
        .getByRole('button', { name: /^Remove/ })
        .click();
      await settled(tab);
      expect(mine()).toHaveLength(0);
      expect(await text(tab, '.job .badge')).toBe('Not installed');
    });
  });

  describe('imports', () => {
    const csv = [
      '平台订单号,商品SKU,站点,付款时间,购买数量,商品单价,币种,订单状态,买家姓名',
      '206-0000001-0000001,LAMP-01,UK,2026/11/30 14:05,2,12.99,GBP,待采购,Ann Lee',
      '306-0000002-0000002,LAMP-01,DE,2026-11-30 09:00,1,14.99,EUR,待采购,"=HYPERLINK(""http://x"")"',
      '206-0000003-0000003,LAMP-01,UK,2026/11/30 16:00,0,12.99,GBP,待采购,Bo Chen',
    ].join('\n');

    function csvFile(): string {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seller-sheets-csv-'));
      const file = path.join(folder, 'erp-orders.csv');
      fs.writeFileSync(file, csv);
      return file;
    }

    it.each(LANGS)('previews the first rows of a CSV before importing (%s)', async (lang) => {
      const tab = await open('imports', lang);
      await tab.locator('#file').setInputFiles(csvFile());
      await tab.waitForSelector('#preview:not([hidden])');

      expect(await tab.locator('#preview-table tbody tr').count()).toBe(3);
      await screenshot(tab, 'imports', lang);
      expect(await overflowOf(tab)).toBeLessThanOrEqual(0);
    });

    it('imports the orders of a CSV, refusing the bad row and keeping formulas as text', async () => {
      preview.setUser(TEAM.wangFang);
      const tab = await open('imports', 'en');
      await tab.locator('#file').setInputFiles(csvFile());
      await tab.waitForSelector('#preview:not([hidden])');

      await tab.getByRole('button', { name: /^Import into/ }).click();
      await settled(tab);

      const count = (name: string) => text(tab, `[data-count="${name}"] strong`);
      expect([await count('added'), await count('refused')]).toEqual(['2', '1']);
      expect(await text(tab, '.refused li')).toContain('quantity');
      const orderIds = await fileColumn('orders', 'orderId');
      expect(orderIds).toContain('206-0000001-0000001');
      expect(orderIds).toContain('306-0000002-0000002');
      expect(orderIds).not.toContain('206-0000003-0000003');
      const buyers = await fileColumn('orders', 'buyerName');
      expect(buyers).toContain('=HYPERLINK("http://x")');
    });

    it('tells the person to save an Excel file as CSV', async () => {
      const tab = await open('imports', 'en');
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seller-sheets-xlsx-'));
      const file = path.join(folder, 'orders.xlsx');
      fs.copyFileSync(workbook, file);

      await tab.locator('#file').setInputFiles(file);
      await tab.waitForFunction(() => document.querySelector('#file-error')?.textContent);

      expect(await text(tab, '#file-error')).toContain('CSV UTF-8');
      expect(await tab.getByRole('button', { name: /^Import into/ }).isDisabled()).toBe(true);
    });

    it('says why an import was refused, keeping the file chosen', async () => {
      // Fees are the finance role's: a purchasing person is refused before anything is read.
      preview.setUser(TEAM.wangFang);
      const tab = await open('imports', 'en');
      await tab.getByLabel(/carrier's fee bill/).check();
      await tab.locator('#file').setInputFiles(csvFile());
      await tab.waitForSelector('#preview:not([hidden])');

      await tab.getByRole('button', { name: /^Import into/ }).click();
      await settled(tab);

      expect(await text(tab, '#error')).toMatch(/finance/);
      expect(await tab.locator('#kind-fees').isChecked()).toBe(true);
      expect(await tab.locator('#preview-table tbody tr').count()).toBe(3);
      expect(await tab.getByRole('button', { name: /^Import into/ }).isEnabled()).toBe(true);
    });
  });

  describe('purchase audit', () => {
    it.each(LANGS)('flags the loss-making and thin orders (%s)', async (lang) => {
      const tab = await open('purchase-audit', lang);
      await tab.locator('#run').click();
      await settled(tab);

      const flagged = await tab.locator('.flag .what').allTextContents();
      expect(flagged.some((line) => line.startsWith(DEMO_EXPECTATIONS.lossMakingOrderId))).toBe(
        true,
      );
      expect(flagged.some((line) => line.startsWith(DEMO_EXPECTATIONS.belowMarginOrderId))).toBe(
        true,
      );
      expect(await tab.locator('.supplier').count()).toBeGreaterThan(0);
      await screenshot(tab, 'purchase-audit', lang);
      expect(await overflowOf(tab)).toBeLessThanOrEqual(0);
    });

    it('writes the purchase list into Purchases as drafts, once', async () => {
      preview.setUser(TEAM.wangFang);
      const tab = await open('purchase-audit', 'en');
      const before = await fileColumn('purchases', 'poId');

      await tab.getByLabel('Write the purchase list into Purchases (Draft rows)').check();
      await tab.getByRole('button', { name: 'Run the purchase audit' }).click();
      await settled(tab);

      const listed = await tab
        .locator('.supplier')
        .evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-po')));
      const after = await fileColumn('purchases', 'poId');
      expect(listed.length).toBeGreaterThan(0);
      for (const po of listed) expect(after).toContain(po);
      expect(await text(tab, '#result .done')).toMatch(/Draft rows written to Purchases/);

      await tab.getByRole('button', { name: 'Run the purchase audit' }).click();
      await settled(tab);
      expect(await fileColumn('purchases', 'poId')).toEqual(after);
      expect(before.length).toBeLessThan(after.length);
    });
  });

  describe('machine translation drafts', () => {
    it.each(LANGS)('shows each site with what it lacks (%s)', async (lang) => {
      const tab = await open('translate', lang);
      expect(await tab.locator('.site').count()).toBe(4);
      await screenshot(tab, 'translate', lang);
      expect(await overflowOf(tab)).toBeLessThanOrEqual(0);
    });

    it('drafts the missing translations of the chosen sites', async () => {
      const tab = await open('translate', 'en');
      const missing = async () =>
        tab
          .locator('.counts-line')
          .evaluateAll((lines) =>
            lines.map((line) => Number(/^(\d+) to draft/.exec(line.textContent ?? '')?.[1] ?? 0)),
          );
      expect((await missing()).reduce((sum, n) => sum + n, 0)).toBe(CLEARED_TRANSLATIONS);

      await tab.getByRole('button', { name: 'Draft translations' }).click();
      await tab.waitForFunction(() => document.querySelector('#status.done'));

      expect(await text(tab, '#status')).toBe(
        `Wrote ${CLEARED_TRANSLATIONS} machine drafts for the site owners to review.`,
      );
      const skus = await fileColumn('translations', 'sku');
      const sites = await fileColumn('translations', 'site');
      const statuses = await fileColumn('translations', 'status');
      for (const pair of cleared) {
        const at = skus.findIndex((sku, i) => `${sku}|${sites[i]}` === pair);
        expect(statuses[at]).toBe('Machine draft');
      }
      expect(await missing()).toEqual([0, 0, 0, 0]);
    });
  });

  describe('Amazon export', () => {
    it.each(LANGS)('offers the five sites (%s)', async (lang) => {
      const tab = await open('export', lang);
      expect(await tab.locator('#sites input[type=checkbox]').count()).toBe(5);
      await screenshot(tab, 'export-form', lang);
    });

    it('runs a dry run of every site: files saved and linked, no row stamped', async () => {
      const before = await fileSheet('newProducts');
      const tab = await open('export', 'en');

      await tab.getByLabel('Dry run: check and build the files, mark no row exported').check();
      await tab.getByRole('button', { name: 'Export', exact: true }).click();
      await tab.waitForFunction(() => document.querySelector('#status.done'));

      expect(await text(tab, '#status')).toBe('Dry run done: no row was marked exported.');
      expect(await tab.locator('.site-result').count()).toBe(5);
      const links = await tab
        .locator('.site-result[data-site="UK"] .files a')
        .evaluateAll((anchors) => anchors.map((a) => [a.textContent, a.getAttribute('href')]));
      expect(links.map(([name]) => name)).toEqual(
        expect.arrayContaining([expect.stringMatching(/UK.*2026-12-01.*\.txt$/)]),
      );
      const saved = preview.fake.files.filter((file) => !file.trashed);
      for (const [name, href] of links) {
        const file = saved.find((candidate) => candidate.name === name)!;
        expect(file.folder).toBe('2026-12-01');
        expect(href).toContain(file.id);
      }
      expect(await fileSheet('newProducts')).toEqual(before);
      await screenshot(tab, 'export', 'en');
      expect(await overflowOf(tab)).toBeLessThanOrEqual(0);
    });

    it('shows the results of a dry run in Chinese', async () => {
      const tab = await open('export', 'zh');
      await tab.locator('#dry-run').check();
      await tab.locator('#run').click();
      await tab.waitForFunction(() => document.querySelector('#status.done'));
      await screenshot(tab, 'export', 'zh');
      expect(await overflowOf(tab)).toBeLessThanOrEqual(0);
    });

    it('confirms the upload of a real UK export: its rows are Uploaded in the file', async () => {
      const batch = 'AMZ-2026-12-01-UK';
      const tab = await open('export', 'en');
      for (const site of ['DE', 'FR', 'IT', 'ES']) await tab.locator(`#site-${site}`).uncheck();
      await tab.getByRole('button', { name: 'Export', exact: true }).click();
      await tab.waitForFunction(() => document.querySelector('#status.done'));
      await screenshot(tab, 'export-confirm', 'en');

      const item = tab.locator(`.batch[data-batch="${batch}"]`);
      await item.getByRole('button', { name: /^I uploaded this file to Seller Central/ }).click();
      await tab.waitForSelector('#confirm-status.done');

      const header = (await fileSheet('newProducts'))[0];
      const status = SHEETS.newProducts.columns.find((column) => column.id === 'status')!;
      const uploaded = header.includes(status.label.zh) ? '已上传' : 'Uploaded';
      const batches = await fileColumn('newProducts', 'exportBatch');
      const statuses = await fileColumn('newProducts', 'status');
      const stamped = statuses.filter((_, i) => String(batches[i] ?? '').includes(batch));
      expect(stamped.length).toBeGreaterThan(0);
      expect(stamped).toEqual(stamped.map(() => uploaded));
      expect(await text(tab, '#confirm-status')).toBe(
        `${batch}: ${stamped.length} rows marked Uploaded.`,
      );
      expect(await item.count()).toBe(0);
      expect(await overflowOf(tab)).toBeLessThanOrEqual(0);
    });
  });

  describe('reports', () => {
    beforeEach(() => preview.setUser(TEAM.zhaoMin));

    it("refuses a month's report while a sheet it reads is wrong, then makes it", async () => {
      const tab = await open('reports', 'en');
      await tab.locator('#month').selectOption('2026-11');
      await tab.locator('#make').click();
      await tab.waitForSelector('#refused:not([hidden])');

      expect(await text(tab, '#problems')).toContain('ERP score');
      expect(await tab.locator('#month').inputValue()).toBe('2026-11');

      // The person puts the planted score right in the sheet, as they would in Sheets.
      const staff = preview.fake.values('Staff');
      const row = staff.findIndex((line) => line.includes(PLANTED.score));
      const column = staff[row].indexOf(PLANTED.score);
      SpreadsheetApp.getActive()
        .getSheetByName('Staff')!
        .getRange(row + 1, column + 1)
        .setValue(74.5);
      await tab.locator('#make').click();
      await tab.waitForSelector('#made:not([hidden])');

      const book = await XlsxWorkbook.open(workbook);
      expect(book.tabNames()).toContain('月报 2026-11');
      expect(await tab.locator('#links a').count()).toBeGreaterThan(0);
      await screenshot(tab, 'reports-made', 'en');
    });

    it.each(LANGS)('offers the months and quarters at 300 px (%s)', async (lang) => {
      const tab = await open('reports', lang);
      await screenshot(tab, 'reports', lang);
      expect(await overflowOf(tab)).toBeLessThanOrEqual(0);
    });
  });

  describe('help and review', () => {
    it.each(LANGS)('shows the help at 300 px (%s)', async (lang) => {
      const tab = await open('help', lang);
      expect(await tab.locator('#content').isVisible()).toBe(true);
      await screenshot(tab, 'help', lang);
      expect(await overflowOf(tab)).toBeLessThanOrEqual(0);
    });

    it('approves the selected new product with a note, as a director', async () => {
      preview.setUser(TEAM.director);
      const tab = findSheetName(SHEETS.newProducts, preview.fake.sheetNames)!;
      const values = preview.fake.values(tab);
      const row = values.findIndex((line) => line.includes(AWAITING_APPROVAL));
      SpreadsheetApp.getActive()
        .getSheetByName(tab)!
        .getRange(row + 1, 1)
        .activate();

      const chinese = await open('review', 'zh');
      await screenshot(chinese, 'review', 'zh');
      const page = await open('review', 'en');
      expect(await text(page, '#rows')).toContain(AWAITING_APPROVAL);
      await page.locator('#note').fill('Samples checked, the silicone passes LFGB.');
      await page.locator('#submit').click();
      await settled(page);

      expect(await text(page, '#error')).toBe('');
      const skus = await fileColumn('newProducts', 'sku');
      const statuses = await fileColumn('newProducts', 'status');
      expect(['已通过', 'Approved']).toContain(statuses[skus.indexOf(AWAITING_APPROVAL)]);
      await screenshot(page, 'review', 'en');
      expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    });
  });

  it('has a screenshot of every built sidebar in both languages', () => {
    const pages = fs
      .readdirSync(pagesDir)
      .filter((name) => name.endsWith('.html'))
      .map((name) => name.slice(0, -'.html'.length))
      // The product type schemas travel as an HTML file too, but they are data, not a sidebar.
      .filter((page) => page !== PRODUCT_TYPE_FILE);
    const missing = pages.flatMap((page) =>
      LANGS.filter((lang) => !fs.existsSync(path.join(SCREENSHOTS, `${page}-${lang}.png`))).map(
        (lang) => `${page}-${lang}`,
      ),
    );
    expect(missing).toEqual([]);
  });
});
