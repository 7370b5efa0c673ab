import type { Cell } from '../../src/core/cells';
import { RoleError } from '../../src/core/roles';
import { load } from '../../src/workflows/load';
import { planTranslations, runTranslations } from '../../src/workflows/translate';
import type { Translator } from '../../src/workflows/translate';
import {
  bags,
  contractTab,
  DE_OWNER,
  lamp,
  tabs,
  translation,
  UPLOADER,
} from '../core/amazon/fixtures';
import type { Row, Sheets } from '../core/amazon/fixtures';
import { MemoryWorkbook } from '../support/memory-workbook';

interface Call {
  texts: string[];
  from: string;
  to: string;
}

/** A translator that tags each text with its language, as a stand-in for LanguageApp. */
function tagging(calls: Call[], rewrite: (text: string) => string = (text) => text): Translator {
  return (texts, from, to) => {
    calls.push({ texts, from, to });
    return texts.map((text) => `[${to}] ${rewrite(text)}`);
  };
}

function book(sheets: Sheets, glossary: Row[] = []): MemoryWorkbook {
  return new MemoryWorkbook({ ...tabs(sheets), Glossary: contractTab('glossary', glossary) });
}

function loadAll(workbook: MemoryWorkbook) {
  return load(workbook, ['newProducts', 'translations', 'glossary']);
}

/** The Translations sheet as records keyed by header. */
function translationRecords(workbook: MemoryWorkbook): Record<string, Cell>[] {
  const [header, ...rows] = workbook.values('Translations');
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [String(name), row[i]])));
}

