import { viewFinding } from '../findings';
import type { FindingView } from '../findings';
import type { Lang } from '../i18n';
import { fromCents } from '../money';
import type { Cents } from '../money';
import { marginShare } from '../pricing/listing-price';
import { kgText } from '../pricing/parcel';
import type { AuditFlag, AuditedLine, FlagReason } from './order-audit';
import { baseMoney } from './order-audit';
import type { PurchaseList } from './purchase-list';

/** What the purchase audit found, as the CLI prints it and the sidebar receives it. */
export interface PurchaseAuditReport {
  lines: AuditedLine[];
  flags: AuditFlag[];
  purchaseList: PurchaseList;
}

const money = (cents: Cents | null): number | null => (cents === null ? null : fromCents(cents));

function lineJson(line: AuditedLine, baseCurrency: string, lang: Lang) {
  const audit = line.audit;
  const shipping = audit?.shipping ?? null;
  const declared = shipping?.declared;
  return {
    row: line.rowNumber,
    orderId: line.orderId,
    sku: line.sku,
    site: line.site,
    status: line.status,
    passes: line.passes,
    flags: line.flags,
    quantity: audit?.line.quantity ?? null,
    supplier: audit?.supplier
      ? {
          name: audit.supplier.supplierName,
          link: audit.supplier.supplierUrl,
          row: audit.supplier.rowNumber,
          unitCost: fromCents(audit.supplier.unitCost),
          priceKind: audit.supplier.priceKind,
          preferred: audit.supplier.preferred,
        }
      : null,
    orderCurrency: audit
      ? {
          currency: audit.line.currency,
          gross: fromCents(audit.money.gross),
          vat: fromCents(audit.money.vat),
          vatEstimated: audit.money.vatEstimated,
          amazonFees: fromCents(audit.money.amazonFees),
          feesEstimated: audit.money.feesEstimated,
        }
      : null,
    fx: audit?.money.fx
      ? {
          month: audit.money.fx.month,
          rate: Number(audit.money.fx.rate.units) / 10 ** audit.money.fx.rate.scale,
        }
      : null,
    base: audit
      ? {
          currency: baseCurrency,
          netRevenue: money(audit.money.netRevenue),
          amazonFees: money(audit.money.feesInBase),
          purchase: money(audit.money.purchase),
          freight: money(audit.money.freight),
          profit: money(audit.money.profit),
        }
      : null,
    margin: audit?.margin ? marginShare(audit.margin) : null,
    shipping: shipping
      ? {
          channel: shipping.quote.card.channel,
          carrier: shipping.quote.card.carrier,
          parcelLines: shipping.lines,
          parcelKg: shipping.parcel.grams / 1000,
          dangerous: shipping.parcel.dangerous,
          billableKg: shipping.quote.billableGrams / 1000,
          parcelFreight: fromCents(shipping.quote.freight),
          lineFreight: money(audit!.money.freight),
          declaredUsd: declared?.ok ? fromCents(declared.value.usd) : null,
          declaredValue: declared?.ok ? fromCents(declared.value.order) : null,
          declaredCurrency: audit!.line.currency,
          declaredProblem: declared && !declared.ok ? declared.problem[lang] : null,
          repack: shipping.repack ? shipping.repack[lang] : null,
        }
      : null,
  };
}

/** The report as plain JSON: amounts in major units, margins as shares, texts in one language. */
export function purchaseAuditJson(
  report: PurchaseAuditReport,
  baseCurrency: string,
  lang: Lang,
): {
  lines: ReturnType<typeof lineJson>[];
  flags: Array<FindingView & { orderId: string; sku: string; site: string; reason: FlagReason }>;
  purchaseList: unknown;
} {
  const list = report.purchaseList;
  return {
    lines: report.lines.map((line) => lineJson(line, baseCurrency, lang)),
    flags: report.flags.map((flag) => ({
      orderId: flag.orderId,
      sku: flag.sku,
      site: flag.site,
      reason: flag.reason,
      ...viewFinding(flag.finding, lang),
    })),
    purchaseList: {
      date: list.date,
      currency: baseCurrency,
      total: fromCents(list.total),
      suppliers: list.suppliers.map((supplier) => ({
        supplier: supplier.supplierName,
        poId: supplier.poId,
        total: fromCents(supplier.total),
        note: supplier.note[lang],
        lines: supplier.lines.map((line) => ({
          sku: line.sku,
          quantity: line.quantity,
          unitCost: fromCents(line.unitCost),
          priceKind: line.priceKind,
          total: fromCents(line.total),
          orderIds: line.orderIds,
          link: line.supplierUrl,
        })),
      })),
      alreadyInPurchases: list.alreadyInPurchases,
    },
  };
}

