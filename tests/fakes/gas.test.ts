import { installGas } from './gas';
import type { FakeGas, GasOptions } from './gas';

let gas: FakeGas;

function install(options: GasOptions = {}): FakeGas {
  gas = installGas(options);
  return gas;
}

afterEach(() => gas?.uninstall());

describe('installing', () => {
  it('puts the Apps Script globals on globalThis and takes them away again', () => {
    install();
    expect(typeof SpreadsheetApp.getActive).toBe('function');
    expect(Charts.ChartType.COLUMN).toBeDefined();

    gas.uninstall();

    expect('SpreadsheetApp' in globalThis).toBe(false);
    expect('DriveApp' in globalThis).toBe(false);
  });

  it('starts with the given tabs, time zone and locale', () => {
    install({
      sheets: { 上新表: [['SKU']], 费用: [] },
      timeZone: 'Europe/Berlin',
      locale: 'de_DE',
    });
    const spreadsheet = SpreadsheetApp.getActive();

    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['上新表', '费用']);
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe('Europe/Berlin');
    expect(spreadsheet.getSpreadsheetLocale()).toBe('de_DE');
    expect(Session.getActiveUser().getEmail()).toBe('researcher@example.com');
  });

  it('gives a new spreadsheet one tab named as Sheets names it in Chinese', () => {
    install();

    expect(gas.sheetNames).toEqual(['工作表1']);
  });
});

describe('writing values', () => {
  it('turns a string starting with = into a formula that reads back as its value', () => {
    install({ sheets: { 上新表: [] } });
    const range = SpreadsheetApp.getActive().getRange("'上新表'!A1:C1");

    range.setValues([['=SUM(B2:B9)', '=42', '="文本"']]);

    expect(gas.formulas('上新表')).toEqual([['=SUM(B2:B9)', '=42', '="文本"']]);
    expect(range.getValues()).toEqual([['', 42, '文本']]);
  });

  it('stores a string with a leading apostrophe as text, without the apostrophe', () => {
    install({ sheets: { 上新表: [] } });
    const range = SpreadsheetApp.getActive().getRange("'上新表'!A1:B1");

    range.setValues([['\'=HYPERLINK("x")', "'00123"]]);

    expect(range.getValues()).toEqual([['=HYPERLINK("x")', '00123']]);
    expect(gas.formulas('上新表')).toEqual([['', '']]);
  });

  it('parses plain strings as Sheets parses typing, unless the cell is plain text', () => {
    install({ sheets: { 上新表: [] } });
    const sheet = SpreadsheetApp.getActive().getSheetByName('上新表')!;

    sheet.getRange('A1:D1').setValues([['00123', '12%', 'true', '2025-01-02']]);
    sheet.getRange('A2').setNumberFormat('@').setValue('00123');

    const [parsed, kept] = sheet.getRange('A1:D2').getValues();
    expect(parsed.slice(0, 3)).toEqual([123, 0.12, true]);
    expect(parsed[3]).toEqual(new Date('2025-01-02T00:00:00+08:00'));
    expect(kept[0]).toBe('00123');
  });

  it('throws like Sheets when the data does not match the range', () => {
    install();
    const range = SpreadsheetApp.getActiveSheet().getRange(1, 1, 2, 2);

    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. ' +
        'The data has 1 but the range has 2.',
    );
    expect(() => range.setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range.',
    );
  });

  it('reads empty cells as empty strings in a fresh grid padded to the range', () => {
    install({ sheets: { 上新表: [['SKU']] } });
    const range = SpreadsheetApp.getActive().getRange("'上新表'!A1:B2");

    const values = range.getValues();
    values[0][0] = 'changed';

    expect(values).toEqual([
      ['changed', ''],
      ['', ''],
    ]);
    expect(range.getValues()[0][0]).toBe('SKU');
  });

  it('returns copies of stored Dates', () => {
    install();
    const cell = SpreadsheetApp.getActiveSheet().getRange('A1');
    const written = new Date('2025-03-01T10:00:00Z');

    cell.setValue(written);
    (cell.getValue() as Date).setFullYear(1999);

    expect(cell.getValue()).toEqual(written);
    expect(cell.getValue()).not.toBe(written);
  });

  it('shows display values in the spreadsheet time zone and number format', () => {
    install();
    const sheet = SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:C1').setValues([[new Date('2025-01-05T20:00:00Z'), 1234.5, true]]);
    sheet.getRange('B1').setNumberFormat('#,##0.00');

    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([
      ['2025-01-06 4:00:00', '1,234.50', 'TRUE'],
    ]);
  });

  it('refuses a value a rejecting dropdown does not list', () => {
    install();
    const cell = SpreadsheetApp.getActiveSheet().getRange('A1');
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['是', '否'], true)
      .setAllowInvalid(false)
      .build();
    cell.setDataValidation(rule);

    cell.setValue('是');

    expect(() => cell.setValue('也许')).toThrow('violates the data validation rules');
    expect(gas.validations('工作表1')[0][0]).toEqual({
      criteria: 'VALUE_IN_LIST',
      values: [['是', '否'], true],
      allowInvalid: false,
      helpText: null,
    });
  });
});