describe('machine drafts of translations', () => {
  it('drafts every missing site of every approved product, marked Machine draft', () => {
    const calls: Call[] = [];
    const workbook = book({
      products: [lamp(), lamp({ sku: 'DRAFT-LAMP', status: 'Draft' })],
      translations: [translation('LUMO-LAMP', 'DE')],
    });
    const plan = planTranslations(loadAll(workbook), tagging(calls));
    workbook.apply(plan.edits);

    expect(plan.drafts).toEqual([
      { sku: 'LUMO-LAMP', site: 'FR' },
      { sku: 'LUMO-LAMP', site: 'IT' },
      { sku: 'LUMO-LAMP', site: 'ES' },
    ]);
    const added = translationRecords(workbook).slice(1);
    expect(added.map((row) => [row.SKU, row.Site, row.Status])).toEqual([
      ['LUMO-LAMP', 'FR', 'Machine draft'],
      ['LUMO-LAMP', 'IT', 'Machine draft'],
      ['LUMO-LAMP', 'ES', 'Machine draft'],
    ]);
    expect(added[0].Title).toBe('[fr] Lumo LD-3 LED Desk Lamp, Dimmable, Aluminium, White');
    expect(added[0]['Bullet point 2']).toBe('[fr] Foldable aluminium arm.');
    expect(added[0].Description).toBe('[fr] Parameters: 10 W, 5 V.\nFeatures: touch dimming.');
    expect(added[0].Price).toBe('');
    expect(calls.map((call) => [call.from, call.to])).toEqual([
      ['en', 'fr'],
      ['en', 'it'],
      ['en', 'es'],
    ]);
  });

  it('never overwrites a reviewed translation or an existing draft', () => {
    const reviewed = translation('LUMO-LAMP', 'DE', { title: 'Von Hand geprüft' });
    const draft = translation('LUMO-LAMP', 'FR', { title: 'Brouillon', status: 'Machine draft' });
    const workbook = book({ products: [lamp()], translations: [reviewed, draft] });
    const before = workbook.values('Translations');

    const plan = planTranslations(loadAll(workbook), tagging([]));
    workbook.apply(plan.edits);

    const after = workbook.values('Translations');
    expect(after.slice(0, 3)).toEqual(before);
    expect(plan.drafts.map((entry) => entry.site)).toEqual(['IT', 'ES']);
    const again = planTranslations(loadAll(workbook), tagging([]));
    expect(again.drafts).toEqual([]);
    expect(again.edits).toEqual([]);
  });

  it('keeps brand, model and kept terms as written and puts in the glossary’s fixed terms', () => {
    // A translator that would translate everything it sees, names and all.
    const eager = (text: string): string =>
      text
        .replace(/Lumo/g, 'Lumière')
        .replace(/LD-3/g, 'LD 3')
        .replace(/Desk Lamp/gi, 'Tischleuchte')
        .replace(/Dimmable/g, 'Dimmbar');
    const calls: Call[] = [];
    const workbook = book({ products: [lamp()] }, [
      { site: 'DE', term: 'LED desk lamp', translation: 'LED-Schreibtischlampe', keep: 'N' },
      { site: '', term: 'Dimmable', translation: '', keep: 'Y' },
    ]);
    const plan = planTranslations(loadAll(workbook), tagging(calls, eager), {
      sites: ['DE', 'FR'],
    });
    workbook.apply(plan.edits);

    const [german, french] = translationRecords(workbook);
    expect(german.Title).toBe('[de] Lumo LD-3 LED-Schreibtischlampe, Dimmable, Aluminium, White');
    // The German fixed term is the German site's: French gets the machine's own words.
    expect(french.Title).toBe('[fr] Lumo LD-3 LED Tischleuchte, Dimmable, Aluminium, White');
    expect(calls[0].texts[0]).not.toContain('Lumo');
    expect(plan.findings).toEqual([]);
  });

  it('asks the translator once per language, whatever the number of products', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      lamp({ sku: `LAMP-${i}`, title: `Lumo Lamp ${i}` }),
    );
    const calls: Call[] = [];
    const plan = planTranslations(
      loadAll(book({ products: [...many, ...bags()] })),
      tagging(calls),
    );

    expect(calls).toHaveLength(4);
    expect(plan.calls).toBe(4);
    expect(plan.drafts).toHaveLength(33 * 4);
    // Texts shared by many products (the same bullets) are sent once.
    expect(calls[0].texts.filter((text) => text === 'Foldable aluminium arm.')).toHaveLength(1);
    expect(calls[0].texts.some((text) => text.includes('Lamp 29'))).toBe(true);
  });

  it('writes no draft for a language whose translation came back incomplete', () => {
    const broken: Translator = (texts, _from, to) =>
      to === 'it' ? texts.slice(1) : texts.map((text) => `[${to}] ${text}`);
    const plan = planTranslations(loadAll(book({ products: [lamp()] })), broken);
    expect(plan.drafts.map((entry) => entry.site)).toEqual(['DE', 'FR', 'ES']);
    expect(plan.findings).toContainEqual(
      expect.objectContaining({ rule: 'R4.6', severity: 'error' }),
    );
  });

  it('warns when the machine lost a protected term', () => {
    const dropping: Translator = (texts, _from, to) => texts.map(() => `[${to}] Lampe`);
    const plan = planTranslations(loadAll(book({ products: [lamp()] })), dropping, {
      sites: ['DE'],
    });
    expect(plan.findings).toContainEqual(
      expect.objectContaining({ rule: 'R4.6', severity: 'warning', column: 'title' }),
    );
  });

  it('creates the Translations sheet when the workbook has none', () => {
    const all = tabs({ products: [lamp()] });
    delete all.Translations;
    const workbook = new MemoryWorkbook(all);
    const plan = planTranslations(loadAll(workbook), tagging([]), { sites: ['ES'] });
    workbook.apply(plan.edits);
    const [header, row] = workbook.values('Translations');
    expect(header.slice(0, 3)).toEqual(['SKU', 'Site', 'Title']);
    expect(row.slice(0, 2)).toEqual(['LUMO-LAMP', 'ES']);
  });

  it('lets a site owner draft only their own site, and nobody without a role', () => {
    const workbook = book({ products: [lamp()] });
    const mine = runTranslations(workbook, tagging([]), { user: DE_OWNER });
    expect(mine.drafts.map((entry) => entry.site)).toEqual(['DE']);
    expect(() => runTranslations(workbook, tagging([]), { user: DE_OWNER, sites: ['FR'] })).toThrow(
      RoleError,
    );
    expect(() => runTranslations(workbook, tagging([]), { user: '' })).toThrow(RoleError);
    const all = runTranslations(workbook, tagging([]), { user: UPLOADER });
    expect(all.drafts.map((entry) => entry.site)).toEqual(['FR', 'IT', 'ES']);
  });
});
