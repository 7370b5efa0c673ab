import type { SkuSupplierRow } from '../contract/rows';
import { supplierPlatformOf } from '../pricing/supplier-platform';
import type { SupplierPlatform } from '../pricing/supplier-platform';
import type { Finding } from '../findings';
import { t } from '../i18n';
import { cellFinding } from '../reader';
import type { RowMeta } from '../reader';
import type { NewProductSheet } from './sheet';

/**
 * What a supplier link points at: one product (with its offer or item id), a shop, search or
 * list page, a short link that only the platform's app can resolve, or a page of another site.
 */
export type SupplierLinkKind = 'product' | 'listing' | 'short' | 'elsewhere';

export interface SupplierLink {
  platform: SupplierPlatform;
  kind: SupplierLinkKind;
  /** The 1688 offer id or Taobao/Tmall item id of a product link. */
  productId: string | null;
}

interface LinkParts {
  host: string;
  path: string;
  query: Map<string, string>;
}

/** Splits an address by hand: Apps Script has no URL class. */
function linkParts(url: string): LinkParts | null {
  const match =
    /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/?#]*@)?([^/?#:]+)(?::\d+)?([^?#]*)(?:\?([^#]*))?/i.exec(
      url.trim(),
    );
  if (!match) return null;
  const query = new Map<string, string>();
  for (const pair of (match[3] ?? '').split('&')) {
    const at = pair.indexOf('=');
    if (at > 0) query.set(pair.slice(0, at).toLowerCase(), pair.slice(at + 1));
  }
  return { host: match[1].toLowerCase(), path: match[2].toLowerCase(), query };
}

function onDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Hosts whose links redirect through the platform's app and cannot be followed offline. */
const SHORT_LINK_HOSTS = ['tb.cn', 'qr.1688.com', 's.click.taobao.com', 'click.1688.com'];

const DIGITS = /^\d{5,}$/;

function classify1688(parts: LinkParts): SupplierLink {
  const offer = /\/offer\/(\d{5,})\.html?$/.exec(parts.path);
  // The mobile detail page is /page/index.html?offerId=…; other /page/ paths are shop pages.
  const offerId = offer?.[1] ?? parts.query.get('offerid') ?? null;
  if (offerId && DIGITS.test(offerId)) {
    return { platform: '1688', kind: 'product', productId: offerId };
  }
  return { platform: '1688', kind: 'listing', productId: null };
}

function classifyTaobao(parts: LinkParts): SupplierLink {
  const world = /^\/item\/(\d{5,})\.htm/.exec(parts.path);
  if (world && onDomain(parts.host, 'world.taobao.com')) {
    return { platform: 'Taobao', kind: 'product', productId: world[1] };
  }
  const id = parts.query.get('id') ?? '';
  const isItemPage = /item|detail/.test(parts.path);
  const isShop = /^shop\d*\./.test(parts.host) || onDomain(parts.host, 's.taobao.com');
  if (isItemPage && !isShop && DIGITS.test(id)) {
    return { platform: 'Taobao', kind: 'product', productId: id };
  }
  return { platform: 'Taobao', kind: 'listing', productId: null };
}

/**
 * Classifies a supplier link (R3.5): 1688 offer pages and Taobao/Tmall item pages name one
 * product; shop, store, search and list pages of those platforms do not; their short links
 * (m.tb.cn, qr.1688.com…) cannot be resolved without the platform; anything else is another
 * site.
 */
export function classifySupplierLink(url: string): SupplierLink {
  const platform = supplierPlatformOf(url);
  const parts = linkParts(url);
  if (!platform.ok || !parts || platform.value === 'other') {
    return { platform: 'other', kind: 'elsewhere', productId: null };
  }
  if (SHORT_LINK_HOSTS.some((short) => onDomain(parts.host, short))) {
    return { platform: platform.value, kind: 'short', productId: null };
  }
  return platform.value === '1688' ? classify1688(parts) : classifyTaobao(parts);
}

