/** The two languages the add-on speaks: the user's locale picks one. */
export type Lang = 'zh' | 'en';

/** A text in both languages; the host picks one at the edge. */
export interface Localized {
  zh: string;
  en: string;
}

/** Picks the language for a locale such as `zh-CN`, `zh_TW`, `en-GB` or an empty string. */
export function langOf(locale: string | null | undefined): Lang {
  return /^zh/i.test(locale ?? '') ? 'zh' : 'en';
}

/** Builds a bilingual text. */
export function t(zh: string, en: string): Localized {
  return { zh, en };
}

/** A text with its `{name}` places filled; a name without a value stays as it is. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
