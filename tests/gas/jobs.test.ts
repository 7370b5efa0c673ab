import type { Cell } from '../../src/core/cells';
import { SHEETS } from '../../src/core/contract/sheets';
import type { SheetId } from '../../src/core/contract/types';
import {
  CONTINUE_HANDLER,
  continueJobsNow,
  dailyFollowUp,
  getJobProgress,
  startJob,
} from '../../src/gas/jobs';
import type { JobInput, JobRunOptions } from '../../src/gas/jobs';
import { BusyError } from '../../src/gas/lock';
import * as main from '../../src/gas/main';
import { SpreadsheetWorkbook } from '../../src/gas/spreadsheet-workbook';
import { DAILY_JOBS, installTriggers } from '../../src/gas/triggers';
import { languageAppTranslator } from '../../src/gas/translator';
import { runFollowUp } from '../../src/workflows/follow-up';
import { runImport } from '../../src/workflows/import-table';
import { runTranslations } from '../../src/workflows/translate';
import { installGas } from '../fakes/gas';
import type { FakeGas, GasOptions } from '../fakes/gas';

const UPLOADER = 'up@demo.example';
const NOW = new Date('2026-12-01T02:00:00Z');

const header = (id: SheetId) => SHEETS[id].columns.map((column) => column.label.en);
const row = (id: SheetId, values: Record<string, Cell>): Cell[] =>
  SHEETS[id].columns.map((column) => values[column.id] ?? '');

const SETTINGS: Cell[][] = [
  ['Key', 'Value'],
  ['uploaders', UPLOADER],
  ['owner.UK', 'uk@demo.example'],
  ['owner.DE', 'de@demo.example'],
  ['owner.FR', 'fr@demo.example'],
  ['owner.IT', 'it@demo.example'],
];

/** A clock that moves a second each time it is read: budgets run out after a few chunks. */
function ticking(): () => number {
  let now = 0;
  return () => (now += 1_000);
}

/** Options of one execution that has time for about two chunks. */
function shortExecution(): JobRunOptions {
  return { clock: ticking(), budgetMs: 5_000 };
}

/** Options of one execution that has time for about `chunks` chunks. */
function execution(chunks: number): JobRunOptions {
  return { clock: ticking(), budgetMs: 1_000 + chunks * 2_000 };
}

/** Runs the continuation trigger's handler until no job is left running. */
function continueToTheEnd(fake: FakeGas, options = shortExecution): number {
  let executions = 0;
  while (fake.triggers.some((trigger) => trigger.handler === CONTINUE_HANDLER)) {
    continueJobsNow(options());
    executions += 1;
    if (executions > 50) throw new Error('the job does not end');
  }
  return executions;
}

function jobHeaders(fake: FakeGas): Array<Record<string, unknown>> {
  return Object.entries(fake.documentProperties)
    .filter(([key]) => key.startsWith('job.'))
    .map(([, value]) => JSON.parse(value));
}

/** The values a workflow gives in one run, on a fresh fake with the same sheets. */
function oneRun(sheets: Record<string, unknown[][]>, run: () => void, options: GasOptions = {}) {
  const reference = installGas({ ...options, sheets, user: UPLOADER });
  try {
    run();
    return {
      values: (tab: string) => reference.values(tab),
      mails: [...reference.sentMails],
      writes: reference.calls['Range.setValues'] ?? 0,
    };
  } finally {
    reference.uninstall();
  }
}

/** A machine translator that translates each line on its own, whatever it is sent with. */
function lineByLineLanguageApp(calls: string[]): void {
  (globalThis as unknown as { LanguageApp: unknown }).LanguageApp = {
    translate: (text: string, _from: string, to: string) => {
      calls.push(text);
      return text
        .split('\n')
        .map((line) => (line.trim() === '' || line.trim() === '⁂' ? line : `[${to}] ${line}`))
        .join('\n');
    },
  };
}

