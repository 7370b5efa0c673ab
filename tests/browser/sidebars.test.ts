import type { Browser, Page } from 'playwright-core';

import type { Lang } from '../../src/core/i18n';
import { TEAM } from '../../src/demo/team';
import type { Preview } from '../../src/node/preview/server';
import {
  buildPages,
  demoWorkbookCopy,
  describeInBrowser,
  launchBrowser,
  openSidebar,
  overflowOf,
  previewOf,
  screenshot,
  settled,
  tabValues,
} from './harness';

const LANGS: Lang[] = ['zh', 'en'];

describeInBrowser('the sidebars in a browser, against the demo workbook', () => {
  let browser: Browser;
  let preview: Preview;
  let workbook: string;
  const tabs: Page[] = [];

  beforeAll(async () => {
    const pagesDir = buildPages();
    workbook = await demoWorkbookCopy();
    preview = await previewOf(workbook, pagesDir, TEAM.liQiang);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  async function open(page: string, lang: Lang): Promise<Page> {
    const tab = await openSidebar(browser, preview, page, lang);
    tabs.push(tab);
    return tab;
  }

  afterEach(async () => {
    for (const tab of tabs.splice(0)) await tab.context().close();
  });

  /** The value column of a Settings key, as the workbook file now holds it. */
  async function settingInFile(key: string): Promise<unknown> {
    const rows = await tabValues(workbook, 'Settings');
    return rows.find((row) => row[0] === key)?.[1];
  }

  describe('settings', () => {
    // Settings say who holds every role: only a director may change them.
    beforeEach(() => preview.setUser(TEAM.director));
    afterEach(() => preview.setUser(TEAM.liQiang));

    it.each(LANGS)('shows every key with its meaning, readable at 300 px (%s)', async (lang) => {
      const tab = await open('settings', lang);

      await screenshot(tab, 'settings', lang);
      expect(await tab.locator('.setting').count()).toBeGreaterThan(20);
      const label = lang === 'zh' ? '上架最低利润率' : 'minimum listing margin';
      expect(await tab.getByLabel('minListingMargin', { exact: true }).inputValue()).toBe('0.3');
      expect(await tab.locator('#setting-minListingMargin-hint').textContent()).toContain(label);
      expect(await overflowOf(tab)).toBeLessThanOrEqual(0);
    });

    it('saves a changed value into the Settings sheet and touches no other row', async () => {
      const before = await tabValues(workbook, 'Settings');
      const tab = await open('settings', 'en');

      await tab.getByLabel('minListingMargin', { exact: true }).fill('0.35');
      await tab.getByRole('button', { name: 'Save changes' }).click();
      await settled(tab);

      expect(await tab.locator('#status').textContent()).toBe('Saved 1 settings.');
      const after = await tabValues(workbook, 'Settings');
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

      expect(await tab.locator('#error').textContent()).toContain('Nothing was saved');
      expect(await tab.locator('#setting-vat_UK-error').textContent()).toContain('less than 1');
      expect(await tab.locator('#setting-directors-error').textContent()).toContain(
        'not an email address',
      );
      const vat = tab.getByLabel('vat.UK', { exact: true });
      expect(await vat.inputValue()).toBe('20');
      expect(await vat.getAttribute('aria-invalid')).toBe('true');
      expect(await settingInFile('vat.UK')).toBe(0.2);
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
      await screenshot(tab, 'pricing-empty', lang);

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

      expect(await tab.locator('#weightKg-error').textContent()).toContain('write kilograms');
      expect(await tab.locator('#weightKg').getAttribute('aria-invalid')).toBe('true');
      expect(await tab.locator('.quote').count()).toBe(0);
    });

    it('says what went wrong when the server fails, keeping what was typed', async () => {
      const tab = await open('pricing', 'en');
      preview.failNext('quotePrices', 'Exceeded maximum execution time');

      await tab.locator('#weightKg').fill('1.2');
      await tab.locator('#cost').fill('45');
      await tab.waitForFunction(() => !document.querySelector('#error')?.hasAttribute('hidden'));

      expect(await tab.locator('#error').textContent()).toBe('Exceeded maximum execution time');
      expect(await tab.locator('#weightKg').inputValue()).toBe('1.2');
      expect(await tab.locator('#cost').inputValue()).toBe('45');
      expect(await tab.locator('#weightKg').isEnabled()).toBe(true);
    });
  });
});
