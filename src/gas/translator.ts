import type { Translator } from '../workflows/translate';

/**
 * Characters sent in one LanguageApp call. Each call is a round trip and counts against the
 * daily quota, so texts travel together; Google does not publish a length limit, and calls of
 * a few thousand characters are known to work.
 */
export const CHARACTERS_PER_CALL = 4_500;

/** Between two texts of a batch: a line of its own that machine translation leaves alone. */
const SEPARATOR = '\n⁂\n';
const SEPARATOR_PATTERN = /\s*⁂\s*/;

/** Sends one batch; when the translation does not split back into as many texts, halves it. */
function translateBatch(texts: string[], from: string, to: string): string[] {
  if (texts.length === 1) return [LanguageApp.translate(texts[0], from, to)];
  const parts = LanguageApp.translate(texts.join(SEPARATOR), from, to).split(SEPARATOR_PATTERN);
  if (parts.length === texts.length) return parts;

  // The translation merged or split a text at the separator: smaller batches, down to one.
  const middle = Math.ceil(texts.length / 2);
  return [
    ...translateBatch(texts.slice(0, middle), from, to),
    ...translateBatch(texts.slice(middle), from, to),
  ];
}

/**
 * The Translator of the Apps Script host: many texts per LanguageApp.translate call, joined by
 * a separator line and split on it again, each call within `charactersPerCall` (a longer text
 * goes alone). Empty texts are not sent. One result per text, in order.
 */
export function languageAppTranslator(charactersPerCall = CHARACTERS_PER_CALL): Translator {
  return (texts, from, to) => {
    const results = new Array<string>(texts.length).fill('');
    let batch: number[] = [];
    let length = 0;
    const send = () => {
      if (batch.length === 0) return;
      const translated = translateBatch(
        batch.map((i) => texts[i]),
        from,
        to,
      );
      batch.forEach((at, i) => (results[at] = translated[i]));
      batch = [];
      length = 0;
    };

    texts.forEach((text, i) => {
      if (text.trim() === '') return;
      const added = text.length + (batch.length > 0 ? SEPARATOR.length : 0);
      if (batch.length > 0 && length + added > charactersPerCall) send();
      length += text.length + (batch.length > 0 ? SEPARATOR.length : 0);
      batch.push(i);
    });
    send();
    return results;
  };
}