describe('a large import as a job in Apps Script', () => {
  let fake: FakeGas;
  afterEach(() => fake.uninstall());

  const line = (orderId: string, more: Record<string, Cell> = {}): Cell[] =>
    row('orders', {
      orderId,
      sku: 'LAMP-01',
      site: 'UK',
      orderedAt: '2026-11-03 10:00',
      quantity: 1,
      itemPrice: 9.99,
      currency: 'GBP',
      status: 'To purchase',
      ...more,
    });

  /** 20,000 lines of the ERP's export, with a repeat and an update far apart. */
  function csv(): string {
    const rows = Array.from({ length: 20_000 }, (_, i) => line(`206-${100000 + i}`));
    rows[5] = line('206-000001', { status: 'Shipped' });
    rows[19_000] = line('206-000001', { status: 'Delivered' });
    rows[7] = line('206-BAD', { quantity: 0 });
    return [header('orders'), ...rows].map((cells) => cells.join(',')).join('\n');
  }

  const sheets = () => ({
    Settings: SETTINGS,
    Orders: [header('orders'), line('206-000001'), line('206-000002')],
  });

  it('writes the 20,000 rows of one run, once, after resuming from its trigger', () => {
    const text = csv();
    const reference = oneRun(sheets(), () => {
      const table = Utilities.parseCsv(text);
      runImport(new SpreadsheetWorkbook(SpreadsheetApp.getActive()), 'orders', table, 'o.csv');
    });

    fake = installGas({ sheets: sheets(), user: UPLOADER, userLocale: 'en-GB' });
    const fileId = DriveApp.createFile('o.csv', text, 'text/csv').getId();
    const input: JobInput = { kind: 'import', importKind: 'orders', fileId, fileName: 'o.csv' };
    const start = startJob(input, execution(4));

    // Stopped part-way: progress saved, a trigger to go on, the sheet not touched.
    expect(start.started).toBe(true);
    expect(start.job.status).toBe('running');
    expect(start.job.done).toBeGreaterThan(0);
    expect(start.job.done).toBeLessThan(20_000);
    expect(jobHeaders(fake)[0]).toMatchObject({ cursor: start.job.done, total: 20_000 });
    expect(fake.values('Orders')).toHaveLength(3);
    expect(fake.calls['Range.setValues'] ?? 0).toBe(0);
    const [trigger] = fake.triggers.filter((t) => t.handler === CONTINUE_HANDLER);
    expect(trigger.eventType).toBe('CLOCK');
    expect(trigger.schedule?.runAt).toBeInstanceOf(Date);
    // Too big for the document properties: kept in a scratch file until the end.
    const scratch = fake.files.filter((file) => file.name.includes(start.job.id));
    expect(scratch.map((file) => file.trashed)).toEqual([false]);

    expect(continueToTheEnd(fake, () => execution(4))).toBeGreaterThanOrEqual(1);

    const progress = getJobProgress(start.job.id)!;
    expect(progress.status).toBe('done');
    expect(progress.message).toBe('19997 rows added, 1 updated, 0 unchanged, 1 not imported.');
    expect(fake.values('Orders')).toEqual(reference.values('Orders'));
    expect(fake.values('Orders')).toHaveLength(20_000);
    // The writes of one run: the updated row and the block of new rows, nothing before.
    expect(fake.calls['Range.setValues']).toBe(reference.writes);
    expect(reference.writes).toBe(2);
    expect(fake.triggers).toEqual([]);
    expect(fake.files.filter((file) => file.name.includes(start.job.id))[0].trashed).toBe(true);
  });
});