/** The shipping helpers of a line in one line of text: channel, weights, freight, customs. */
function shippingText(line: AuditedLine, baseCurrency: string, lang: Lang): string | null {
  const shipping = line.audit?.shipping;
  if (!shipping) return null;
  const zh = lang === 'zh';
  const { quote, declared } = shipping;
  const parts = [
    `${quote.card.channel}`,
    zh
      ? `${kgText(shipping.parcel.grams)} 公斤（计费 ${kgText(quote.billableGrams)}）`
      : `${kgText(shipping.parcel.grams)} kg (billed ${kgText(quote.billableGrams)})`,
    `${zh ? '运费' : 'freight'} ${baseMoney(quote.freight, baseCurrency)}`,
  ];
  const share = line.audit?.money.freight;
  if (shipping.lines > 1 && share !== null && share !== undefined) {
    const lines = shipping.lines;
    parts[2] += zh
      ? `（${lines} 行同包，本行 ${baseMoney(share, baseCurrency)}）`
      : ` (${lines} lines in the parcel, this one ${baseMoney(share, baseCurrency)})`;
  }
  if (declared.ok) {
    parts.push(`${zh ? '申报' : 'declare'} USD ${fromCents(declared.value.usd).toFixed(2)}`);
  }
  if (shipping.repack) parts.push(shipping.repack[lang]);
  return parts.join(' · ');
}

/**
 * The report as the terminal and `purchase-list.txt` show it: the flagged lines, then the
 * purchase list supplier by supplier with each line, the total and the note to the supplier,
 * then the lines that Purchases already buys.
 */
export function purchaseAuditText(
  report: PurchaseAuditReport,
  baseCurrency: string,
  lang: Lang,
): string[] {
  const zh = lang === 'zh';
  const out: string[] = [];
  const list = report.purchaseList;
  const cny = (cents: Cents): string => baseMoney(cents, baseCurrency);

  const passing = report.lines.filter((line) => line.passes).length;
  out.push(
    zh
      ? `审核 ${report.lines.length} 行订单：${passing} 行通过，${report.flags.length} 项标记`
      : `${report.lines.length} order lines audited: ${passing} pass, ` +
          `${report.flags.length} flag${report.flags.length === 1 ? '' : 's'}`,
  );
  if (report.flags.length > 0) {
    out.push('', zh ? '标记的订单行：' : 'Flagged lines:');
    for (const flag of report.flags) {
      const view = viewFinding(flag.finding, lang);
      out.push(`  [${view.rule}] ${view.severity}: ${view.message}`);
    }
  }

  out.push(
    '',
    zh
      ? `采购清单 ${list.date}：${list.suppliers.length} 个供应商，合计 ${cny(list.total)}`
      : `Purchase list ${list.date}: ${list.suppliers.length} suppliers, total ${cny(list.total)}`,
  );
  for (const supplier of list.suppliers) {
    out.push('', `  ${supplier.supplierName} — ${supplier.poId} — ${cny(supplier.total)}`);
    for (const line of supplier.lines) {
      const agent = line.priceKind === 'agent' ? (zh ? '（代理价）' : ' (agent price)') : '';
      out.push(
        `    ${line.sku} ×${line.quantity} @ ${cny(line.unitCost)}${agent} = ${cny(line.total)}  ` +
          `${zh ? '订单' : 'orders'} ${line.orderIds.join(', ')}`,
      );
      out.push(`      ${line.supplierUrl}`);
    }
    out.push(`    ${zh ? '给供应商的备注' : 'Note to supplier'}: ${supplier.note[lang]}`);
  }

  const helpers = report.lines
    .map((line) => ({ line, text: shippingText(line, baseCurrency, lang) }))
    .filter((entry) => entry.text !== null);
  if (helpers.length > 0) {
    out.push('', zh ? '发货参考：' : 'Shipping:');
    for (const { line, text } of helpers) out.push(`  ${line.orderId} ${line.sku}: ${text}`);
  }

  if (list.alreadyInPurchases.length > 0) {
    out.push('', zh ? '已在采购单中（不重复采购）：' : 'Already in Purchases (not bought twice):');
    for (const done of list.alreadyInPurchases) {
      out.push(`  ${done.orderId} ${done.sku} → ${done.poId} (${done.status})`);
    }
  }
  return out;
}
