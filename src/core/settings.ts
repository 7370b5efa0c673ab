import { parseEmails, parseMoney, parsePercent } from './cells';
import { SETTING_DEFAULTS, SITES } from './contract/sheets';
import type { Site } from './contract/sheets';
import type { Finding } from './findings';
import { t } from './i18n';
import type { Cents } from './money';
import { cellFinding } from './reader';
import type { RowMeta, SheetRead } from './reader';

export interface SettingRow {
  key: string | null;
  value: string | null;
  note: string | null;
}

/** The Settings sheet, typed, with the defaults of the contract where a key is absent. */
export interface Settings {
  baseCurrency: string;
  timeZone: string;
  minListingMargin: number;
  minOrderMargin: number;
  expressOverKg: number;
  dangerousFreightFactor: number;
  declaredValueShare: number;
  smallParcelDeclaredUsd: { min: number; max: number };
  refundApprovalOver: Cents;
  reassureAfterDays: number;
  refundAfterDays: number;
  directors: string[];
  uploaders: string[];
  finance: string[];
  purchasing: string[];
  siteOwners: Record<Site, string[]>;
  vat: Record<Site, number>;
  referralFee: number;
  /** Referral fee per product type (`referralFee.HOME`), overriding `referralFee`. */
  referralFeeByType: Record<string, number>;
  exportFolderId: string;
  sellerId: string;
  merchantShippingGroup: string;
  countryOfOrigin: string;
  priceEnding: number;
  /** Every key as text, defaults included. */
  raw: Record<string, string>;
}

type Read = SheetRead<SettingRow> | null;

/** The Settings keys that give people roles: directors, uploaders, finance, purchasing, owners. */
export function isRoleKey(key: string): boolean {
  return (
    ['directors', 'uploaders', 'finance', 'purchasing'].includes(key) || key.startsWith('owner.')
  );
}

/** Reads the Settings sheet (or none: all defaults); a value that cannot be read is a finding. */
export function readSettings(read: Read): { settings: Settings; findings: Finding[] } {
  const raw: Record<string, string> = { ...SETTING_DEFAULTS };
  const rowOf: Record<string, RowMeta> = {};
  const findings: Finding[] = [];
  for (const row of read?.rows ?? []) {
    if (!row.key) continue;
    const key = row.key.trim();
    const first = rowOf[key];
    // A role given twice keeps its first row: a line added below a protected one grants nothing.
    if (first && isRoleKey(key) && read) {
      findings.push(
        cellFinding(
          read.layout,
          row.rowNumber,
          'key',
          'WB.settings',
          'error',
          t(
            `${key} 已在第${first.rowNumber}行设置，此行不生效`,
            `${key} is set in row ${first.rowNumber} already; this row does not count`,
          ),
        ),
      );
      continue;
    }
    raw[key] = (row.value ?? '').trim();
    rowOf[key] = row;
  }

  const problem = (key: string, zh: string, en: string): void => {
    const at = rowOf[key];
    if (read && at)
      findings.push(
        cellFinding(read.layout, at.rowNumber, 'value', 'WB.settings', 'error', t(zh, en)),
      );
  };
  const share = (key: string): number => {
    const parsed = parsePercent(raw[key]);
    if (parsed.ok && parsed.value >= 0) return parsed.value;
    problem(
      key,
      `设置 ${key} 应为比例（如 0.3 或 30%）`,
      `setting ${key} should be a share (0.3 or 30%)`,
    );
    return Number(SETTING_DEFAULTS[key] ?? 0);
  };
  const number = (key: string): number => {
    const parsed = parsePercent(raw[key]);
    if (parsed.ok && parsed.value >= 0) return parsed.value;
    problem(key, `设置 ${key} 应为数字`, `setting ${key} should be a number`);
    return Number(SETTING_DEFAULTS[key] ?? 0);
  };
  const emails = (key: string): string[] => {
    const parsed = parseEmails(raw[key] ?? '');
    if (parsed.ok) return parsed.value;
    problem(key, `设置 ${key}：${parsed.problem.zh}`, `setting ${key}: ${parsed.problem.en}`);
    return [];
  };
  const money = (key: string): Cents => {
    const parsed = parseMoney(raw[key]);
    if (parsed.ok) return parsed.value;
    problem(key, `设置 ${key} 应为金额`, `setting ${key} should be an amount`);
    const fallback = parseMoney(SETTING_DEFAULTS[key]);
    return fallback.ok ? fallback.value : 0;
  };

  const range = /^\s*(\d+(?:\.\d+)?)\s*[-–~]\s*(\d+(?:\.\d+)?)\s*$/.exec(
    raw.smallParcelDeclaredUsd ?? '',
  );
  if (!range)
    problem(
      'smallParcelDeclaredUsd',
      '应写成 最小-最大，如 5-10',
      'should read min-max, e.g. 5-10',
    );

  const referralFeeByType: Record<string, number> = {};
  for (const key of Object.keys(raw)) {
    if (key.startsWith('referralFee.'))
      referralFeeByType[key.slice('referralFee.'.length)] = share(key);
  }
  const bySite = <T>(make: (site: Site) => T): Record<Site, T> =>
    Object.fromEntries(SITES.map((site) => [site, make(site)])) as Record<Site, T>;

  const settings: Settings = {
    baseCurrency: (raw.baseCurrency || 'CNY').toUpperCase(),
    timeZone: raw.timeZone || 'Asia/Shanghai',
    minListingMargin: share('minListingMargin'),
    minOrderMargin: share('minOrderMargin'),
    expressOverKg: number('expressOverKg'),
    dangerousFreightFactor: number('dangerousFreightFactor'),
    declaredValueShare: share('declaredValueShare'),
    smallParcelDeclaredUsd: range
      ? { min: Number(range[1]), max: Number(range[2]) }
      : { min: 5, max: 10 },
    refundApprovalOver: money('refundApprovalOver'),
    reassureAfterDays: number('reassureAfterDays'),
    refundAfterDays: number('refundAfterDays'),
    directors: emails('directors'),
    uploaders: emails('uploaders'),
    finance: emails('finance'),
    purchasing: emails('purchasing'),
    siteOwners: bySite((site) => emails(`owner.${site}`)),
    vat: bySite((site) => share(`vat.${site}`)),
    referralFee: share('referralFee'),
    referralFeeByType,
    exportFolderId: raw.exportFolderId ?? '',
    sellerId: raw.sellerId ?? '',
    merchantShippingGroup: raw.merchantShippingGroup ?? '',
    countryOfOrigin: (raw.countryOfOrigin || 'CN').toUpperCase(),
    priceEnding: number('priceEnding'),
    raw,
  };
  return { settings, findings };
}

/** The referral fee share for a product type. */
export function referralFeeFor(settings: Settings, productType: string | null): number {
  const own = productType ? settings.referralFeeByType[productType] : undefined;
  return own ?? settings.referralFee;
}
