import type { Cell } from '../../src/core/cells';
import { SHEETS } from '../../src/core/contract/sheets';
import type { SheetId } from '../../src/core/contract/types';
import { newJob, runChunks } from '../../src/core/jobs';
import { runFollowUp } from '../../src/workflows/follow-up';
import { runImport } from '../../src/workflows/import-table';
import { followUpJob, importJob, translationJob } from '../../src/workflows/jobs';
import type { JobDefinition } from '../../src/workflows/jobs';
import { runTranslations } from '../../src/workflows/translate';
import type { Translator } from '../../src/workflows/translate';
import type { Workbook } from '../../src/workbook/port';
import { MemoryWorkbook } from '../support/memory-workbook';

const header = (id: SheetId) => SHEETS[id].columns.map((column) => column.label.en);
const row = (id: SheetId, values: Record<string, Cell>): Cell[] =>
  SHEETS[id].columns.map((column) => values[column.id] ?? '');

const SETTINGS: Cell[][] = [
  ['Key', 'Value'],
  ['owner.UK', 'uk@demo.example'],
  ['owner.DE', 'de@demo.example'],
  ['owner.FR', 'fr@demo.example'],
  ['uploaders', 'up@demo.example'],
];

/**
 * Runs a job to the end with a budget of `chunksPerExecution` chunks per execution (each
 * chunk costs one second of a fake clock), the way the host does: one StagedWorkbook-free
 * workbook per execution, the state carried between them, the final edits applied once.
 */
function runAsJob<I, P, O>(
  definition: JobDefinition<I, P, O>,
  workbook: Workbook,
  input: I,
  chunksPerExecution: number,
): { outcome: O; executions: number; writes: number } {
  const start = definition.start(workbook, input);
  let state = newJob('test-job', definition.kind, start.total, new Date(0), start.partial);
  let executions = 0;
  const writesBefore = (workbook as MemoryWorkbook).applied.length;
  for (;;) {
    executions += 1;
    let now = 0;
    const result = runChunks(
      state,
      (from, to, partial) => {
        now += 1_000;
        return definition.process(workbook, input, from, to, partial);
      },
      {
        clock: () => now,
        budgetMs: chunksPerExecution * 1_000,
        chunkSize: definition.chunkSize(state.total),
      },
    );
    state = JSON.parse(JSON.stringify(result.state));
    if (result.complete) break;
    // Nothing is written while the job is unfinished.
    expect((workbook as MemoryWorkbook).applied.length).toBe(writesBefore);
  }
  const { edits, ...outcome } = definition.finish(workbook, input, state.partial) as O & {
    edits: [];
  };
  if (edits.length > 0) workbook.apply(edits);
  return {
    outcome: outcome as O,
    executions,
    writes: (workbook as MemoryWorkbook).applied.length - writesBefore,
  };
}

describe('the daily follow-up as a job', () => {
  const now = new Date('2026-12-01T02:00:00Z');

  function workbook(): MemoryWorkbook {
    const sites = ['UK', 'DE', 'FR', 'UK', 'IT', 'DE', 'FR', 'UK'];
    const orders = sites.flatMap((site, i) => [
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
    ]);
    return new MemoryWorkbook({
      Settings: SETTINGS,
      Orders: [header('orders'), ...orders],
      'Abnormal shipments': [
        header('abnormalShipments'),
        row('abnormalShipments', { orderId: 'O-1', stage: 'Reassure', owner: 'amy@demo.example' }),
      ],
    });
  }

  it('writes Abnormal shipments once, as one run would, and mails the same digests', () => {
    const once = workbook();
    const reference = runFollowUp(once, now);

    const book = workbook();
    const { outcome, executions, writes } = runAsJob(followUpJob, book, { now }, 1);

    expect(executions).toBe(4);
    expect(writes).toBe(1);
    expect(book.values('Abnormal shipments')).toEqual(once.values('Abnormal shipments'));
    expect(outcome.mails).toEqual(reference.mails);
    expect(outcome.items).toEqual(reference.items);
    expect(outcome.checked).toBe(reference.checked);
    expect(reference.items.length).toBeGreaterThan(3);
  });
});