describe('the shape of a sheet', () => {
  it('gives A1 alone as the data range of an empty sheet', () => {
    install();

    expect(SpreadsheetApp.getActiveSheet().getDataRange().getA1Notation()).toBe('A1');
  });

  it('spans the data range from A1 to the last row and column holding a value', () => {
    install();
    const sheet = SpreadsheetApp.getActiveSheet();
    sheet.getRange('C4').setValue('x');
    sheet.getRange('B7').setNote('a note does not count');

    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getLastColumn()).toBe(3);
  });

  it('refuses a range beyond the sheet until rows are inserted', () => {
    install();
    const sheet = SpreadsheetApp.getActiveSheet();

    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );

    sheet.insertRowsAfter(1000, 5);
    sheet.getRange(1001, 1).setValue('ok');

    expect(sheet.getMaxRows()).toBe(1005);
  });

  it('grows the sheet when appendRow reaches its last row', () => {
    install({ sheets: { 日志: [['first']] } });
    const sheet = SpreadsheetApp.getActive().getSheetByName('日志')!;
    sheet.getRange(1000, 1).setValue('last');

    sheet.appendRow(['appended', 2]);

    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1, 1, 2).getValues()).toEqual([['appended', 2]]);
  });

  it('moves data down when rows are inserted above it', () => {
    install({ sheets: { 上新表: [['SKU'], ['A-1']] } });
    const sheet = SpreadsheetApp.getActive().getSheetByName('上新表')!;

    sheet.insertRowsAfter(1, 2);

    expect(gas.values('上新表')).toEqual([['SKU'], [''], [''], ['A-1']]);
  });

  it('refuses a second tab with the same name', () => {
    install({ sheets: { 上新表: [] } });

    expect(() => SpreadsheetApp.getActive().insertSheet('上新表')).toThrow(
      'A sheet with the name "上新表" already exists. Please enter another name.',
    );
  });
});

describe('charts', () => {
  it('places a built chart on the sheet with its ranges, position and options', () => {
    install({
      sheets: {
        月结: [
          ['月份', '销售额'],
          ['2025-01', 100],
        ],
      },
    });
    const sheet = SpreadsheetApp.getActive().getSheetByName('月结')!;

    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:B2'))
      .setPosition(5, 1, 0, 0)
      .setOption('title', '销售额')
      .build();
    sheet.insertChart(chart);

    expect(sheet.getCharts()).toHaveLength(1);
    expect(gas.charts('月结')).toEqual([
      {
        chartId: 1,
        type: 'COLUMN',
        ranges: ["'月结'!A1:B2"],
        position: { anchorRow: 5, anchorColumn: 1, offsetX: 0, offsetY: 0 },
        options: { title: '销售额' },
      },
    ]);

    sheet.removeChart(sheet.getCharts()[0]);

    expect(gas.charts('月结')).toEqual([]);
  });
});