describe('the daily follow-up as a job in Apps Script', () => {
  let fake: FakeGas;
  afterEach(() => {
    fake.uninstall();
    jest.useRealTimers();
  });

  function sheets() {
    const sites = ['UK', 'DE', 'FR', 'UK', 'IT', 'DE', 'FR', 'UK', 'IT'];
    const orders = sites.map((site, i) =>
      row('orders', {
        orderId: `O-${i}`,
        site,
        orderedAt: '2026-09-20',
        sku: 'LAMP-01',
        quantity: 1,
        itemPrice: 10,
        currency: site === 'UK' ? 'GBP' : 'EUR',
        status: 'Shipped',
        shippedAt: `2026-10-${String(1 + i * 3).padStart(2, '0')}`,
        trackingNumber: `T${i}`,
      }),
    );
    return {
      Settings: SETTINGS,
      Orders: [header('orders'), ...orders],
      'Abnormal shipments': [
        header('abnormalShipments'),
        row('abnormalShipments', { orderId: 'O-1', stage: 'Reassure', owner: 'amy@demo.example' }),
      ],
    };
  }

  function mailsOf(sent: FakeGas['sentMails']) {
    return sent.map((mail) => ({ to: mail.to, subject: mail.subject, body: mail.body }));
  }

  it('continues from its trigger and mails the digests only once the sheet is written', () => {
    const reference = oneRun(sheets(), () => {
      const result = runFollowUp(new SpreadsheetWorkbook(SpreadsheetApp.getActive()), NOW);
      for (const mail of result.mails)
        MailApp.sendEmail(mail.to.join(','), mail.subject, mail.body);
    });

    fake = installGas({ sheets: sheets(), user: UPLOADER });
    const start = startJob({ kind: 'followUp', now: NOW.toISOString() }, shortExecution());
    expect(start.job).toMatchObject({ status: 'running', total: 4 });
    expect(fake.sentMails).toEqual([]);
    expect(fake.values('Abnormal shipments')).toHaveLength(2);

    continueToTheEnd(fake);

    expect(fake.values('Abnormal shipments')).toEqual(reference.values('Abnormal shipments'));
    expect(mailsOf(fake.sentMails)).toEqual(mailsOf(reference.mails));
    expect(reference.mails.length).toBe(4);
    expect(fake.triggers).toEqual([]);
  });

  it('runs from the daily trigger and mails what it found', () => {
    jest.useFakeTimers({ now: NOW });
    fake = installGas({ sheets: sheets(), user: UPLOADER });

    dailyFollowUp();

    expect(fake.values('Abnormal shipments').length).toBeGreaterThan(2);
    expect(fake.sentMails.map((mail) => mail.to)).toEqual(
      expect.arrayContaining(['uk@demo.example', 'de@demo.example']),
    );
    expect(
      fake.logs.some((log) => /^job followUp \w+: 4 items, written, \d+\.\d s$/.test(log)),
    ).toBe(true);
  });

  it('gives way to a daily job for the one time-driven trigger an add-on has, then puts it back', () => {
    fake = installGas({ sheets: sheets(), user: UPLOADER });
    installTriggers(DAILY_JOBS);
    const daily = fake.triggers.map(({ handler, schedule }) => ({ handler, schedule }));
    expect(daily).toHaveLength(1);

    startJob({ kind: 'followUp', now: NOW.toISOString() }, shortExecution());
    expect(fake.triggers.map((trigger) => trigger.handler)).toEqual([CONTINUE_HANDLER]);

    continueToTheEnd(fake);
    expect(fake.triggers.map(({ handler, schedule }) => ({ handler, schedule }))).toEqual(daily);
  });

  it('tells a second run to wait while the first is unfinished', () => {
    fake = installGas({ sheets: sheets(), user: UPLOADER });
    const first = startJob({ kind: 'followUp', now: NOW.toISOString() }, shortExecution());

    const second = fake.runAs('de@demo.example', () =>
      startJob({ kind: 'followUp', now: NOW.toISOString() }, shortExecution()),
    );

    expect(second.started).toBe(false);
    expect(second.job).toMatchObject({ id: first.job.id, status: 'running', done: first.job.done });
    expect(second.job.message).toBe(`Shipment follow-up: ${first.job.done} of 4 sites done`);
    expect(jobHeaders(fake)).toHaveLength(1);
  });

  it('tells a second run to wait while another action holds the document lock', () => {
    fake = installGas({ sheets: sheets(), user: UPLOADER });
    fake.holdDocumentLock('someone@demo.example');

    expect(() => startJob({ kind: 'followUp', now: NOW.toISOString() })).toThrow(BusyError);
    expect(jobHeaders(fake)).toEqual([]);
    expect(fake.triggers).toEqual([]);
  });
});

