import type { FakeCloud } from './cloud';
import { GasObject, fakeOf } from './counting';
import type { Implements } from './counting';
import { DataValidationCriteria } from './enums';
import type { CellValue } from './cell-values';
import { FakeRange } from './range';

type Criteria = keyof typeof DataValidationCriteria;

/** One rule's settings, shared by the builder and the rule it builds. */
interface RuleSettings {
  criteria: Criteria | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

type ValidationMethods =
  'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText';

/** A data-validation rule (`DataValidation`), as `build()` makes it. */
export class FakeDataValidation
  extends GasObject
  implements Implements<GoogleAppsScript.Spreadsheet.DataValidation, ValidationMethods>
{
  readonly gasType = 'DataValidation';

  constructor(
    cloud: FakeCloud,
    readonly settings: Readonly<RuleSettings>,
  ) {
    super(cloud);
  }

  /** A builder holding this rule's settings. */
  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.cloud, {
      ...this.settings,
      values: [...this.settings.values],
    });
  }

  /** Whether invalid input is only warned about (true, the default) or rejected. */
  getAllowInvalid(): boolean {
    return this.settings.allowInvalid;
  }

  /** The criteria type, a `SpreadsheetApp.DataValidationCriteria` member. */
  getCriteriaType(): Criteria | null {
    return this.settings.criteria;
  }

  /** The criteria's arguments, e.g. `[list, showDropdown]` for a list. */
  getCriteriaValues(): unknown[] {
    return this.settings.values.map((value) => (Array.isArray(value) ? [...value] : value));
  }

  /** The help text, or null when none was set. */
  getHelpText(): string | null {
    return this.settings.helpText;
  }

  /** Whether Sheets would accept `value` in a cell ruled by this (ignoring allowInvalid). */
  accepts(value: CellValue): boolean {
    if (value === '') return true;
    const [first, second] = this.settings.values;
    const text = value instanceof Date ? value.toISOString() : String(value);

    switch (this.settings.criteria) {
      case 'VALUE_IN_LIST':
        return (first as unknown[]).some((item) => String(item) === text);
      case 'VALUE_IN_RANGE':
        return (first as FakeRange)
          .readValues()
          .some((row) => row.some((item) => item !== '' && String(item) === text));
      case 'CHECKBOX':
        if (first === undefined) return typeof value === 'boolean';
        return text === String(first) || (second !== undefined && text === String(second));
      case 'NUMBER_BETWEEN':
        return typeof value === 'number' && value >= Number(first) && value <= Number(second);
      case 'NUMBER_GREATER_THAN':
        return typeof value === 'number' && value > Number(first);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return typeof value === 'number' && value >= Number(first);
      case 'TEXT_IS_VALID_EMAIL':
        return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
      case 'TEXT_IS_VALID_URL':
        return /^https?:\/\/\S+$/.test(text);
      case 'DATE_IS_VALID_DATE':
        return value instanceof Date;
      default:
        return true;
    }
  }

  /** A plain description for test snapshots. */
  snapshot(): ValidationSnapshot {
    const values = this.settings.values.map((value) =>
      value instanceof FakeRange ? value.getA1Notation() : value,
    );
    return {
      criteria: this.settings.criteria ?? '',
      values,
      allowInvalid: this.settings.allowInvalid,
      helpText: this.settings.helpText,
    };
  }
}

/** A validation rule as `fake.validations(tab)` describes it. */
export interface ValidationSnapshot {
  criteria: string;
  /** The criteria's arguments; a range argument appears as its A1 notation. */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

type BuilderMethods =
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'requireNumberBetween'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireTextIsEmail'
  | 'requireTextIsUrl'
  | 'requireDate'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria';

/** `SpreadsheetApp.newDataValidation()`: a builder of validation rules. */
export class FakeDataValidationBuilder
  extends GasObject
  implements Implements<GoogleAppsScript.Spreadsheet.DataValidationBuilder, BuilderMethods>
{
  readonly gasType = 'DataValidationBuilder';
  private readonly settings: RuleSettings;

  constructor(cloud: FakeCloud, settings?: RuleSettings) {
    super(cloud);
    this.settings = settings ?? { criteria: null, values: [], allowInvalid: true, helpText: null };
  }

  private rule(criteria: Criteria, values: unknown[]): this {
    this.settings.criteria = criteria;
    this.settings.values = values;
    return this;
  }

  /** The rule; a builder without criteria cannot build one. */
  build(): FakeDataValidation {
    if (!this.settings.criteria) throw new Error('You must specify a criteria type.');
    return new FakeDataValidation(this.cloud, {
      ...this.settings,
      values: [...this.settings.values],
    });
  }

  /** A second builder with the same settings. */
  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.cloud, {
      ...this.settings,
      values: [...this.settings.values],
    });
  }

  /** Whether invalid input is only warned about (the default) or rejected. */
  getAllowInvalid(): boolean {
    return this.settings.allowInvalid;
  }

  /** The criteria type set so far, or null. */
  getCriteriaType(): Criteria | null {
    return this.settings.criteria;
  }

  /** The criteria's arguments. */
  getCriteriaValues(): unknown[] {
    return [...this.settings.values];
  }

  /** The help text, or null. */
  getHelpText(): string | null {
    return this.settings.helpText;
  }

  /** A checkbox: TRUE/FALSE, or the given checked (and unchecked) values. */
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = [checkedValue, uncheckedValue].filter((value) => value !== undefined);
    return this.rule('CHECKBOX', values);
  }

  /** One of the listed values; the dropdown shows unless showDropdown is false. */
  requireValueInList(values: string[], showDropdown = true): this {
    return this.rule('VALUE_IN_LIST', [[...values], showDropdown]);
  }

  /** One of the values found in a range. */
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true): this {
    return this.rule('VALUE_IN_RANGE', [fakeOf(range, FakeRange, 'range'), showDropdown]);
  }

  /** A number between two numbers, both included. */
  requireNumberBetween(start: number, end: number): this {
    return this.rule('NUMBER_BETWEEN', [start, end]);
  }

  /** A number greater than a number. */
  requireNumberGreaterThan(number: number): this {
    return this.rule('NUMBER_GREATER_THAN', [number]);
  }

  /** A number greater than or equal to a number. */
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.rule('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  /** An email address. */
  requireTextIsEmail(): this {
    return this.rule('TEXT_IS_VALID_EMAIL', []);
  }

  /** A URL. */
  requireTextIsUrl(): this {
    return this.rule('TEXT_IS_VALID_URL', []);
  }

  /** A date. */
  requireDate(): this {
    return this.rule('DATE_IS_VALID_DATE', []);
  }

  /** false rejects invalid input, true (the default) only warns. */
  setAllowInvalid(allowInvalidData: boolean): this {
    this.settings.allowInvalid = allowInvalidData;
    return this;
  }

  /** The text shown when the user hovers the cell. */
  setHelpText(helpText: string): this {
    this.settings.helpText = helpText;
    return this;
  }

  /** Any criteria type with its arguments. */
  withCriteria(
    criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria,
    args: unknown[],
  ): this {
    return this.rule(String(criteria) as Criteria, [...args]);
  }
}