describe('counting calls', () => {
  it('counts every call by service and method', () => {
    install({ sheets: { 上新表: [['SKU'], ['A-1']] } });

    const sheet = SpreadsheetApp.getActive().getSheetByName('上新表')!;
    sheet.getDataRange().getValues();
    sheet.getDataRange().getValues();

    expect(gas.calls['SpreadsheetApp.getActive']).toBe(1);
    expect(gas.calls['Sheet.getDataRange']).toBe(2);
    expect(gas.calls['Range.getValues']).toBe(2);
  });

  it('tells one whole-sheet read and write from a loop of per-cell calls', () => {
    install({ sheets: { 上新表: [['SKU'], ['A-1'], ['A-2'], ['A-3']] } });
    const sheet = SpreadsheetApp.getActive().getSheetByName('上新表')!;

    const values = sheet.getDataRange().getValues();
    sheet.getRange(1, 2, values.length, 1).setValues(values.map(() => ['ok']));
    const batched = gas.callSummary();
    gas.resetCalls();

    for (let row = 1; row <= 4; row++)
      sheet.getRange(row, 2).setValue(sheet.getRange(row, 1).getValue());
    const looped = gas.callSummary();

    expect(batched).toEqual({ total: 6, reads: 1, writes: 1 });
    expect(looped).toEqual({ total: 16, reads: 4, writes: 4 });
  });

  it('does not count the inspection helpers', () => {
    install({ sheets: { 上新表: [['SKU']] } });

    gas.values('上新表');
    gas.formulas('上新表');

    expect(gas.callSummary().total).toBe(0);
  });
});

