import { SETTING_DEFAULTS } from '../core/contract/sheets';
import type { Cell } from '../core/cells';
import { contractTab } from './tabs';
import type { DemoTab } from './tabs';
import { SITE_OWNER, TEAM } from './team';

/** The company's settings; what it leaves at the contract's default is written out anyway. */
const SETTINGS: Record<string, Cell> = {
  minListingMargin: 0.3,
  minOrderMargin: '10%',
  expressOverKg: 2,
  dangerousFreightFactor: 2,
  declaredValueShare: 0.1,
  refundApprovalOver: 500,
  reassureAfterDays: 30,
  refundAfterDays: 60,
  directors: TEAM.director,
  uploaders: `${TEAM.liQiang}, ${TEAM.liuYang}`,
  finance: TEAM.zhaoMin,
  purchasing: TEAM.wangFang,
  'owner.UK': SITE_OWNER.UK,
  'owner.DE': SITE_OWNER.DE,
  'owner.FR': SITE_OWNER.FR,
  'owner.IT': SITE_OWNER.IT,
  'owner.ES': SITE_OWNER.ES,
  'vat.UK': 0.2,
  'vat.DE': 0.19,
  'vat.FR': 0.2,
  'vat.IT': 0.22,
  'vat.ES': 0.21,
  referralFee: 0.15,
  priceEnding: 0.99,
};

const NOTES: Record<string, string> = {
  minListingMargin: 'R4.2d',
  minOrderMargin: 'R5.1h: under this, tell the site owner before buying',
  refundApprovalOver: 'CNY; larger refunds go to the director (R6.2f)',
  sellerId: 'kept in the document properties, not here',
  exportFolderId: 'empty: exports go next to the spreadsheet',
};

/** The Settings sheet: every key of the contract, in the contract's order. */
export function settingsTab(): DemoTab {
  return contractTab(
    'settings',
    { lang: 'en' },
    Object.keys(SETTING_DEFAULTS).map((key) => ({
      key,
      value: key in SETTINGS ? SETTINGS[key] : SETTING_DEFAULTS[key] || null,
      note: NOTES[key] ?? null,
    })),
  );
}

/** Attendance and ERP scores of the four staff for October (18 working days) and November. */
export function staffTab(): DemoTab {
  const rows: Array<[string, string, number, number, number, number, number, number]> = [
    ['王芳', '2026-10', 7000, 18, 0, 3, 1, 80],
    ['李强', '2026-10', 8500, 18, 1, 4, 2, 86],
    ['陈静', '2026-10', 8000, 18, 0, 2, 5, 79.9],
    ['刘洋', '2026-10', 7500, 18, 2, 0, 0, 92],
    ['王芳', '2026-11', 7000, 21, 1, 1, 0, 88],
    ['李强', '2026-11', 8500, 21, 0, 0, 0, 91],
    ['陈静', '2026-11', 8000, 21, 0, 1, 0, 83],
    ['刘洋', '2026-11', 7500, 21, 1, 2, 6, 74.5],
  ];
  return contractTab(
    'staff',
    { lang: 'en' },
    rows.map(
      ([
        name,
        month,
        baseSalary,
        workingDays,
        overtimeDays,
        leaveRequests,
        absentDays,
        erpScore,
      ]) => ({
        name,
        month,
        baseSalary,
        workingDays,
        overtimeDays,
        leaveRequests,
        absentDays,
        erpScore,
      }),
    ),
  );
}
