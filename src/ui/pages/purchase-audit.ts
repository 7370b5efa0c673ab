/// <reference lib="dom" />
import type {
  AuditFlagItem,
  PurchaseAuditDone,
  PurchaseAuditView,
  SupplierOrder,
} from '../../gas/purchase-audit-sidebar';
import { call } from '../bridge';
import {
  byId,
  cellLine,
  checkbox,
  element,
  failureText,
  openPage,
  pageState,
  showHeading,
  table,
} from './page-parts';

const state = pageState();
let view: PurchaseAuditView | null = null;

function option(id: string): HTMLInputElement {
  return byId<HTMLInputElement>(id);
}

function flagNode(flag: AuditFlagItem): HTMLElement {
  const parts = [
    element('span', { className: `badge ${flag.severity}`, text: flag.reason }),
    element('span', { className: 'what', text: `${flag.orderId} · ${flag.sku} · ${flag.site}` }),
    element('span', { text: flag.message }),
    element('span', {
      className: 'where',
      text: [flag.cell, flag.rule].filter(Boolean).join(' · '),
    }),
  ];
  const cell = flag.cell;
  return cellLine('flag', parts, cell ? () => void select(flag.sheet, cell) : undefined);
}

async function select(sheet: string, cell: string): Promise<void> {
  if (!view) return;
  try {
    await call('selectCell', sheet, cell);
    state.say(`${view.text.selected}: ${sheet}!${cell}`);
  } catch (error) {
    state.showError(failureText(error, view.lang));
  }
}

function supplierNode(supplier: SupplierOrder, text: PurchaseAuditView['text']): HTMLElement {
  const rows = supplier.lines.map((line) => [
    line.sku,
    String(line.quantity),
    line.unitCost,
    line.total,
  ]);
  const headers = ['SKU', text.quantity, text.unitCost, text.lineTotal];
  const orders = supplier.lines.map((line) => `${line.sku}: ${line.orders}`).join('; ');
  return element(
    'section',
    { className: 'supplier', attrs: { 'data-po': supplier.poId } },
    element('h3', { text: supplier.supplier }),
    element('p', { className: 'po gray', text: `${supplier.poId} · ${supplier.total}` }),
    table(supplier.supplier, headers, rows, 'data auto'),
    element('p', { className: 'orders gray', text: `${text.ordersLabel}: ${orders}` }),
    element('p', { className: 'note', text: `${text.noteLabel}: ${supplier.note}` }),
  );
}

function showResult(done: PurchaseAuditDone): void {
  if (!view) return;
  const { text } = view;
  const parts: HTMLElement[] = [element('p', { text: done.summary, className: 'summary' })];
  for (const line of [done.drafts, done.mailed]) {
    if (line) parts.push(element('p', { text: line, className: 'done' }));
  }
  parts.push(element('h2', { text: `${text.flagsHeading} (${done.flags.length})` }));
  if (done.flags.length === 0) parts.push(element('p', { text: text.noFlags, className: 'gray' }));
  else {
    parts.push(
      element(
        'ul',
        { className: 'list plain flags' },
        ...done.flags.map((flag) => element('li', {}, flagNode(flag))),
      ),
    );
  }
  parts.push(
    element('h2', { text: text.listHeading }),
    element('p', { text: done.listSummary, className: 'gray' }),
    ...done.suppliers.map((supplier) => supplierNode(supplier, text)),
  );
  if (done.alreadyBought.length > 0) {
    parts.push(
      element('h2', { text: text.alreadyHeading }),
      element('ul', {}, ...done.alreadyBought.map((line) => element('li', { text: line }))),
    );
  }
  const result = byId('result');
  result.replaceChildren(...parts);
  result.hidden = false;
}

async function run(): Promise<void> {
  if (!view || state.busy) return;
  state.start(view.text.running);
  try {
    const done = await call(
      'runPurchaseAudit',
      option('write-drafts').checked,
      option('mail').checked,
    );
    state.idle();
    showResult(done);
  } catch (error) {
    state.fail(failureText(error, view.lang));
  }
}

function render(next: PurchaseAuditView): void {
  view = next;
  const { text } = next;
  showHeading(next.lang, next.title, next.intro);
  const drafts = checkbox('write-drafts', text.writeDrafts);
  drafts.querySelector('input')!.disabled = !next.mayWriteDrafts;
  drafts.querySelector('input')!.setAttribute('aria-describedby', 'write-drafts-hint');
  const mail = checkbox('mail', text.mail);
  mail.querySelector('input')!.setAttribute('aria-describedby', 'mail-hint');
  byId('options').replaceChildren(
    element(
      'div',
      { className: 'form-group' },
      drafts,
      element('p', {
        text: text.writeDraftsHint,
        className: 'hint gray',
        attrs: { id: 'write-drafts-hint' },
      }),
    ),
    element(
      'div',
      { className: 'form-group' },
      mail,
      element('p', { text: text.mailHint, className: 'hint gray', attrs: { id: 'mail-hint' } }),
    ),
  );
  byId('run').textContent = text.run;
  byId('close').textContent = text.close;
  byId('form').hidden = false;
}

byId('form').addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
openPage({
  state,
  failed: '无法加载采购审核。Could not load the purchase audit:',
  load: async () => render(await call('getPurchaseAuditView')),
});
