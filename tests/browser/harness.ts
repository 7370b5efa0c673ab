import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

import type { Lang } from '../../src/core/i18n';
import { DEMO_TODAY, demoTabs } from '../../src/demo/demo-workbook';
import { startPreview } from '../../src/node/preview/server';
import type { Preview } from '../../src/node/preview/server';
import { XlsxWorkbook } from '../../src/node/xlsx-workbook';

const ROOT = path.resolve(__dirname, '../..');

/** Debian's Chromium, which `.ci/run` installs; the browser tests need it and nothing else. */
export const CHROMIUM = '/usr/bin/chromium';

/** Where each sidebar's screenshot goes, `<page>-<lang>.png`. */
export const SCREENSHOTS = path.join(ROOT, 'out', 'screenshots');

/** Sidebars are 300 px wide, fixed: the tests look at them at exactly that width. */
export const SIDEBAR_WIDTH = 300;

/** The flags Chromium needs headless as root on a machine with no network beyond itself. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `describe` when Chromium is there; otherwise the suite is skipped, saying why once. */
export function describeInBrowser(name: string, suite: () => void): void {
  if (fs.existsSync(CHROMIUM)) {
    describe(name, suite);
    return;
  }
  describe.skip(`${name} (skipped: ${CHROMIUM} is not installed; .ci/run installs it)`, suite);
}

/** Builds dist/ into a folder of its own, in a separate Node process (jest cannot load .mjs). */
export function buildPages(): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'seller-sheets-dist-'));
  const script = `
    import { build } from ${JSON.stringify(path.join(ROOT, 'scripts/build.mjs'))};
    await build(${JSON.stringify({ dist, programs: false, quiet: true })});`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return dist;
}

/** A fresh copy of the demo workbook in a temporary folder. */
export async function demoWorkbookCopy(): Promise<string> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seller-sheets-preview-test-'));
  const file = path.join(folder, 'demo-workbook.xlsx');
  await XlsxWorkbook.fromTabs(demoTabs()).save(file);
  return file;
}

/** The preview on a free port, against a workbook, at the demo's today, as a user. */
export async function previewOf(
  workbook: string,
  pagesDir: string,
  user: string,
): Promise<Preview> {
  return startPreview({
    workbook,
    pagesDir,
    port: 0,
    lang: 'zh',
    user,
    today: DEMO_TODAY,
    log: () => undefined,
  });
}

/** Chromium, headless, with the flags this machine needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/**
 * A tab 300 px wide on a sidebar of the preview, in a language. Every request that is not to
 * 127.0.0.1 is refused, as nothing else is reachable on CI (Google's add-ons stylesheet
 * among them: the page's own styles must carry it).
 */
export async function openSidebar(
  browser: Browser,
  preview: Preview,
  page: string,
  lang: Lang,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: SIDEBAR_WIDTH, height: 700 },
    locale: lang === 'zh' ? 'zh-CN' : 'en-GB',
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    return url.hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient');
  });
  const tab = await context.newPage();
  await tab.goto(`${preview.url}${page}.html?lang=${lang}`);
  await tab.waitForFunction(
    () => document.querySelector('main')?.getAttribute('aria-busy') === 'false',
  );
  return tab;
}

/** Saves a screenshot of the whole sidebar as out/screenshots/<page>-<lang>.png. */
export async function screenshot(tab: Page, page: string, lang: Lang): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${page}-${lang}.png`);

  // A window as tall as the page: what sticks to the window's foot shows at the page's foot.
  const viewport = tab.viewportSize() ?? { width: SIDEBAR_WIDTH, height: 700 };
  const height = await tab.evaluate(() => document.documentElement.scrollHeight);
  await tab.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await tab.screenshot({ path: file, fullPage: true });
  await tab.setViewportSize(viewport);
  return file;
}

/** How far the page is wider than the sidebar: 0 when nothing sticks out to the right. */
export async function overflowOf(tab: Page): Promise<number> {
  return tab.evaluate(
    (width) => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - width,
    SIDEBAR_WIDTH,
  );
}

/** Waits until the page is no longer busy with a server call. */
export async function settled(tab: Page): Promise<void> {
  await tab.waitForFunction(
    () => document.querySelector('main')?.getAttribute('aria-busy') === 'false',
  );
}

/** The values of a tab of a workbook file, as the Node host reads them. */
export async function tabValues(file: string, tab: string): Promise<unknown[][]> {
  const book = await XlsxWorkbook.open(file);
  return book.read(tab);
}
