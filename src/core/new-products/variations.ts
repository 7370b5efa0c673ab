import type { Finding, Severity } from '../findings';
import { t } from '../i18n';
import type { Localized } from '../i18n';
import { cellFinding } from '../reader';
import type { NewProductEntry, NewProductSheet } from './sheet';

/** The attributes a variation theme makes the children differ by. */
export type VariationAttribute = 'color' | 'size';

/** Statuses after the director's approval: the row may go to Amazon. */
const APPROVED_STATUSES: ReadonlySet<string> = new Set(['Approved', 'Uploaded']);

const ATTRIBUTE_NAMES: Record<VariationAttribute, Localized> = {
  color: t('颜色', 'colour'),
  size: t('尺寸', 'size'),
};

/**
 * The attributes of a variation theme, in any of the spellings Amazon's templates use:
 * Color, Size, SizeColor, color-size, SIZE_NAME/COLOR_NAME. Null for a theme the add-on does
 * not know.
 */
export function themeAttributes(theme: string): VariationAttribute[] | null {
  const words = theme.toLowerCase().match(/colou?r|size/g) ?? [];
  const rest = theme.toLowerCase().replace(/colou?r|size|name|[\s_/\-|&+]/g, '');
  if (words.length === 0 || rest !== '') return null;
  const attributes = words.map((word): VariationAttribute => (word === 'size' ? 'size' : 'color'));
  return [...new Set(attributes)];
}

/**
 * Variation families: a child names a parent that is a row of this sheet and not itself; the
 * parent has a variation theme the add-on knows; every child has the attributes of that theme
 * (Color → colour, Size → size, SizeColor → both); and a child is not approved while its
 * parent is not (R3.5: nothing goes to Amazon unreviewed, and a child cannot go without its
 * parent).
 */
export function checkVariations(sheet: NewProductSheet): Finding[] {
  const findings: Finding[] = [];
  const at = (
    row: NewProductEntry,
    column: string,
    rule: string,
    severity: Severity,
    problem: Localized,
  ): void => {
    findings.push(cellFinding(sheet.layout, row.rowNumber, column, rule, severity, problem));
  };

  for (const [parentSku, children] of sheet.childrenOf) {
    const parent = sheet.bySku.get(parentSku);
    if (!parent) {
      for (const child of children) {
        at(
          child,
          'parentSku',
          'AMZ.variation.parent',
          'error',
          t(
            `父SKU“${parentSku}”不在本表中`,
            `the parent SKU "${parentSku}" is not a row of this sheet`,
          ),
        );
      }
      continue;
    }

    const theme = parent.variationTheme;
    const attributes = theme ? themeAttributes(theme) : null;
    if (!parent.variationTheme) {
      at(
        parent,
        'variationTheme',
        'AMZ.variation.theme',
        'error',
        t(
          '父体没有变体主题（如 Color、Size、SizeColor）',
          'the parent has no variation theme (e.g. Color, Size, SizeColor)',
        ),
      );
    } else if (!attributes) {
      at(
        parent,
        'variationTheme',
        'AMZ.variation.theme',
        'warning',
        t(
          `不认识的变体主题“${theme}”，无法检查子体属性（可用 Color、Size、SizeColor）`,
          `"${theme}" is not a theme the add-on knows, so the children's attributes ` +
            'are not checked (Color, Size, SizeColor are)',
        ),
      );
    }

    for (const child of children) {
      if (child === parent) {
        at(
          child,
          'parentSku',
          'AMZ.variation.parent',
          'error',
          t('父SKU不能是自己', 'a row cannot be its own parent'),
        );
        continue;
      }
      for (const attribute of attributes ?? []) {
        if (child[attribute]) continue;
        const name = ATTRIBUTE_NAMES[attribute];
        at(
          child,
          attribute,
          'AMZ.variation.attributes',
          'error',
          t(
            `变体主题“${parent.variationTheme}”要求每个子体填写${name.zh}`,
            `the variation theme "${parent.variationTheme}" needs each child's ${name.en}`,
          ),
        );
      }
      if (
        child.status &&
        APPROVED_STATUSES.has(child.status) &&
        !APPROVED_STATUSES.has(parent.status ?? '')
      ) {
        at(
          child,
          'status',
          'R3.5',
          'error',
          t(
            `子体已通过审核，但父体“${parentSku}”（第${parent.rowNumber}行）没有`,
            `the child is approved but its parent "${parentSku}" (row ${parent.rowNumber}) is not`,
          ),
        );
      }
    }
  }
  return findings;
}
