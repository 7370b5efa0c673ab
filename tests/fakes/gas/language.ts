import type { FakeCloud } from './cloud';
import { GasObject } from './counting';
import type { Implements } from './counting';

/** One `LanguageApp.translate` call, as `fake.translations` lists it. */
export interface TranslationCall {
  text: string;
  source: string;
  target: string;
  advanced: Record<string, unknown> | null;
}

/**
 * The `LanguageApp` global. Translation is deterministic: 'Hello' to German is '[de] Hello'
 * (empty text stays empty), and every call is recorded so tests can count and check batching.
 */
export class FakeLanguageApp
  extends GasObject
  implements Implements<GoogleAppsScript.Language.LanguageApp, 'translate'>
{
  readonly gasType = 'LanguageApp';

  constructor(
    cloud: FakeCloud,
    readonly calls: TranslationCall[],
  ) {
    super(cloud);
  }

  /** Translates text from a language ('' to detect it) into another. */
  translate(
    text: string,
    sourceLanguage: string,
    targetLanguage: string,
    advancedArgs?: Record<string, unknown>,
  ): string {
    if (typeof targetLanguage !== 'string' || targetLanguage.trim() === '') {
      throw new Error('Invalid argument: targetLanguage');
    }
    this.calls.push({
      text: String(text),
      source: sourceLanguage,
      target: targetLanguage,
      advanced: advancedArgs ? { ...advancedArgs } : null,
    });
    return String(text) === '' ? '' : `[${targetLanguage}] ${text}`;
  }
}
