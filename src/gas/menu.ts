import type { Lang, Localized } from '../core/i18n';

/** The sub-menus of the add-on menu, in the order the business works. */
export type MenuGroup =
  'research' | 'listing' | 'purchasing' | 'after-sales' | 'finance' | 'settings';

/** Each group's sub-menu title, in menu order. */
export const MENU_GROUPS: ReadonlyArray<{ group: MenuGroup } & Localized> = [
  { group: 'research', zh: '选品', en: 'Research' },
  { group: 'listing', zh: '上架', en: 'Listing' },
  { group: 'purchasing', zh: '采购发货', en: 'Purchasing & shipping' },
  { group: 'after-sales', zh: '售后', en: 'After-sales' },
  { group: 'finance', zh: '财务', en: 'Finance' },
  { group: 'settings', zh: '设置与帮助', en: 'Settings & help' },
];

/**
 * One menu item: `handler` is the name of a top-level function that src/gas/main.ts exports
 * (the build turns each export into one). Items show in the order listed, per group.
 */
export interface MenuItem extends Localized {
  group: MenuGroup;
  handler: string;
}

/** Every item of the add-on menu; a feature adds its item here with one line. */
export const MENU_ITEMS: readonly MenuItem[] = [
  { group: 'research', handler: 'validate', zh: '检查并标记', en: 'Validate' },
  {
    group: 'research',
    handler: 'submitSelectedRows',
    zh: '提交所选行审核',
    en: 'Submit selected rows',
  },
  {
    group: 'research',
    handler: 'approveSelectedRows',
    zh: '审核通过所选行…',
    en: 'Approve selected rows…',
  },
  {
    group: 'research',
    handler: 'rejectSelectedRows',
    zh: '驳回所选行…',
    en: 'Reject selected rows…',
  },
  { group: 'finance', handler: 'showReports', zh: '月报与季报…', en: 'Reports…' },
  { group: 'finance', handler: 'bookMonthFromMenu', zh: '退款入账…', en: 'Book month…' },
  {
    group: 'finance',
    handler: 'computeStaffPayFromMenu',
    zh: '计算考勤绩效',
    en: 'Compute staff pay',
  },
  { group: 'settings', handler: 'setUpSheets', zh: '设置工作表', en: 'Set up sheets' },
  {
    group: 'settings',
    handler: 'setAmazonSellerId',
    zh: '设置亚马逊卖家编号…',
    en: 'Set Amazon seller id…',
  },
  { group: 'settings', handler: 'backUpNow', zh: '立即备份', en: 'Back up now' },
  { group: 'settings', handler: 'installDailyJobs', zh: '安装每日任务', en: 'Install daily jobs' },
  { group: 'settings', handler: 'removeDailyJobs', zh: '移除每日任务', en: 'Remove daily jobs' },
  {
    group: 'listing',
    handler: 'showPricingCalculator',
    zh: '定价计算器…',
    en: 'Pricing calculator…',
  },
  {
    group: 'purchasing',
    handler: 'showImports',
    zh: '导入订单或运费…',
    en: 'Import orders or fees…',
  },
  { group: 'purchasing', handler: 'showPurchaseAudit', zh: '采购审核…', en: 'Purchase audit…' },
  { group: 'after-sales', handler: 'showFollowUp', zh: '物流跟进…', en: 'Shipment follow-up…' },
  { group: 'settings', handler: 'showDailyJobs', zh: '每日任务…', en: 'Daily jobs…' },
  { group: 'settings', handler: 'showSettings', zh: '修改设置…', en: 'Settings…' },
  {
    group: 'listing',
    handler: 'showTranslations',
    zh: '机翻草稿…',
    en: 'Machine translation drafts…',
  },
  {
    group: 'listing',
    handler: 'showAmazonExport',
    zh: '导出亚马逊…',
    en: 'Export to Amazon…',
  },
  { group: 'settings', handler: 'showHelp', zh: '帮助', en: 'Help' },
];

/**
 * Adds the add-on menu: one sub-menu per group that has items. Touches nothing but the Ui,
 * so it is safe in onOpen under AuthMode.NONE.
 */
export function addAddonMenu(ui: GoogleAppsScript.Base.Ui, lang: Lang): void {
  const menu = ui.createAddonMenu();
  for (const { group, ...title } of MENU_GROUPS) {
    const items = MENU_ITEMS.filter((item) => item.group === group);
    if (items.length === 0) continue;
    const subMenu = ui.createMenu(title[lang]);
    for (const item of items) subMenu.addItem(item[lang], item.handler);
    menu.addSubMenu(subMenu);
  }
  menu.addToUi();
}