describe('authorization modes', () => {
  it('lets onOpen in AuthMode.NONE build the menu and nothing else', () => {
    install({ authMode: 'NONE' });

    SpreadsheetApp.getUi()
      .createAddonMenu()
      .addItem('检查上新表', 'checkListings')
      .addSeparator()
      .addItem('帮助', 'showHelp')
      .addToUi();
    Logger.log('menu built');
    Utilities.formatDate(new Date(0), 'UTC', 'yyyy');

    expect(gas.ui.menus).toEqual([
      {
        title: 'Seller Sheets',
        items: [
          { caption: '检查上新表', functionName: 'checkListings' },
          { separator: true },
          { caption: '帮助', functionName: 'showHelp' },
        ],
      },
    ]);
    expect(() => SpreadsheetApp.getActive()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActive',
    );
    expect(() => PropertiesService.getDocumentProperties()).toThrow('You do not have permission');
    expect(() => Session.getActiveUser()).toThrow('You do not have permission');
    expect(() => SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(''))).toThrow(
      'You do not have permission',
    );
  });

  it('lets a custom function read the spreadsheet but not write to it or send mail', () => {
    install({ sheets: { 上新表: [['SKU']] }, authMode: 'CUSTOM_FUNCTION' });
    const range = SpreadsheetApp.getActive().getRange("'上新表'!A1");

    expect(range.getValue()).toBe('SKU');
    expect(LanguageApp.translate('你好', 'zh', 'de')).toBe('[de] 你好');
    expect(() => range.setValue('x')).toThrow('You do not have permission to call Range.setValue');
    expect(() => MailApp.sendEmail('a@example.com', 's', 'b')).toThrow(
      'You do not have permission',
    );
    expect(() => ScriptApp.newTrigger('f')).toThrow('You do not have permission');
    expect(() => SpreadsheetApp.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  it('hides the active user from a simple trigger outside the owner’s Workspace domain', () => {
    install({ user: 'seller@gmail.com', owner: 'boss@example.com', authMode: 'LIMITED' });

    expect(Session.getActiveUser().getEmail()).toBe('');

    gas.setAuthMode('FULL');

    expect(Session.getActiveUser().getEmail()).toBe('seller@gmail.com');
  });
});

describe('protection', () => {
  function protectHeader(): void {
    const protection = SpreadsheetApp.getActive().getRange("'上新表'!A1:C1").protect();
    protection.setDescription('表头');
    protection.removeEditors(protection.getEditors());
    protection.addEditor(Session.getEffectiveUser());
  }

  it('refuses another user’s write to a protected range', () => {
    install({ sheets: { 上新表: [['SKU', 'Qty', 'Price']] }, user: 'director@example.com' });
    protectHeader();

    const write = (): void => {
      SpreadsheetApp.getActive().getRange("'上新表'!B1").setValue('数量');
    };

    expect(() => gas.runAs('clerk@example.com', write)).toThrow(
      'You are trying to edit a protected cell or object.',
    );
    expect(
      gas.runAs('clerk@example.com', () =>
        SpreadsheetApp.getActive().getProtections(SpreadsheetApp.ProtectionType.RANGE)[0].canEdit(),
      ),
    ).toBe(false);
    write();
    expect(gas.values('上新表')[0][1]).toBe('数量');
  });

  it('restricts no one until the editors of a new protection change, as in Sheets', () => {
    install({ sheets: { 上新表: [['SKU']] } });
    SpreadsheetApp.getActive().getRange("'上新表'!A1").protect();

    gas.runAs('clerk@example.com', () =>
      SpreadsheetApp.getActive().getRange("'上新表'!A1").setValue('ok'),
    );

    expect(gas.values('上新表')).toEqual([['ok']]);
  });

  it('lets warning-only protections through', () => {
    install({ sheets: { 上新表: [['SKU']] } });
    const protection = SpreadsheetApp.getActive().getSheetByName('上新表')!.protect();
    protection.removeEditors(protection.getEditors());
    protection.setWarningOnly(true);

    gas.runAs('clerk@example.com', () =>
      SpreadsheetApp.getActive().getRange("'上新表'!A1").setValue('ok'),
    );

    expect(gas.protections('上新表')).toEqual([
      expect.objectContaining({ type: 'SHEET', range: null, warningOnly: true }),
    ]);
  });
});

describe('locks', () => {
  it('tells a second user to retry while the first holds the document lock', () => {
    install();
    let secondGotIt: boolean | undefined;

    gas.runAs('first@example.com', () => {
      expect(LockService.getDocumentLock().tryLock(1000)).toBe(true);
      secondGotIt = gas.runAs('second@example.com', () =>
        LockService.getDocumentLock().tryLock(5000),
      );
    });

    expect(secondGotIt).toBe(false);
    expect(gas.now()).toEqual(new Date(new Date('2025-01-06T09:00:00+08:00').getTime() + 5000));
    expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  it('times waitLock out when another execution keeps the lock', () => {
    install();
    gas.holdDocumentLock('other@example.com');
    const lock = LockService.getDocumentLock();

    expect(() => lock.waitLock(10000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(lock.hasLock()).toBe(false);

    gas.releaseDocumentLock();
    lock.waitLock(10000);

    expect(lock.hasLock()).toBe(true);
  });

  it('keeps user locks apart per user', () => {
    install();
    LockService.getUserLock().waitLock(100);

    const otherGotTheirs = gas.runAs('other@example.com', () =>
      LockService.getUserLock().tryLock(100),
    );

    expect(otherGotTheirs).toBe(true);
  });
});

describe('triggers', () => {
  it('creates, lists per user and deletes triggers', () => {
    install();
    const spreadsheet = SpreadsheetApp.getActive();
    ScriptApp.newTrigger('nightlyCheck').timeBased().everyDays(1).atHour(3).create();
    gas.runAs('other@example.com', () =>
      ScriptApp.newTrigger('onEditLog').forSpreadsheet(spreadsheet).onEdit().create(),
    );

    const mine = ScriptApp.getUserTriggers(spreadsheet);
    expect(mine.map((trigger) => trigger.getHandlerFunction())).toEqual(['nightlyCheck']);
    expect(mine[0].getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(gas.triggers).toHaveLength(2);

    ScriptApp.deleteTrigger(mine[0]);

    expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
    expect(gas.triggers.map((trigger) => trigger.user)).toEqual(['other@example.com']);
  });

  it('allows an add-on one trigger of each type per user and document', () => {
    install();
    ScriptApp.newTrigger('continueImport')
      .timeBased()
      .after(60 * 1000)
      .create();

    expect(() => ScriptApp.newTrigger('nightlyCheck').timeBased().everyHours(1).create()).toThrow(
      'This add-on has created too many time-based triggers in this document',
    );
  });

  it('refuses an add-on time-driven trigger more often than once an hour', () => {
    install();

    expect(() => ScriptApp.newTrigger('poll').timeBased().everyMinutes(30).create()).toThrow(
      'at most once an hour',
    );
  });

  it('stops a user at 20 triggers', () => {
    install({ addOn: false });
    for (let i = 0; i < 20; i++) {
      ScriptApp.newTrigger(`job${i}`).timeBased().everyMinutes(5).create();
    }

    expect(() => ScriptApp.newTrigger('job20').timeBased().everyHours(1).create()).toThrow(
      'This script has too many triggers.',
    );
    expect(
      gas.runAs('other@example.com', () =>
        ScriptApp.newTrigger('theirs').timeBased().everyHours(1).create().getUniqueId(),
      ),
    ).toBeTruthy();
  });
});

describe('properties', () => {
  it('shares document properties and keeps user properties per user', () => {
    install();
    PropertiesService.getDocumentProperties().setProperty('lastRun', '2025-01-06');
    PropertiesService.getUserProperties().setProperty('lang', 'zh');

    const seenByOther = gas.runAs('other@example.com', () => ({
      lastRun: PropertiesService.getDocumentProperties().getProperty('lastRun'),
      lang: PropertiesService.getUserProperties().getProperty('lang'),
    }));

    expect(seenByOther).toEqual({ lastRun: '2025-01-06', lang: null });
    expect(gas.documentProperties).toEqual({ lastRun: '2025-01-06' });
    expect(gas.userProperties).toEqual({ lang: 'zh' });
  });

  it('refuses a value over 9 KB', () => {
    install();
    const properties = PropertiesService.getDocumentProperties();

    properties.setProperty('fits', 'x'.repeat(9 * 1024));

    expect(() => properties.setProperty('tooBig', 'x'.repeat(9 * 1024 + 1))).toThrow(
      'Argument too large: value',
    );
    expect(properties.getProperty('tooBig')).toBeNull();
  });

  it('refuses to grow a store past 500 KB', () => {
    install();
    const properties = PropertiesService.getScriptProperties();
    const chunk = 'x'.repeat(9000);
    for (let i = 0; i < 56; i++) properties.setProperty(`k${i}`, chunk);

    expect(() => properties.setProperty('one-more', chunk)).toThrow(
      'You have exceeded the property storage quota.',
    );
    expect(properties.getKeys()).toHaveLength(56);
  });
});

describe('Drive', () => {
  it('backs the spreadsheet up with makeCopy into a folder', () => {
    install({ sheets: { 上新表: [['SKU'], ['A-1']] }, spreadsheetName: '店铺' });
    const folder = DriveApp.createFolder('备份');
    const spreadsheet = SpreadsheetApp.getActive();

    const copy = DriveApp.getFileById(spreadsheet.getId()).makeCopy('店铺 备份', folder);
    spreadsheet.getRange("'上新表'!A2").setValue('changed later');

    expect(copy.getMimeType()).toBe('application/vnd.google-apps.spreadsheet');
    expect(folder.getFilesByName('店铺 备份').next().getId()).toBe(copy.getId());
    expect(gas.files.find((file) => file.id === copy.getId())).toEqual(
      expect.objectContaining({
        name: '店铺 备份',
        folder: '备份',
        sheets: { 上新表: [['SKU'], ['A-1']] },
        created: new Date('2025-01-06T09:00:00+08:00'),
      }),
    );
  });

  it('throws for a folder id that does not exist', () => {
    install();

    expect(() => DriveApp.getFolderById('nope')).toThrow(
      'No item with the given ID could be found.',
    );
  });

  it('creates text files from content or a blob', () => {
    install();
    const folder = DriveApp.getRootFolder().createFolder('exports');

    folder.createFile('a.csv', 'SKU,Qty\nA-1,3\n', 'text/csv');
    folder.createFile(Utilities.newBlob('{"ok":true}', 'application/json', 'b.json'));

    const files = folder.getFiles();
    const names: string[] = [];
    while (files.hasNext()) names.push(files.next().getName());
    expect(names).toEqual(['a.csv', 'b.json']);
    expect(gas.files.map((file) => [file.name, file.mimeType, file.content]).slice(1)).toEqual([
      ['a.csv', 'text/csv', 'SKU,Qty\nA-1,3\n'],
      ['b.json', 'application/json', '{"ok":true}'],
    ]);
  });
});

describe('Utilities', () => {
  const instant = new Date('2025-01-05T16:04:05Z');

  it('formats dates with SimpleDateFormat patterns in a time zone', () => {
    install();

    expect(Utilities.formatDate(instant, 'Asia/Shanghai', 'yyyy-MM-dd HH:mm:ss')).toBe(
      '2025-01-06 00:04:05',
    );
    expect(Utilities.formatDate(instant, 'America/Los_Angeles', 'yy/M/d H:mm EEE Z')).toBe(
      '25/1/5 8:04 Sun -0800',
    );
    expect(Utilities.formatDate(instant, 'Asia/Shanghai', "'第'd'天' ''HH''")).toBe("第6天 '00'");
    expect(Utilities.formatDate(instant, 'GMT+05:30', 'HH:mm Z')).toBe('21:34 +0530');
    expect(() => Utilities.formatDate(instant, 'UTC', 'yyyy-qq')).toThrow(
      "Illegal pattern character 'q'",
    );
  });

  it('parses CSV with quoted delimiters, quotes and line breaks', () => {
    install();

    expect(Utilities.parseCsv('SKU,Note\nA-1,"a, ""b""\nc"\n')).toEqual([
      ['SKU', 'Note'],
      ['A-1', 'a, "b"\nc'],
    ]);
    expect(Utilities.parseCsv('a;b', ';')).toEqual([['a', 'b']]);
  });

  it('sleeps on the fake clock and counts UUIDs', () => {
    install();

    Utilities.sleep(1500);

    expect(gas.now().toISOString()).toBe('2025-01-06T01:00:01.500Z');
    expect(Utilities.getUuid()).toBe('00000000-0000-4000-8000-000000000001');
    expect(Utilities.getUuid()).toBe('00000000-0000-4000-8000-000000000002');
  });

  it('encodes blobs and base64 with Java’s signed bytes', () => {
    install();
    const blob = Utilities.newBlob('é', 'text/plain', 'e.txt');

    expect(blob.getBytes()).toEqual([-61, -87]);
    expect(Utilities.base64Encode('é')).toBe('w6k=');
    expect(Utilities.newBlob(Utilities.base64Decode('w6k=')).getDataAsString()).toBe('é');
  });
});

describe('user interface, mail, translation and logs', () => {
  it('records sidebars and answers alerts as queued', () => {
    install();
    const ui = SpreadsheetApp.getUi();
    gas.ui.answerNextAlert('NO');

    ui.showSidebar(HtmlService.createHtmlOutput('<p>hi</p>').setTitle('检查结果'));
    const first = ui.alert('删除?', '删除 3 行?', ui.ButtonSet.YES_NO);
    const second = ui.alert('完成');

    expect(gas.ui.sidebars).toEqual([{ title: '检查结果', html: '<p>hi</p>' }]);
    expect([first, second]).toEqual([ui.Button.NO, ui.Button.OK]);
    expect(gas.ui.alerts.map((alert) => alert.prompt)).toEqual(['删除 3 行?', '完成']);
  });

  it('evaluates template scriptlets', () => {
    install();
    const template = HtmlService.createTemplate(
      '<? for (const s of skus) { ?><li><?= s ?></li><? } ?>',
    );
    Object.assign(template, { skus: ['A-1', '<b>'] });

    expect(template.evaluate().getContent()).toBe('<li>A-1</li><li>&lt;b&gt;</li>');
  });

  it('records mail and spends the daily quota per recipient', () => {
    install({ mailQuota: 3 });

    MailApp.sendEmail({ to: 'a@example.com,b@example.com', subject: '月结', body: '见附件' });

    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    expect(gas.sentMails[0]).toEqual(
      expect.objectContaining({ from: 'researcher@example.com', subject: '月结' }),
    );
    expect(() => MailApp.sendEmail('a@example.com,b@example.com', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
  });

  it('translates deterministically and records each call', () => {
    install();

    const german = LanguageApp.translate('蓝色杯子', 'zh', 'de');

    expect(german).toBe('[de] 蓝色杯子');
    expect(gas.translations).toEqual([
      { text: '蓝色杯子', source: 'zh', target: 'de', advanced: null },
    ]);
  });

  it('collects Logger and console lines', () => {
    install();

    Logger.log('rows: %s', 42);
    console.log('export-amazon: %d rows', 42);

    expect(gas.logs).toEqual(['rows: 42', 'export-amazon: 42 rows']);
  });
});
