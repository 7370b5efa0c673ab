import type { Site } from '../contract/sheets';

/** What Amazon calls one of the seller's sites, and the product type schema it is checked by. */
export interface Marketplace {
  site: Site;
  domain: string;
  /** Amazon's marketplace id, as in `marketplace_id` and in template column keys. */
  marketplaceId: string;
  /** The language of the site's listing text, as in `language_tag`. */
  languageTag: string;
  /** The language LanguageApp and other translators name: `de`. */
  language: 'en' | 'de' | 'fr' | 'it' | 'es';
  currency: 'GBP' | 'EUR';
  /**
   * The marketplace whose compiled product type schema checks this site's listings. The
   * add-on carries the UK, German and French schemas; Italy and Spain use the French one, the
   * closest euro-zone schema, with their own marketplace id and language tag.
   */
  schemaMarketplace: 'GB' | 'DE' | 'FR';
}

/** The five sites, from Amazon's marketplace id table. */
export const MARKETPLACES: Readonly<Record<Site, Marketplace>> = {
  UK: {
    site: 'UK',
    domain: 'amazon.co.uk',
    marketplaceId: 'A1F83G8C2ARO7P',
    languageTag: 'en_GB',
    language: 'en',
    currency: 'GBP',
    schemaMarketplace: 'GB',
  },
  DE: {
    site: 'DE',
    domain: 'amazon.de',
    marketplaceId: 'A1PA6795UKMFR9',
    languageTag: 'de_DE',
    language: 'de',
    currency: 'EUR',
    schemaMarketplace: 'DE',
  },
  FR: {
    site: 'FR',
    domain: 'amazon.fr',
    marketplaceId: 'A13V1IB3VIYZZH',
    languageTag: 'fr_FR',
    language: 'fr',
    currency: 'EUR',
    schemaMarketplace: 'FR',
  },
  IT: {
    site: 'IT',
    domain: 'amazon.it',
    marketplaceId: 'APJ6JRA9NG5V4',
    languageTag: 'it_IT',
    language: 'it',
    currency: 'EUR',
    schemaMarketplace: 'FR',
  },
  ES: {
    site: 'ES',
    domain: 'amazon.es',
    marketplaceId: 'A1RKKUPIHCS9HS',
    languageTag: 'es_ES',
    language: 'es',
    currency: 'EUR',
    schemaMarketplace: 'FR',
  },
};

/** The site of a marketplace id (`A1PA6795UKMFR9` → DE), or of `amzn1.mp.o.<id>`. */
export function siteOfMarketplaceId(id: string): Site | null {
  const bare = id.trim().replace(/^amzn1\.mp\.o\./, '');
  const found = Object.values(MARKETPLACES).find((market) => market.marketplaceId === bare);
  return found ? found.site : null;
}

/**
 * The full-update record action as Seller Central's product spreadsheets spell it in each
 * header language. Where a language's label is not known the cell stays blank, which the
 * templates read as their default: create or replace.
 */
export const FULL_UPDATE_ACTION: Readonly<Record<string, string>> = {
  en: 'Create or Replace (Full Update)',
  de: 'Erstellen oder Ersetzen (Vollständige Aktualisierung)',
  it: 'Crea o sostituisci (aggiornamento completo)',
};
