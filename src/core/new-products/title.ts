import type { Finding, Severity } from '../findings';
import { t } from '../i18n';
import type { Localized } from '../i18n';
import { cellFinding } from '../reader';
import { amazonTitle, TITLE_MAX_CHARS } from '../pricing/amazon-title';
import type { TitleParts } from '../pricing/amazon-title';
import { characterCount } from './content';
import { isParentRow } from './sheet';
import type { NewProductEntry, NewProductSheet } from './sheet';

/** Characters Amazon does not allow in a title, whatever their use. */
export const TITLE_FORBIDDEN_CHARACTERS = ['!', '$', '?', '_', '{', '}', '^', '¬', '¦'] as const;

/** How often one word may appear in a title. */
export const TITLE_WORD_REPEATS = 2;

/**
 * Words the repetition rule ignores: the articles, conjunctions and prepositions of the five
 * sites' languages, and the "x" between dimensions.
 */
export const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // English
  ...['a', 'an', 'the', 'and', 'or', 'for', 'with', 'of', 'in', 'on', 'to', 'by', 'at', 'from'],
  // German
  ...['und', 'oder', 'mit', 'für', 'von', 'zu', 'im', 'auf', 'aus', 'der', 'die', 'das', 'den'],
  ...['dem', 'des', 'ein', 'eine', 'einem', 'einer'],
  // French
  ...['de', 'et', 'ou', 'avec', 'pour', 'le', 'la', 'les', 'un', 'une', 'du', 'des', 'en', 'à'],
  ...['au', 'aux', 'sur', 'par'],
  // Italian
  ...['e', 'o', 'con', 'per', 'il', 'lo', 'gli', 'di', 'da', 'del', 'della', 'su', 'una'],
  // Spanish
  ...['y', 'para', 'el', 'los', 'las', 'por'],
  'x',
]);

/** The parts of R4.3b, in the order a title gives them. */
export const TITLE_PARTS = [
  'brand',
  'model',
  'productName',
  'feature',
  'material',
  'color',
  'size',
  'quantity',
] as const;

export type TitlePart = (typeof TITLE_PARTS)[number];

/** The parts a title must contain; missing any other given part only warns. */
const ESSENTIAL_PARTS: readonly TitlePart[] = ['brand', 'productName'];

/** What each part is called in messages. */
const PART_NAMES: Record<TitlePart, Localized> = {
  brand: t('品牌', 'brand'),
  model: t('型号', 'model'),
  productName: t('产品名称', 'product name'),
  feature: t('特点', 'feature'),
  material: t('材质', 'material'),
  color: t('颜色', 'colour'),
  size: t('尺寸', 'size'),
  quantity: t('数量', 'quantity'),
};

