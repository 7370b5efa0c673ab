import type { Lang, Localized } from '../core/i18n';
import { load } from '../workflows/load';
import type { Workbook } from '../workbook/port';
import { userLang } from './locale';
import { runMenuAction } from './menu-action';

/**
 * The Amazon seller id (merchant token) lives in the document properties, shared by everyone
 * who uses the add-on in this spreadsheet but never shown in a cell, a download or a log.
 */
export const SELLER_ID_PROPERTY = 'amazon.sellerId';

/** Amazon's merchant tokens: capital letters and digits, such as A1B2C3D4E5F6G7. */
const SELLER_ID = /^[A-Z0-9]{8,20}$/;

const TITLE: Localized = { zh: '设置亚马逊卖家编号', en: 'Set Amazon seller id' };

const TEXT = {
  zh: {
    ask: '输入亚马逊卖家编号（Merchant Token，如 A1B2C3D4E5F6G7）。它保存在文档属性中，不写入任何单元格；留空则删除。',
    notId: (typed: number) =>
      `这不是卖家编号：应为 8 到 20 位大写字母和数字（输入了 ${typed} 个字符）。未做任何更改。`,
    saved: (masked: string) => `已保存卖家编号 ${masked}，导出亚马逊文件时使用。`,
    cleared: '已删除卖家编号：导出时将改用“设置”表中的 sellerId（若有）。',
    moved: '“设置”表中的 sellerId 已清空：编号不再出现在单元格中。',
  },
  en: {
    ask:
      'Enter the Amazon seller id (merchant token, such as A1B2C3D4E5F6G7). It is kept in the ' +
      "document's properties, never in a cell; leave it empty to remove it.",
    notId: (typed: number) =>
      'That is not a seller id: it should be 8 to 20 capital letters and digits (you typed ' +
      `${typed} characters). Nothing was changed.`,
    saved: (masked: string) => `Saved the seller id ${masked}; Amazon exports use it.`,
    cleared: 'Removed the seller id: exports fall back to sellerId in Settings, if any.',
    moved: 'The sellerId in Settings was emptied, so the id is no longer in any cell.',
  },
};

/** A seller id as a person may see it: enough to recognise, too little to copy. */
export function maskedSellerId(id: string): string {
  return id.length <= 4 ? '…' : `${id.slice(0, 2)}…${id.slice(-2)}`;
}

/**
 * The seller id for Amazon exports in Sheets: the document property first; null when none is
 * set, for the export to fall back to Settings (as the CLI, which has no properties, does).
 */
export function amazonSellerId(): string | null {
  const id = PropertiesService.getDocumentProperties().getProperty(SELLER_ID_PROPERTY);
  return id && id.trim() !== '' ? id.trim() : null;
}

/** Empties a sellerId value in Settings, so the id stays out of cells; true when it did. */
function emptySettingsSellerId(workbook: Workbook): boolean {
  const loaded = load(workbook, []);
  const read = loaded.reads.settings;
  const tab = loaded.tabs.settings;
  const valueAt = read?.layout.index.value;
  const row = read?.rows.find((entry) => entry.key?.trim() === 'sellerId');
  if (!tab || valueAt === undefined || !row || (row.value ?? '').trim() === '') return false;
  workbook.apply([{ tab, blocks: [{ row: row.rowNumber, column: valueAt + 1, values: [['']] }] }]);
  return true;
}

function ask(lang: Lang): string | null {
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(TITLE[lang], TEXT[lang].ask, ui.ButtonSet.OK_CANCEL);
  if (response.getSelectedButton() !== ui.Button.OK) return null;
  return response.getResponseText();
}

/**
 * Menu "Set Amazon seller id" (directors): stores the merchant token in the document
 * properties, or removes it when left empty, and empties sellerId in Settings so the id is in
 * no cell. The id never reaches a log or the Audit log; the person sees it masked.
 */
export function setAmazonSellerId(): void {
  const lang = userLang();
  const typed = ask(lang);
  if (typed === null) return;
  const id = typed.trim().toUpperCase();
  if (id !== '' && !SELLER_ID.test(id)) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(TITLE[lang], TEXT[lang].notId(typed.trim().length), ui.ButtonSet.OK);
    return;
  }

  runMenuAction(
    'seller-id',
    TITLE,
    ({ workbook }) => {
      const properties = PropertiesService.getDocumentProperties();
      if (id === '') properties.deleteProperty(SELLER_ID_PROPERTY);
      else properties.setProperty(SELLER_ID_PROPERTY, id);
      const moved = emptySettingsSellerId(workbook);
      const said = id === '' ? TEXT[lang].cleared : TEXT[lang].saved(maskedSellerId(id));
      return {
        message: moved ? `${said}\n${TEXT[lang].moved}` : said,
        counts: `${id === '' ? 'removed' : 'stored'}, ${moved ? 1 : 0} Settings cells emptied`,
      };
    },
    { roles: ['director'] },
  );
}
