import * as fs from 'node:fs';
import * as path from 'node:path';

import { DEMO_TODAY, demoTabs } from '../../../src/demo/demo-workbook';
import { TEAM } from '../../../src/demo/team';
import { startPreview } from '../../../src/node/preview/server';
import type { Preview } from '../../../src/node/preview/server';
import { XlsxWorkbook } from '../../../src/node/xlsx-workbook';
import { tempFolder } from '../xlsx-files';

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>t</title></head>
<body><main id="page"></main><script>window.pageScriptSawRun = typeof google;</script></body></html>`;

describe('the sidebar preview server', () => {
  let folder: ReturnType<typeof tempFolder>;
  let preview: Preview;
  let workbook: string;

  beforeAll(async () => {
    folder = tempFolder();
    workbook = path.join(folder.dir, 'demo.xlsx');
    await XlsxWorkbook.fromTabs(demoTabs()).save(workbook);
    const pagesDir = path.join(folder.dir, 'dist');
    fs.mkdirSync(pagesDir);
    fs.writeFileSync(path.join(pagesDir, 'stub.html'), PAGE);
    preview = await startPreview({
      workbook,
      pagesDir,
      port: 0,
      lang: 'en',
      user: TEAM.director,
      today: DEMO_TODAY,
      log: () => undefined,
    });
  });

  afterAll(async () => {
    await preview.close();
    folder.remove();
  });

  /** What the preview answers: `result` is the server function's, as plain data. */
  interface Answer {
    ok: boolean;
    message?: string;
    result?: { title?: string; saved?: boolean };
    sidebar?: { title: string; index: number };
  }

  async function post(route: string, body: unknown): Promise<{ status: number; json: Answer }> {
    const response = await fetch(`${preview.url}${route.replace(/^\//, '')}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as Answer };
  }

  it("puts google.script.run into a page before the page's own script", async () => {
    const html = await (await fetch(`${preview.url}stub.html`)).text();

    const bridge = html.indexOf('google = {');
    expect(bridge).toBeGreaterThan(0);
    expect(bridge).toBeLessThan(html.indexOf('pageScriptSawRun'));
    expect(html).toContain('"user":"director@demo-seller.example"');
  });

  it("runs with the demo's today as the clock", () => {
    expect(new Date().toISOString().slice(0, 10)).toBe(DEMO_TODAY);
  });

  it("answers a server function with its result, in the caller's language", async () => {
    const zh = await post('/api/getSettingsView', { args: [], lang: 'zh' });
    const en = await post('/api/getSettingsView', { args: [], lang: 'en' });

    expect(zh.status).toBe(200);
    expect([zh.json.result?.title, en.json.result?.title]).toEqual(['设置', 'Settings']);
  });

  it('writes what a call changed into the workbook file before it answers', async () => {
    const answer = await post('/api/saveSettings', {
      args: [[{ key: 'refundAfterDays', value: '45', was: '60' }]],
      lang: 'en',
    });

    expect(answer.json.result?.saved).toBe(true);
    const settings = (await XlsxWorkbook.open(workbook)).read('Settings');
    expect(settings.find((row) => row[0] === 'refundAfterDays')?.[1]).toBe(45);
  });

  it("passes on a server function's error as its message", async () => {
    preview.failNext('getSettingsView', 'Exceeded maximum execution time');

    const failed = await post('/api/getSettingsView', { args: [] });
    const next = await post('/api/getSettingsView', { args: [] });

    expect(failed).toEqual({
      status: 500,
      json: { ok: false, message: 'Exceeded maximum execution time' },
    });
    expect(next.status).toBe(200);
  });

  it('refuses a function the add-on does not export, as Apps Script does', async () => {
    const answer = await post('/api/process', { args: [] });

    expect(answer.json).toEqual({ ok: false, message: 'Script function not found: process' });
  });

  it('runs a menu item and serves the sidebar it opened', async () => {
    const answer = await post('/menu/showSettings', { lang: 'en' });

    expect(answer.json.sidebar?.title).toBe('Settings');
    const html = await (await fetch(`${preview.url}shown/${answer.json.sidebar?.index}`)).text();
    expect(html).toContain('google = {');
  });

  it('puts the real clock back when it closes', async () => {
    const other = await startPreview({
      workbook,
      pagesDir: folder.dir,
      port: 0,
      lang: 'en',
      user: '',
      today: '2020-01-01',
      log: () => undefined,
    });
    await other.close();
    expect(new Date().toISOString().slice(0, 10)).toBe(DEMO_TODAY);
  });
});