describe('machine translation drafts as a job in Apps Script', () => {
  let fake: FakeGas;
  afterEach(() => fake.uninstall());

  function product(i: number): Cell[] {
    return row('newProducts', {
      sku: `LAMP-${String(i).padStart(3, '0')}`,
      productType: 'LAMP',
      browseNode: '123',
      brand: 'Lumora',
      model: `LM${i}`,
      productName: 'Bedside lamp',
      feature: 'Dimmable',
      bullet1: `Soft light for room number ${i}, with a warm glow that helps you fall asleep`,
      bullet2: `Touch control, three levels of brightness, timer of ${i % 9} hours`,
      description: `A bedside lamp for reading at night.\nModel LM${i}, in a gift box.`,
      supplierUrl: 'https://detail.1688.com/offer/1.html',
      costCny: 30,
      weightKg: 0.5,
      reason: 'sells',
      advantage: 'cheap',
      status: 'Approved',
    });
  }

  const sheets = () => ({
    Settings: SETTINGS,
    'New products': [header('newProducts'), ...Array.from({ length: 40 }, (_, i) => product(i))],
    Translations: [header('translations')],
  });

  it('writes the drafts of one run, many texts to each LanguageApp call', () => {
    const referenceCalls: string[] = [];
    const reference = oneRun(sheets(), () => {
      lineByLineLanguageApp(referenceCalls);
      runTranslations(
        new SpreadsheetWorkbook(SpreadsheetApp.getActive()),
        languageAppTranslator(),
        {
          user: UPLOADER,
        },
      );
    });

    fake = installGas({ sheets: sheets(), user: UPLOADER });
    const calls: string[] = [];
    lineByLineLanguageApp(calls);
    const start = startJob({ kind: 'translate', user: UPLOADER, sites: null }, shortExecution());
    expect(start.job.status).toBe('running');
    expect(fake.values('Translations')).toHaveLength(1);

    // Saved in the document properties, in values within the 9 KB limit.
    const values = Object.values(fake.documentProperties);
    expect(values.length).toBeGreaterThan(2);
    for (const value of values) expect(Buffer.byteLength(value)).toBeLessThanOrEqual(9 * 1024);

    continueToTheEnd(fake);

    const drafts = fake.values('Translations');
    expect(drafts).toEqual(reference.values('Translations'));
    expect(drafts).toHaveLength(1 + 40 * 4);
    expect(drafts[1][2]).toMatch(/^\[de\] /);
    // 40 products × 4 sites: 51 distinct texts a site (brand and model are kept out).
    const texts = calls.map((text) => text.split('⁂').length).reduce((a, b) => a + b, 0);
    expect(texts).toBe(204);
    expect(calls.length).toBeLessThan(texts / 5);
  });
  it('goes on from where the LanguageApp quota stopped it, translating no text twice', () => {
    fake = installGas({ sheets: sheets(), user: UPLOADER });
    const translated: string[] = [];
    let quota = 3;
    (globalThis as unknown as { LanguageApp: unknown }).LanguageApp = {
      translate: (text: string, _from: string, to: string) => {
        if (quota === 0) throw new Error('Service invoked too many times for one day: translate.');
        quota -= 1;
        translated.push(...text.split('\n⁂\n').map((part) => `${to}|${part}`));
        return text
          .split('\n')
          .map((line) => (line.trim() === '' || line.trim() === '⁂' ? line : `[${to}] ${line}`))
          .join('\n');
      },
    };
    const input: JobInput = { kind: 'translate', user: UPLOADER, sites: null };

    expect(() => startJob(input, { clock: ticking(), budgetMs: 1_000_000 })).toThrow(/too many/);
    const stopped = jobHeaders(fake)[0];
    expect(stopped).toMatchObject({ status: 'failed' });
    expect(stopped.done).toBeGreaterThan(0);
    expect(fake.values('Translations')).toHaveLength(1);

    // The next day: the same job, asked again, carries on.
    quota = Infinity;
    const again = startJob(input, { clock: ticking(), budgetMs: 1_000_000 });

    expect(again.job).toMatchObject({ id: stopped.id, status: 'done' });
    expect(fake.values('Translations')).toHaveLength(1 + 40 * 4);
    expect(new Set(translated).size).toBe(translated.length);
    expect(translated).toHaveLength(204);
  });
});

