import { viewFinding } from '../core/findings';
import type { Severity } from '../core/findings';
import { fill } from '../core/i18n';
import type { Lang } from '../core/i18n';
import { baseMoney } from '../core/purchasing/order-audit';
import type { FlagReason } from '../core/purchasing/order-audit';
import { purchaseDrafts } from '../core/purchasing/purchase-list';
import { hasRole } from '../core/roles';
import { load } from '../workflows/load';
import { purchaseAudit } from '../workflows/purchase-audit';
import type { PurchaseAuditResult } from '../workflows/purchase-audit';
import type { OutgoingMail, Workbook } from '../workbook/port';
import { userLang } from './locale';
import { sendMail } from './mail';
import { BAD_ARGUMENTS, RefusedError } from './refusal';
import { runSidebarAction } from './sidebar-action';
import { openSidebar } from './sidebar';

/** One flagged order line, with the cell to select to see it. */
export interface AuditFlagItem {
  sheet: string;
  cell: string | null;
  orderId: string;
  sku: string;
  site: string;
  reason: string;
  severity: Severity;
  message: string;
  rule: string;
}

/** What one supplier gets ordered, under one purchase order. */
export interface SupplierOrder {
  supplier: string;
  poId: string;
  total: string;
  note: string;
  lines: Array<{
    sku: string;
    quantity: number;
    unitCost: string;
    total: string;
    orders: string;
    link: string;
  }>;
}

/** What the purchase audit found, in the person's words. */
export interface PurchaseAuditDone {
  summary: string;
  flags: AuditFlagItem[];
  listSummary: string;
  suppliers: SupplierOrder[];
  /** Order lines Purchases already buys, each as one line of text. */
  alreadyBought: string[];
  /** What was written or mailed; '' for nothing. */
  drafts: string;
  mailed: string;
}

/** Everything the purchase audit sidebar shows before a run, in the user's language. */
export interface PurchaseAuditView {
  lang: Lang;
  title: string;
  intro: string;
  /** Whether this person may write the Draft rows (purchasing or a director). */
  mayWriteDrafts: boolean;
  text: {
    writeDrafts: string;
    writeDraftsHint: string;
    mail: string;
    mailHint: string;
    run: string;
    running: string;
    flagsHeading: string;
    noFlags: string;
    listHeading: string;
    alreadyHeading: string;
    noteLabel: string;
    ordersLabel: string;
    quantity: string;
    unitCost: string;
    lineTotal: string;
    selected: string;
    close: string;
  };
}

const TEXT = {
  zh: {
    title: '采购审核',
    intro:
      '核算每行待采购订单：最便宜供应商的采购价、运费、亚马逊佣金、增值税和汇率。亏损或低于最低毛利率的订单' +
      '会被标记（R5.1b、R5.1h），其余按供应商生成采购清单（R5.2g）。',
    writeDrafts: '把采购清单写入“采购”表（草稿行）',
    writeDraftsHint: '需要采购或总监角色；已在采购表中的订单不会重复写入。',
    noDraftRole: '您没有采购或总监角色，只能查看审核结果。',
    mail: '把标记的订单发邮件给站点负责人',
    mailHint: '每个有问题的站点一封邮件。',
    run: '运行采购审核',
    running: '正在审核…',
    flagsHeading: '标记的订单行',
    noFlags: '没有需要标记的订单行。',
    listHeading: '采购清单',
    alreadyHeading: '已在采购表中（不重复采购）',
    noteLabel: '给供应商的备注',
    ordersLabel: '订单',
    quantity: '数量',
    unitCost: '单价',
    lineTotal: '小计',
    selected: '已选中单元格',
    close: '关闭',
    summary: '审核了 {lines} 行订单：{passing} 行通过，{flags} 项标记。',
    list: '{date}：{suppliers} 个供应商，合计 {total}',
    drafts: '已写入 {n} 行采购草稿。',
    noDrafts: '没有新的采购草稿需要写入。',
    mailed: '已发出 {n} 封邮件给站点负责人。',
    reasons: {
      loss: '亏损',
      belowMargin: '低于最低毛利率',
      noSupplier: '没有供应商',
      noWeight: '没有重量',
      noChannel: '没有物流渠道',
      missingFx: '没有汇率',
      incomplete: '订单行不完整',
      notReviewed: '未审核的产品',
      orderHeld: '同订单其他行有问题',
    } satisfies Record<FlagReason, string>,
  },
  en: {
    title: 'Purchase audit',
    intro:
      'Prices every order line awaiting purchase: the cheapest supplier, freight, Amazon fees, ' +
      'VAT and FX. Lines at a loss or under the minimum order margin are flagged (R5.1b, ' +
      'R5.1h); the rest make the purchase list by supplier (R5.2g).',
    writeDrafts: 'Write the purchase list into Purchases (Draft rows)',
    writeDraftsHint:
      'Needs the purchasing or director role; an order line Purchases already buys is not written again.',
    noDraftRole:
      'You have neither the purchasing nor the director role: you can see the audit only.',
    mail: 'Mail the flagged lines to the site owners',
    mailHint: 'One mail per site with problems.',
    run: 'Run the purchase audit',
    running: 'Auditing…',
    flagsHeading: 'Flagged lines',
    noFlags: 'No line needs a flag.',
    listHeading: 'Purchase list',
    alreadyHeading: 'Already in Purchases (not bought twice)',
    noteLabel: 'Note to the supplier',
    ordersLabel: 'Orders',
    quantity: 'Qty',
    unitCost: 'Unit',
    lineTotal: 'Total',
    selected: 'Cell selected',
    close: 'Close',
    summary: '{lines} order lines audited: {passing} pass, {flags} flagged.',
    list: '{date}: {suppliers} suppliers, total {total}',
    drafts: '{n} Draft rows written to Purchases.',
    noDrafts: 'No new Draft rows to write.',
    mailed: '{n} mails sent to site owners.',
    reasons: {
      loss: 'Loss',
      belowMargin: 'Under the minimum margin',
      noSupplier: 'No supplier',
      noWeight: 'No weight',
      noChannel: 'No shipping channel',
      missingFx: 'No FX rate',
      incomplete: 'Incomplete line',
      notReviewed: 'Product not reviewed',
      orderHeld: 'Held with its order',
    } satisfies Record<FlagReason, string>,
  },
};

