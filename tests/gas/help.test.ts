import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getHelp, helpView, showHelp } from '../../src/gas/help';
import { MENU_ITEMS } from '../../src/gas/menu';
import { installGas } from '../fakes/gas';
import type { FakeGas } from '../fakes/gas';

describe('the Help sidebar', () => {
  let fake: FakeGas;
  afterEach(() => fake.uninstall());

  it('opens the built help page as a sidebar titled in the user language', () => {
    const htmlDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seller-sheets-html-'));
    fs.writeFileSync(path.join(htmlDir, 'help.html'), '<main id="help">built page</main>');
    fake = installGas({ userLocale: 'zh-CN', htmlDir });
    showHelp();

    expect(fake.ui.sidebars).toEqual([
      { title: 'Seller Sheets 帮助', html: '<main id="help">built page</main>' },
    ]);
    fs.rmSync(htmlDir, { recursive: true, force: true });
  });

  it('tells a Chinese user about the menu in Chinese', () => {
    fake = installGas({ userLocale: 'zh-CN' });
    const help = getHelp();

    expect(help.lang).toBe('zh');
    expect(help.title).toBe('Seller Sheets 帮助');
    const settings = help.groups.find((group) => group.title === '设置与帮助');
    expect(settings?.items).toEqual(expect.arrayContaining(['设置工作表', '帮助']));
    const listed = help.groups.flatMap((group) => group.items);
    expect(listed).toHaveLength(MENU_ITEMS.length);
  });

  it('tells an English user in English, and survives the trip through google.script.run', () => {
    fake = installGas({ userLocale: 'en-GB' });
    const help = getHelp();

    expect(help.lang).toBe('en');
    expect(help.groups.find((group) => group.title === 'Settings & help')?.items).toContain(
      'Set up sheets',
    );
    expect(JSON.parse(JSON.stringify(help))).toEqual(help);
  });

  it('shows how to call each custom function with its parameters', () => {
    const view = helpView('en', [
      {
        name: 'MARGIN',
        summary: 'The margin of a price.',
        params: [
          { name: 'price', description: 'Shelf price.' },
          { name: 'cost', description: 'Cost.' },
        ],
        returns: 'A share.',
      },
    ]);
    expect(view.functions).toEqual([
      { name: 'MARGIN', usage: '=MARGIN(price, cost)', summary: 'The margin of a price.' },
    ]);
    expect(helpView('en', []).functionsNote).toBe('This version has no custom functions.');
    fake = installGas();
  });
});