describe('the LanguageApp translator', () => {
  let fake: FakeGas;
  beforeEach(() => (fake = installGas()));
  afterEach(() => fake.uninstall());

  it('sends many texts in one call and gives one translation per text', () => {
    const calls: string[] = [];
    lineByLineLanguageApp(calls);
    const texts = ['Warm light', 'Two lines\nof text', '', 'Gift box'];

    const translated = languageAppTranslator()(texts, 'en', 'fr');

    expect(translated).toEqual([
      '[fr] Warm light',
      '[fr] Two lines\n[fr] of text',
      '',
      '[fr] Gift box',
    ]);
    expect(calls).toHaveLength(1);
  });

  it('keeps each call within its length, a longer text going alone', () => {
    const calls: string[] = [];
    lineByLineLanguageApp(calls);
    const texts = ['a'.repeat(40), 'b'.repeat(40), 'c'.repeat(150), 'd'.repeat(10)];

    languageAppTranslator(100)(texts, 'en', 'de');

    expect(calls.map((text) => text.replace(/\s/g, ''))).toEqual([
      `${'a'.repeat(40)}⁂${'b'.repeat(40)}`,
      'c'.repeat(150),
      'd'.repeat(10),
    ]);
  });

  it('sends smaller batches when a translation loses a separator', () => {
    const calls: string[] = [];
    (globalThis as unknown as { LanguageApp: unknown }).LanguageApp = {
      // Like a translator that joins the last two sentences of a long text.
      translate: (text: string, _from: string, to: string) => {
        calls.push(text);
        const parts = text.split('\n⁂\n').map((part) => `<${to}>${part}`);
        if (parts.length < 3) return parts.join('\n⁂\n');
        return `${parts.slice(0, -2).join('\n⁂\n')}\n⁂\n${parts.slice(-2).join(' ')}`;
      },
    };

    const translated = languageAppTranslator()(['one', 'two', 'three', 'four'], 'en', 'it');

    expect(translated).toEqual(['<it>one', '<it>two', '<it>three', '<it>four']);
    expect(calls).toEqual(['one\n⁂\ntwo\n⁂\nthree\n⁂\nfour', 'one\n⁂\ntwo', 'three\n⁂\nfour']);
  });
});

describe('job progress for the sidebars', () => {
  let fake: FakeGas;
  afterEach(() => fake.uninstall());

  it('says how far a job is, and nothing of a job that does not exist', () => {
    fake = installGas({ user: UPLOADER, userLocale: 'zh-CN', sheets: { Settings: SETTINGS } });
    expect(getJobProgress('no-such-job')).toBeNull();
    expect(() => getJobProgress({ id: 1 })).toThrow();
  });

  it('is a top-level function of the add-on, with the trigger handlers', () => {
    const exported = main as unknown as Record<string, unknown>;
    for (const name of ['getJobProgress', 'continueJobs', 'dailyFollowUp', 'startImportJob']) {
      expect(typeof exported[name]).toBe('function');
    }
  });
});
