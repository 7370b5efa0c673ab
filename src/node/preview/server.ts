import { readdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { instantOf, localDate } from '../../core/dates';
import type { Lang } from '../../core/i18n';
import * as entryPoints from '../../gas/main';
import { MENU_GROUPS, MENU_ITEMS } from '../../gas/menu';
import { installGas } from '../../../tests/fakes/gas';
import type { FakeGas } from '../../../tests/fakes/gas';
import type { FakeCloud } from '../../../tests/fakes/gas/cloud';
import { startClockAt } from './clock';
import { indexPage, withBridge } from './pages';
import type { PreviewDefaults } from './pages';
import { WorkbookSync } from './workbook-sync';

/** How to run the preview. */
export interface PreviewOptions {
  /** The .xlsx file that plays the spreadsheet: read at start, rewritten after each change. */
  workbook: string;
  /** Where the built sidebars are (dist/). */
  pagesDir: string;
  /** The port on 127.0.0.1; 0 picks a free one. */
  port: number;
  lang: Lang;
  /** The email of the person at the keyboard ('' for one Google does not name). */
  user: string;
  /** Run as if today were this day (YYYY-MM-DD, from noon in the workbook's zone). */
  today?: string;
  /** Where the preview's own lines and the add-on's log lines go. */
  log?: (line: string) => void;
}

/** A running preview. */
export interface Preview {
  url: string;
  port: number;
  /** The Apps Script fake the server functions run against. */
  fake: FakeGas;
  /** Makes the next call of a server function fail with this message, as a fault would. */
  failNext(functionName: string, message: string): void;
  /** Changes who is at the keyboard ('' for someone Google does not name). */
  setUser(email: string): void;
  close(): Promise<void>;
}

type Answer = { ok: true; result: unknown } | { ok: false; message: string };

/** The largest request body taken: a pasted CSV of a few thousand rows fits easily. */
const MAX_BODY_BYTES = 20 * 1024 * 1024;

/** Every function the add-on exports: what `google.script.run` may call in Apps Script. */
const FUNCTIONS = entryPoints as unknown as Record<string, unknown>;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function localeOf(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-GB';
}

function langOf(value: unknown, fallback: Lang): Lang {
  return value === 'zh' || value === 'en' ? value : fallback;
}

async function bodyOf(request: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('The request is too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  const parsed: unknown = JSON.parse(text);
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
}

function send(
  response: http.ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

function sendJson(response: http.ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/**
 * Starts the preview: the workbook goes into the Apps Script fake, every built sidebar is
 * served with a `google.script.run` that calls the add-on's real server functions here, and
 * after each call the workbook file is brought up to date.
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const sync = await WorkbookSync.open(options.workbook);
  const restoreClock = options.today
    ? startClockAt(instantOf(`${options.today}T12:00:00`, sync.timeZone))
    : () => undefined;

  const defaults: PreviewDefaults = { lang: options.lang, user: options.user };
  const fake = installGas({
    sheets: sync.sheetValues(),
    timeZone: sync.timeZone,
    userLocale: localeOf(defaults.lang),
    user: defaults.user,
    htmlDir: options.pagesDir,
    spreadsheetName: path.basename(options.workbook, path.extname(options.workbook)),
    now: () => new Date(),
  });
  const cloud = (SpreadsheetApp as unknown as { cloud: FakeCloud }).cloud;
  sync.load(fake);
  fake.resetCalls();

  const failures = new Map<string, string>();
  let selection = '';
  let loggedLines = fake.logs.length;
  let queue: Promise<unknown> = Promise.resolve();

  // Calls run one at a time, each with its write-back, as the file must follow them in order.
  function serially<T>(task: () => Promise<T>): Promise<T> {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  }

  function flushLogs(): void {
    for (const line of fake.logs.slice(loggedLines)) log(line);
    loggedLines = fake.logs.length;
  }

  /** Runs fn as one execution of the preview's user, then saves what it changed. */
  async function execute(lang: Lang, fn: () => unknown): Promise<Answer> {
    cloud.settings.userLocale = localeOf(lang);
    let answer: Answer;
    try {
      const result = fake.runAs(defaults.user, fn);
      answer = {
        ok: true,
        result: result === undefined ? null : JSON.parse(JSON.stringify(result)),
      };
    } catch (error) {
      answer = { ok: false, message: messageOf(error) };
      if (!(error instanceof Error) || error.name !== 'Error') {
        log(`preview: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
    flushLogs();
    selection = fake.runAs(defaults.user, () => {
      const range = SpreadsheetApp.getActive().getActiveRange();
      return range ? `${range.getSheet().getName()}!${range.getA1Notation()}` : '';
    });
    try {
      const { written, lost } = await sync.writeBack(fake);
      if (written.length > 0) log(`preview: saved ${written.join(', ')} to ${options.workbook}`);
      if (lost.length > 0)
        log(`preview: the file keeps tabs the add-on removed: ${lost.join(', ')}`);
    } catch (error) {
      answer = {
        ok: false,
        message: `The preview could not save the workbook: ${messageOf(error)}`,
      };
    }
    return answer;
  }

  async function callFunction(name: string, body: Record<string, unknown>): Promise<Answer> {
    const fn = FUNCTIONS[name];
    if (typeof fn !== 'function' || name.endsWith('_')) {
      return { ok: false, message: `Script function not found: ${name}` };
    }
    const args = Array.isArray(body.args) ? body.args : [];
    const lang = langOf(body.lang, defaults.lang);
    const failure = failures.get(name);
    if (failure !== undefined) {
      failures.delete(name);
      log(`preview: ${name} failed on purpose`);
      return { ok: false, message: failure };
    }
    return execute(lang, () => (fn as (...values: unknown[]) => unknown)(...args));
  }

  async function runMenuItem(handler: string, body: Record<string, unknown>): Promise<unknown> {
    const fn = FUNCTIONS[handler];
    if (!MENU_ITEMS.some((item) => item.handler === handler) || typeof fn !== 'function') {
      return { messages: [{ title: handler, text: 'No such menu item' }], sidebar: null };
    }
    const { ui } = fake;
    const seen = {
      alerts: ui.alerts.length,
      prompts: ui.prompts.length,
      toasts: ui.toasts.length,
      sidebars: ui.sidebars.length,
    };
    const answer = await execute(langOf(body.lang, defaults.lang), () => (fn as () => unknown)());
    const messages = [
      ...ui.prompts.slice(seen.prompts).map((prompt) => ({
        title: prompt.title,
        text: `${prompt.prompt}\n→ ${prompt.answer} "${prompt.text}"`,
      })),
      ...ui.alerts.slice(seen.alerts).map((alert) => ({ title: alert.title, text: alert.prompt })),
      ...ui.toasts.slice(seen.toasts).map((toast) => ({ title: toast.title, text: toast.message })),
    ];
    if (!answer.ok) messages.push({ title: handler, text: answer.message });
    const shown = ui.sidebars.length > seen.sidebars ? ui.sidebars.length - 1 : null;
    return {
      messages,
      sidebar: shown === null ? null : { index: shown, title: ui.sidebars[shown].title },
    };
  }

  async function pages(): Promise<string[]> {
    const names = await readdir(options.pagesDir).catch(() => [] as string[]);
    return names
      .filter((name) => name.endsWith('.html'))
      .map((name) => name.slice(0, -'.html'.length))
      .sort();
  }

  async function index(): Promise<string> {
    const lang = defaults.lang;
    return indexPage({
      ...defaults,
      workbook: options.workbook,
      today: localDate(new Date(), sync.timeZone),
      groups: MENU_GROUPS.map((group) => ({
        title: group[lang],
        items: MENU_ITEMS.filter((item) => item.group === group.group).map((item) => ({
          caption: item[lang],
          handler: item.handler,
        })),
      })).filter((group) => group.items.length > 0),
      pages: await pages(),
    });
  }

  async function route(
    request: http.IncomingMessage,
    response: http.ServerResponse,
  ): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const route = decodeURIComponent(url.pathname);
    const post = request.method === 'POST';
    const html = 'text/html; charset=utf-8';

    if (!post && route === '/') return send(response, 200, html, await index());
    if (!post && route === '/preview/state') {
      return sendJson(response, 200, { selection, user: defaults.user, lang: defaults.lang });
    }
    if (post && route === '/preview/settings') {
      const body = await bodyOf(request);
      defaults.lang = langOf(body.lang, defaults.lang);
      if (typeof body.user === 'string') defaults.user = body.user.trim();
      return sendJson(response, 200, defaults);
    }
    if (post && route.startsWith('/api/')) {
      const body = await bodyOf(request);
      const answer = await serially(() => callFunction(route.slice('/api/'.length), body));
      return sendJson(response, answer.ok ? 200 : 500, answer);
    }
    if (post && route.startsWith('/menu/')) {
      const body = await bodyOf(request);
      return sendJson(
        response,
        200,
        await serially(() => runMenuItem(route.slice('/menu/'.length), body)),
      );
    }
    const shown = /^\/shown\/(\d+)$/.exec(route);
    if (!post && shown) {
      const sidebar = fake.ui.sidebars[Number(shown[1])];
      if (sidebar) return send(response, 200, html, withBridge(sidebar.html, defaults));
    }
    const page = /^\/([a-z0-9-]+)\.html$/.exec(route);
    if (!post && page && (await pages()).includes(page[1])) {
      const built = await readFile(path.join(options.pagesDir, `${page[1]}.html`), 'utf8');
      return send(response, 200, html, withBridge(built, defaults));
    }
    const drive = /^\/drive\/([^/]+)$/.exec(route);
    if (!post && drive) {
      const file = fake.files.find((candidate) => candidate.id === drive[1]);
      if (file) {
        const type =
          file.mimeType.startsWith('text/') || file.mimeType.includes('json')
            ? `${file.mimeType}; charset=utf-8`
            : 'text/plain; charset=utf-8';
        return send(response, 200, type, file.content);
      }
    }
    send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  }

  const server = http.createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      log(`preview: ${request.method} ${request.url}: ${messageOf(error)}`);
      if (!response.headersSent) sendJson(response, 500, { ok: false, message: messageOf(error) });
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    fake,
    failNext(functionName, message) {
      failures.set(functionName, message);
    },
    setUser(email) {
      defaults.user = email;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await queue;
      fake.uninstall();
      restoreClock();
    },
  };
}
