import { abnormalShipmentsTab, refundsTab } from './aftersales';
import { expensesTab, fxTab, lastBoughtOn, purchasesTab, shippingFeesTab } from './finance';
import { logisticsContactsTab, shippingChannelsTab } from './logistics';
import { ordersTab } from './orders';
import { settingsTab, staffTab } from './people';
import { amazonDefaultsTab, glossaryTab, newProductsTab, skuSuppliersTab } from './products';
import type { DemoTab } from './tabs';
import { translationsTab } from './translations';

export { DEMO_EXPECTATIONS } from './expectations';
export { DEMO_TODAY } from './orders';
export type { DemoTab } from './tabs';

/**
 * The demo workbook that `npm start` writes and every workflow runs on: a small Shenzhen
 * seller of Lumora home goods on Amazon UK, DE, FR, IT and ES, October and November 2026.
 * Some sheets are kept in Chinese and some in English, as the real team keeps them.
 */
export function demoTabs(): DemoTab[] {
  return [
    settingsTab(),
    fxTab(),
    newProductsTab(),
    translationsTab(),
    amazonDefaultsTab(),
    skuSuppliersTab(lastBoughtOn()),
    logisticsContactsTab(),
    shippingChannelsTab(),
    ordersTab(),
    shippingFeesTab(),
    purchasesTab(),
    refundsTab(),
    expensesTab(),
    abnormalShipmentsTab(),
    glossaryTab(),
    staffTab(),
  ];
}