describe('a large import as a job', () => {
  const fileHeader = header('orders');
  const line = (orderId: string, sku: string, more: Record<string, Cell> = {}): Cell[] =>
    row('orders', {
      orderId,
      sku,
      site: 'UK',
      orderedAt: '2026-11-03 10:00',
      quantity: 1,
      itemPrice: 9.99,
      currency: 'GBP',
      status: 'To purchase',
      ...more,
    });

  /** 3,000 file rows over three chunks, with repeats, refusals and updates across chunks. */
  function file(): Cell[][] {
    const rows = Array.from({ length: 3000 }, (_, i) => line(`N-${i}`, `SKU-${i % 7}`));
    rows[10] = line('DUP-A', 'X', { quantity: 2 });
    rows[2500] = line('DUP-A', 'X', { quantity: 5 }); // a repeat, in another chunk: skipped
    rows[20] = line('E-3', 'X', { status: 'Shipped' }); // updates an existing row
    rows[2900] = line('E-3', 'X', { status: 'Delivered' }); // then repeats it: skipped
    rows[30] = line('BAD-1', 'X', { quantity: 0 }); // refused
    rows[1800] = line('BAD-1', 'X', { quantity: 3 }); // the same key, fine: imported
    rows[40] = line('E-4', 'X'); // equal to the sheet: unchanged
    rows[2999] = line('E-4', 'X'); // a repeat of an unchanged row
    rows[1500] = line('N-77', 'SKU-0', { orderedAt: 'not a date' }); // refused
    return [fileHeader, ...rows];
  }

  function workbook(): MemoryWorkbook {
    const existing = Array.from({ length: 6 }, (_, i) => line(`E-${i}`, 'X'));
    return new MemoryWorkbook({ Settings: SETTINGS, Orders: [fileHeader, ...existing] });
  }

  it('gives the sheet and the counts of one run over the whole file', () => {
    const once = workbook();
    const reference = runImport(once, 'orders', file(), 'orders.csv');

    const book = workbook();
    const input = { kind: 'orders' as const, table: file(), fileName: 'orders.csv' };
    const { outcome, executions, writes } = runAsJob(importJob, book, input, 1);

    expect(executions).toBe(3);
    expect(writes).toBe(1);
    expect(book.values('Orders')).toEqual(once.values('Orders'));
    expect([outcome.added, outcome.updated, outcome.unchanged]).toEqual([
      reference.added,
      reference.updated,
      reference.unchanged,
    ]);
    expect(outcome.rejected).toEqual(reference.rejected);
    expect(outcome.warnings).toEqual(reference.warnings);
    // By hand: 2,991 N- keys, DUP-A and the second BAD-1 are new; E-3 updated; E-4 unchanged.
    expect([reference.added, reference.updated, reference.unchanged]).toEqual([2993, 1, 1]);
    expect(reference.rejected.map((finding) => finding.row)).toEqual([32, 1502]);
    expect(reference.warnings.map((finding) => finding.row)).toEqual([2502, 2902, 3001]);
  });

  it('refuses a file whose header the sheet cannot use before any chunk runs', () => {
    const input = {
      kind: 'orders' as const,
      table: [
        ['What', 'Ever'],
        ['1', '2'],
      ],
      fileName: 'x.csv',
    };
    expect(() => importJob.start(workbook(), input)).toThrow();
  });
});

describe('machine translation drafts as a job', () => {
  const perText: Translator = (texts, _from, to) => texts.map((text) => `[${to}] ${text}`);

  function product(i: number, status: string): Cell[] {
    return row('newProducts', {
      sku: `LAMP-${String(i).padStart(3, '0')}`,
      productType: 'LAMP',
      browseNode: '123',
      brand: 'Lumora',
      model: `LM${i}`,
      productName: 'Bedside lamp',
      feature: i % 2 ? 'Dimmable' : 'Warm light',
      bullet1: `Soft light number ${i}`,
      bullet2: 'Lumora quality',
      description: `A lamp for reading, model LM${i}.`,
      supplierUrl: 'https://detail.1688.com/offer/1.html',
      costCny: 30,
      weightKg: 0.5,
      reason: 'sells',
      advantage: 'cheap',
      status,
    });
  }

  function workbook(withTranslations: boolean): MemoryWorkbook {
    const products = Array.from({ length: 30 }, (_, i) =>
      product(i, i % 5 === 0 ? 'Draft' : 'Approved'),
    );
    const tabs: Record<string, Cell[][]> = {
      Settings: SETTINGS,
      'New products': [header('newProducts'), ...products],
    };
    if (withTranslations) {
      tabs.Translations = [
        header('translations'),
        row('translations', { sku: 'LAMP-001', site: 'DE', title: 'Lampe', status: 'Reviewed' }),
      ];
    }
    return new MemoryWorkbook(tabs);
  }

  it.each([
    ['to an existing Translations sheet', true],
    ['to a Translations sheet it creates', false],
  ])('writes the drafts of one run %s, once', (_, withTranslations) => {
    const once = workbook(withTranslations);
    runTranslations(once, perText, { user: 'up@demo.example' });

    const book = workbook(withTranslations);
    const texts: number[] = [];
    const counting: Translator = (batch, from, to) => (
      texts.push(batch.length),
      perText(batch, from, to)
    );
    const input = { user: 'up@demo.example', translator: counting };
    const { outcome, executions, writes } = runAsJob(translationJob, book, input, 1);

    expect(executions).toBeGreaterThan(2);
    expect(writes).toBe(1);
    expect(book.values('Translations')).toEqual(once.values('Translations'));
    expect(outcome.drafts).toBe(withTranslations ? 95 : 96);
    expect(outcome.lateCalls).toBe(0);
    // Each text went to the translator once, in batches.
    expect(Math.max(...texts)).toBeGreaterThan(1);
  });

  it('refuses a user who works on none of the sites before translating anything', () => {
    const calls: string[][] = [];
    const input = { user: 'nobody@demo.example', translator: (t: string[]) => (calls.push(t), t) };
    expect(() => translationJob.start(workbook(true), input)).toThrow(/site owner/);
    expect(calls).toEqual([]);
  });
});