function given(text: string | null | undefined): string | null {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * True when a text contains a phrase as whole words, ignoring case and spacing: "M" is in
 * "Shirt, M" but not in "Cm"; a number is found wherever no other digit touches it ("2" in
 * "2pcs", not in "12").
 */
export function containsPhrase(text: string, phrase: string): boolean {
  // A phrase longer than any title cannot be in one whole; past this length a pattern of it
  // would also be too large for the regular-expression engine to compile.
  if (phrase.length > MAX_PHRASE) {
    const flat = (value: string) => value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
    return flat(text).includes(flat(phrase).trim());
  }
  const pattern = phrasePattern(phrase);
  return pattern === null || pattern.test(text.normalize('NFKC'));
}

/** The longest phrase matched as whole words; Amazon's titles stop at 200 characters. */
const MAX_PHRASE = 500;

/** Compiled phrases: a sheet asks for the same colours and sizes row after row. */
const phrasePatterns = new Map<string, RegExp | null>();

function phrasePattern(phrase: string): RegExp | null {
  let pattern = phrasePatterns.get(phrase);
  if (pattern !== undefined) return pattern;
  const wanted = phrase.normalize('NFKC').trim().toLowerCase().split(/\s+/).map(escapeForPattern);
  const numeric = /^\d+([.,]\d+)?$/.test(phrase.trim());
  const edge = numeric ? '\\p{N}' : '[\\p{L}\\p{N}]';
  pattern =
    wanted.length === 0 || wanted[0] === ''
      ? null
      : new RegExp(`(?<!${edge})${wanted.join('\\s+')}(?!${edge})`, 'iu');
  if (phrasePatterns.size > 10_000) phrasePatterns.clear();
  phrasePatterns.set(phrase, pattern);
  return pattern;
}

/** One problem of a title against Amazon's title rules. */
export interface TitleProblem {
  rule: 'AMZ.title.length' | 'AMZ.title.chars' | 'AMZ.title.repeat';
  severity: Severity;
  problem: Localized;
}

/**
 * Amazon's title rules, for a title in any of the sites' languages: at most 200 characters;
 * none of ! $ ? _ { } ^ ¬ ¦ and no tab or line break; no word more than twice, function
 * words and numbers aside.
 */
export function amazonTitleProblems(title: string): TitleProblem[] {
  const problems: TitleProblem[] = [];
  const length = characterCount(title);
  if (length > TITLE_MAX_CHARS) {
    problems.push({
      rule: 'AMZ.title.length',
      severity: 'error',
      problem: t(
        `标题有${length}个字符，超过${TITLE_MAX_CHARS}`,
        `the title has ${length} characters, over ${TITLE_MAX_CHARS}`,
      ),
    });
  }

  const forbidden = TITLE_FORBIDDEN_CHARACTERS.filter((char) => title.includes(char));
  if (forbidden.length > 0) {
    const list = forbidden.join(' ');
    problems.push({
      rule: 'AMZ.title.chars',
      severity: 'error',
      problem: t(`标题不能含有 ${list}`, `the title may not contain ${list}`),
    });
  }
  if (/[\t\r\n]/.test(title)) {
    problems.push({
      rule: 'AMZ.title.chars',
      severity: 'error',
      problem: t('标题中有制表符或换行', 'the title contains a tab or a line break'),
    });
  }

  const counts = new Map<string, number>();
  for (const word of title.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []) {
    if (TITLE_FUNCTION_WORDS.has(word) || !/\p{L}/u.test(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const repeated = [...counts].filter(([, count]) => count > TITLE_WORD_REPEATS);
  if (repeated.length > 0) {
    const list = repeated.map(([word, count]) => `“${word}”×${count}`).join(', ');
    problems.push({
      rule: 'AMZ.title.repeat',
      severity: 'warning',
      problem: t(
        `同一个词最多出现${TITLE_WORD_REPEATS}次：${list}`,
        `a word may appear at most ${TITLE_WORD_REPEATS} times: ${list}`,
      ),
    });
  }
  return problems;
}

/** The parts of a row's title; a parent row's title names no colour or size of one child. */
function titlePartsOf(sheet: NewProductSheet, row: NewProductEntry): TitleParts {
  const parent = isParentRow(sheet, row);
  const part = (id: TitlePart): string =>
    parent && (id === 'color' || id === 'size') ? '' : (row[id] ?? '');
  return {
    brand: part('brand'),
    model: part('model'),
    productName: part('productName'),
    feature: part('feature'),
    material: part('material'),
    color: part('color'),
    size: part('size'),
    quantity: part('quantity'),
  };
}

/** Whether a title needs to show a part: a quantity of one piece goes unsaid. */
function expected(part: TitlePart, value: string): boolean {
  return !(part === 'quantity' && /^0*1$/.test(value));
}

/**
 * The title a row would be listed with: its Title cell, or the one built from its parts;
 * null when there is neither (no product name to build from).
 */
export function effectiveTitle(sheet: NewProductSheet, row: NewProductEntry): string | null {
  const built = amazonTitle(titlePartsOf(sheet, row));
  return given(row.title) ?? (built.ok ? built.value : null);
}

/**
 * R4.3b: the title holds brand, model, product name, feature, material, colour, size and
 * quantity where given; a title without the brand or the product name is an error, one
 * missing another given part a warning. Then Amazon's own title rules, on the Title cell or,
 * when it is empty, on the title the add-on would build.
 */
export function checkTitles(sheet: NewProductSheet): Finding[] {
  const findings: Finding[] = [];
  for (const row of sheet.rows) {
    const at = (column: string, rule: string, severity: Severity, problem: Localized): void => {
      findings.push(cellFinding(sheet.layout, row.rowNumber, column, rule, severity, problem));
    };
    const parts = titlePartsOf(sheet, row);
    const title = given(row.title);

    if (!given(row.brand)) {
      at(
        'brand',
        'R4.3b',
        'error',
        t('品牌为空：标题以品牌开头', 'no brand: a title starts with it'),
      );
    }
    if (title) {
      const missing = TITLE_PARTS.filter((part) => {
        const value = given(parts[part]);
        return value !== null && expected(part, value) && !containsPhrase(title, value);
      });
      const essential = missing.filter((part) => ESSENTIAL_PARTS.includes(part));
      const other = missing.filter((part) => !ESSENTIAL_PARTS.includes(part));
      for (const [list, severity] of [
        [essential, 'error'],
        [other, 'warning'],
      ] as const) {
        if (list.length === 0) continue;
        const zh = list.map((part) => `${PART_NAMES[part].zh}“${parts[part].trim()}”`).join('、');
        const en = list.map((part) => `${PART_NAMES[part].en} "${parts[part].trim()}"`).join(', ');
        at('title', 'R4.3b', severity, t(`标题缺少${zh}`, `the title lacks the ${en}`));
      }
    }

    const listed = effectiveTitle(sheet, row);
    if (listed === null) continue;
    for (const found of amazonTitleProblems(listed)) {
      const problem =
        title === null
          ? t(`按各部分生成的${found.problem.zh}`, `built from its parts, ${found.problem.en}`)
          : found.problem;
      at('title', found.rule, found.severity, problem);
    }
  }
  return findings;
}
