import { MENU_GROUPS, MENU_ITEMS } from '../../src/gas/menu';
import { onInstall, onOpen } from '../../src/gas/open';
import { installGas } from '../fakes/gas';
import type { AuthModeName, FakeGas } from '../fakes/gas';

/** The menu the add-on should show in a language, spelled out from the menu's data. */
function expectedMenu(lang: 'zh' | 'en') {
  return {
    title: 'Seller Sheets',
    items: MENU_GROUPS.filter((group) => MENU_ITEMS.some((item) => item.group === group.group)).map(
      (group) => ({
        subMenu: {
          title: group[lang],
          items: MENU_ITEMS.filter((item) => item.group === group.group).map((item) => ({
            caption: item[lang],
            functionName: item.handler,
          })),
        },
      }),
    ),
  };
}

/** The services a call touched: 'Ui', 'Menu', 'Session', … */
function servicesCalled(fake: FakeGas): string[] {
  return [...new Set(Object.keys(fake.calls).map((key) => key.split('.')[0]))].sort();
}

describe('the add-on menu', () => {
  let fake: FakeGas;
  const open = (authMode: AuthModeName, userLocale: string) => {
    fake = installGas({ authMode, userLocale, locale: 'zh_CN' });
    onOpen({ authMode } as unknown as GoogleAppsScript.Events.SheetsOnOpen);
  };

  afterEach(() => fake.uninstall());

  it('is built in AuthMode.NONE without touching properties or any sheet', () => {
    open('NONE', 'en-GB');
    expect(fake.ui.menus).toEqual([expectedMenu('en')]);
    expect(servicesCalled(fake)).toEqual(['Menu', 'Session', 'SpreadsheetApp', 'Ui']);
    expect(Object.keys(fake.calls).filter((key) => key.startsWith('SpreadsheetApp.'))).toEqual([
      'SpreadsheetApp.getUi',
    ]);
  });

  it('falls back to English in AuthMode.NONE when Google will not tell the locale', () => {
    open('NONE', 'zh-CN');
    expect(fake.ui.menus).toEqual([expectedMenu('en')]);
    expect(fake.calls['Session.getActiveUserLocale']).toBe(1);
  });

  it('speaks Chinese to a zh_CN user once the add-on is enabled in the document', () => {
    open('LIMITED', 'zh_CN');
    expect(fake.ui.menus).toEqual([expectedMenu('zh')]);
    const settings = fake.ui.menus[0].items.find(
      (item) => 'subMenu' in item && item.subMenu.title === '设置与帮助',
    );
    expect(settings).toEqual({
      subMenu: {
        title: '设置与帮助',
        items: expect.arrayContaining([{ caption: '设置工作表', functionName: 'setUpSheets' }]),
      },
    });
  });

  it('speaks English to an en_GB user', () => {
    open('LIMITED', 'en_GB');
    expect(fake.ui.menus).toEqual([expectedMenu('en')]);
    expect(JSON.stringify(fake.ui.menus)).toContain('"caption":"Set up sheets"');
  });

  it('shows the same menu at once when the add-on is installed', () => {
    fake = installGas({ authMode: 'FULL', userLocale: 'zh-CN' });
    onInstall({ authMode: 'FULL' } as unknown as GoogleAppsScript.Events.AddonOnInstall);
    expect(fake.ui.menus).toEqual([expectedMenu('zh')]);
    expect(servicesCalled(fake)).toEqual(['Menu', 'Session', 'SpreadsheetApp', 'Ui']);
  });

  it('lists each menu handler once, in a known group', () => {
    const handlers = MENU_ITEMS.map((item) => item.handler);
    expect(new Set(handlers).size).toBe(handlers.length);
    const groups = new Set(MENU_GROUPS.map((group) => group.group));
    expect(MENU_ITEMS.filter((item) => !groups.has(item.group))).toEqual([]);
  });
});