/** The purchase audit's outcome in the person's words. */
export function purchaseAuditDone(
  result: PurchaseAuditResult,
  lang: Lang,
  options: { wroteDrafts: boolean; mails: readonly OutgoingMail[] },
): PurchaseAuditDone {
  const text = TEXT[lang];
  const money = (cents: number) => baseMoney(cents, result.baseCurrency);
  const list = result.purchaseList;
  const drafted = purchaseDrafts(list).length;
  return {
    summary: fill(text.summary, {
      lines: result.lines.length,
      passing: result.lines.filter((line) => line.passes).length,
      flags: result.flags.length,
    }),
    flags: result.flags.map((flag) => {
      const finding = viewFinding(flag.finding, lang);
      return {
        sheet: finding.sheet,
        cell: finding.cell ?? null,
        orderId: flag.orderId,
        sku: flag.sku,
        site: flag.site,
        reason: text.reasons[flag.reason],
        severity: finding.severity,
        message: finding.message,
        rule: finding.rule,
      };
    }),
    listSummary: fill(text.list, {
      date: list.date,
      suppliers: list.suppliers.length,
      total: money(list.total),
    }),
    suppliers: list.suppliers.map((supplier) => ({
      supplier: supplier.supplierName,
      poId: supplier.poId,
      total: money(supplier.total),
      note: supplier.note[lang],
      lines: supplier.lines.map((line) => ({
        sku: line.sku,
        quantity: line.quantity,
        unitCost: money(line.unitCost),
        total: money(line.total),
        orders: line.orderIds.join(', '),
        link: line.supplierUrl,
      })),
    })),
    alreadyBought: list.alreadyInPurchases.map(
      (done) => `${done.orderId} ${done.sku} → ${done.poId} (${done.status})`,
    ),
    drafts: options.wroteDrafts
      ? drafted > 0
        ? fill(text.drafts, { n: drafted })
        : text.noDrafts
      : '',
    mailed: options.mails.length > 0 ? fill(text.mailed, { n: options.mails.length }) : '',
  };
}

/** The sidebar's content before a run: may this person write the drafts? */
export function purchaseAuditView(workbook: Workbook, lang: Lang, user: string): PurchaseAuditView {
  const text = TEXT[lang];
  const { settings } = load(workbook, []);
  const mayWriteDrafts =
    hasRole(settings, user, 'purchasing') || hasRole(settings, user, 'director');
  return {
    lang,
    title: text.title,
    intro: text.intro,
    mayWriteDrafts,
    text: {
      writeDrafts: text.writeDrafts,
      writeDraftsHint: mayWriteDrafts ? text.writeDraftsHint : text.noDraftRole,
      mail: text.mail,
      mailHint: text.mailHint,
      run: text.run,
      running: text.running,
      flagsHeading: text.flagsHeading,
      noFlags: text.noFlags,
      listHeading: text.listHeading,
      alreadyHeading: text.alreadyHeading,
      noteLabel: text.noteLabel,
      ordersLabel: text.ordersLabel,
      quantity: text.quantity,
      unitCost: text.unitCost,
      lineTotal: text.lineTotal,
      selected: text.selected,
      close: text.close,
    },
  };
}

function flagArgument(value: unknown): boolean {
  if (typeof value !== 'boolean') throw new RefusedError(BAD_ARGUMENTS);
  return value;
}

/** Menu "Purchase audit": opens the purchase audit sidebar. */
export function showPurchaseAudit(): void {
  openSidebar('purchase-audit', TEXT[userLang()].title);
}

/** Server function of the purchase audit sidebar: its texts, and whether drafts may be written. */
export function getPurchaseAuditView(): PurchaseAuditView {
  return runSidebarAction('purchase-audit-view', { writes: false }, ({ workbook, lang, user }) => ({
    result: purchaseAuditView(workbook, lang, user),
    counts: 'view',
  }));
}

/**
 * Server function of the purchase audit sidebar: audits the orders awaiting purchase; with
 * `writeDrafts`, appends the purchase list's Draft rows to Purchases in one batch (purchasing
 * or a director only); with `mail`, mails each site owner the flagged lines of their site.
 */
export function runPurchaseAudit(writeDrafts: unknown, mail: unknown): PurchaseAuditDone {
  // Only drafts write to the spreadsheet: an audit that reads needs no lock.
  const drafts = writeDrafts === true;
  return runSidebarAction(
    'purchase-audit-sidebar',
    { writes: drafts },
    ({ workbook, lang, now, user }) => {
      flagArgument(writeDrafts);
      const mailOwners = flagArgument(mail);
      const result = purchaseAudit(workbook, now, { writeDrafts: drafts, user });
      const mails = mailOwners ? result.mails : [];
      mails.forEach(sendMail);
      return {
        result: purchaseAuditDone(result, lang, { wroteDrafts: drafts, mails }),
        counts: `${result.flags.length} flags, ${mails.length} mails`,
      };
    },
  );
}