/**
 * The identity of a supplier link, for matching rows of the SKU-supplier master: the platform
 * and product id when the link names one product (so tracking parameters do not matter),
 * otherwise the address without its fragment or trailing slash.
 */
export function supplierLinkKey(url: string): string {
  const link = classifySupplierLink(url);
  if (link.kind === 'product') return `${link.platform}:${link.productId}`;
  return url
    .trim()
    .replace(/#.*$/, '')
    .replace(/\/+$/, '')
    .replace(/^[a-z]+:\/\/[^/?#]+/i, (origin) => origin.toLowerCase());
}

/** R3.5: every supplier link points at one specific product. */
export function checkSupplierLinks(sheet: NewProductSheet): Finding[] {
  const findings: Finding[] = [];
  for (const row of sheet.rows) {
    if (!row.supplierUrl) continue;
    const link = classifySupplierLink(row.supplierUrl);
    const finding = (severity: 'error' | 'warning', zh: string, en: string): void => {
      findings.push(
        cellFinding(sheet.layout, row.rowNumber, 'supplierUrl', 'R3.5', severity, t(zh, en)),
      );
    };
    if (link.kind === 'listing') {
      finding(
        'error',
        '链接指向店铺、搜索或列表页，不是某一个商品；请贴商品详情页链接',
        'the link points at a shop, search or list page, not one product; ' +
          'paste the product page (e.g. detail.1688.com/offer/…)',
      );
    } else if (link.kind === 'short') {
      finding(
        'warning',
        '短链接无法离线确认是哪个商品；请打开后贴完整的商品链接',
        'a short link cannot be checked offline; open it and paste the full product link',
      );
    } else if (link.kind === 'elsewhere') {
      finding(
        'warning',
        '链接不是1688或淘宝/天猫的商品页，请确认它指向一个具体商品',
        'the link is not a 1688 or Taobao/Tmall product page; make sure it points at one product',
      );
    }
  }
  return findings;
}

/** The platform a master row's supplier is on: its Platform cell, else read from its link. */
function platformOf(row: SkuSupplierRow): SupplierPlatform | null {
  if (row.platform === '1688' || row.platform === 'Taobao' || row.platform === 'other') {
    return row.platform;
  }
  const platform = row.supplierUrl ? supplierPlatformOf(row.supplierUrl) : null;
  return platform?.ok ? platform.value : null;
}

/**
 * R3.3 and R4.2a: suppliers are looked for on 1688 before Taobao, where prices are lower. A
 * Taobao or Tmall link for a SKU that the SKU-supplier master already buys on 1688 is a
 * warning.
 */
export function checkSupplierPlatform(
  sheet: NewProductSheet,
  suppliers: ReadonlyArray<SkuSupplierRow & RowMeta>,
): Finding[] {
  const on1688 = new Map<string, number>();
  for (const supplier of suppliers) {
    if (supplier.sku && platformOf(supplier) === '1688' && !on1688.has(supplier.sku)) {
      on1688.set(supplier.sku, supplier.rowNumber);
    }
  }
  const findings: Finding[] = [];
  for (const row of sheet.rows) {
    if (!row.sku || !row.supplierUrl) continue;
    const masterRow = on1688.get(row.sku);
    if (masterRow === undefined) continue;
    if (classifySupplierLink(row.supplierUrl).platform !== 'Taobao') continue;
    findings.push(
      cellFinding(
        sheet.layout,
        row.rowNumber,
        'supplierUrl',
        'R3.3',
        'warning',
        t(
          `SKU供应商总表第${masterRow}行已有该SKU的1688供应商；先1688，后淘宝（R4.2a）`,
          `the SKU-supplier master (row ${masterRow}) has a 1688 supplier for this SKU; ` +
            'buy on 1688 before Taobao (R4.2a)',
        ),
      ),
    );
  }
  return findings;
}
