import type { Lang } from '../core/i18n';
import { customFunctionDocs } from './function-catalog';
import type { CustomFunctionDoc } from './function-catalog';
import { userLang } from './locale';
import { MENU_GROUPS, MENU_ITEMS } from './menu';

/** Everything the Help sidebar shows, already in the user's language. */
export interface HelpView {
  lang: Lang;
  title: string;
  intro: string;
  firstStep: string;
  menuHeading: string;
  menuWhere: string;
  groups: { title: string; items: string[] }[];
  functionsHeading: string;
  functionsNote: string;
  functions: { name: string; usage: string; summary: string }[];
  close: string;
}

const TEXT = {
  zh: {
    title: 'Seller Sheets 帮助',
    intro:
      'Seller Sheets 把公司的工作表（上新、订单、采购、退款、财务）放在一个表格里，按员工守则检查，' +
      '并生成亚马逊上传文件、采购单和报表。',
    firstStep:
      '第一步：运行「设置与帮助 › 设置工作表」，缺少的工作表和列会自动补上，已有内容不会改动。',
    menuHeading: '菜单',
    menuWhere: '在「扩展程序 › Seller Sheets」中：',
    functionsHeading: '自定义函数',
    functionsNote: '在单元格中输入，如 =名称(A2:A20)；可传入整列，结果向下展开。',
    noFunctions: '此版本没有自定义函数。',
    close: '关闭',
  },
  en: {
    title: 'Seller Sheets help',
    intro:
      "Seller Sheets keeps the company's working sheets (new products, orders, purchases, " +
      "refunds, finance) in one spreadsheet, checks them against the staff handbook's rules " +
      'and turns them into Amazon upload files, purchase lists and reports.',
    firstStep:
      'First step: run "Settings & help › Set up sheets". It adds missing sheets and columns ' +
      'and never changes what is already there.',
    menuHeading: 'Menu',
    menuWhere: 'Under "Extensions › Seller Sheets":',
    functionsHeading: 'Custom functions',
    functionsNote:
      'Type them in a cell, e.g. =NAME(A2:A20); give whole columns, results spill down.',
    noFunctions: 'This version has no custom functions.',
    close: 'Close',
  },
};

/** The Help page's content for a language, from the menu's data and the build's catalog. */
export function helpView(lang: Lang, functions: readonly CustomFunctionDoc[]): HelpView {
  const text = TEXT[lang];
  const groups = MENU_GROUPS.map((group) => ({
    title: group[lang],
    items: MENU_ITEMS.filter((item) => item.group === group.group).map((item) => item[lang]),
  })).filter((group) => group.items.length > 0);
  return {
    lang,
    title: text.title,
    intro: text.intro,
    firstStep: text.firstStep,
    menuHeading: text.menuHeading,
    menuWhere: text.menuWhere,
    groups,
    functionsHeading: text.functionsHeading,
    functionsNote: functions.length > 0 ? text.functionsNote : text.noFunctions,
    functions: functions.map((doc) => ({
      name: doc.name,
      usage: `=${doc.name}(${doc.params.map((param) => param.name).join(', ')})`,
      summary: doc.summary,
    })),
    close: text.close,
  };
}

/** Menu "Help": opens the Help sidebar. */
export function showHelp(): void {
  const title = userLang() === 'zh' ? 'Seller Sheets 帮助' : 'Seller Sheets help';
  const page = HtmlService.createHtmlOutputFromFile('help').setTitle(title);
  SpreadsheetApp.getUi().showSidebar(page);
}

/** Server function of the Help page: its content in the user's language. Takes no argument. */
export function getHelp(): HelpView {
  return helpView(userLang(), customFunctionDocs());
}
