import type { Parsed } from '../cells';
import { t } from '../i18n';

/** The platform codes of the SKU-supplier master's platform column. */
export type SupplierPlatform = '1688' | 'Taobao' | 'other';

const HOST = /^(?:https?:\/\/)?([^/?#:\s]+)(?::\d+)?(?:[/?#]|$)/i;

/** Hosts of Taobao's family: Tmall and the short links the Taobao app shares. */
const TAOBAO_HOSTS = ['taobao.com', 'tmall.com', 'tmall.hk', 'tb.cn'];

function within(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * The platform of a supplier link (R3.3, R5.1f: 1688 first, then Taobao): 1688 for any
 * 1688.com page, Taobao for Taobao, Tmall and their short links, other for any other site.
 * A link may leave out "https://"; text that is no link at all is a problem.
 */
export function supplierPlatformOf(link: string): Parsed<SupplierPlatform> {
  const text = link.trim();
  const match = HOST.exec(text);
  const host = match?.[1].toLowerCase().replace(/\.$/, '') ?? '';
  if (!match || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || /\s/.test(text)) {
    return {
      ok: false,
      problem: t(
        `“${text}”不是链接（例：https://detail.1688.com/offer/123.html）`,
        `"${text}" is not a link (e.g. https://detail.1688.com/offer/123.html)`,
      ),
    };
  }
  if (within(host, '1688.com')) return { ok: true, value: '1688' };
  if (TAOBAO_HOSTS.some((domain) => within(host, domain))) return { ok: true, value: 'Taobao' };
  return { ok: true, value: 'other' };
}
