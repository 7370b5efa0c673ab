import { overlaps } from './a1-notation';
import type { GridRect } from './a1-notation';
import type { FakeCloud } from './cloud';
import { GasObject, fakeOf, unwrap } from './counting';
import type { Implements } from './counting';
import { FakeRange } from './range';
import { FakeUser, domainOf } from './session';
import type { FakeSheet } from './sheet';

/** The message Sheets gives when a script edits a cell the user may not edit. */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner ' +
  'to remove protection if you need to edit.';

type ProtectionMethods =
  | 'addEditor'
  | 'addEditors'
  | 'canDomainEdit'
  | 'canEdit'
  | 'getDescription'
  | 'getEditors'
  | 'getProtectionType'
  | 'getRange'
  | 'getUnprotectedRanges'
  | 'isWarningOnly'
  | 'remove'
  | 'removeEditor'
  | 'removeEditors'
  | 'setDescription'
  | 'setDomainEdit'
  | 'setRange'
  | 'setUnprotectedRanges'
  | 'setWarningOnly';

/** What `fake.protections(tab)` reports of one protection. */
export interface ProtectionSnapshot {
  type: 'RANGE' | 'SHEET';
  /** A1 notation of the protected range; null for a whole sheet. */
  range: string | null;
  description: string;
  editors: string[];
  warningOnly: boolean;
  domainEdit: boolean;
  unprotectedRanges: string[];
}

function emailOf(emailOrUser: unknown): string {
  const user = unwrap(emailOrUser);
  return user instanceof FakeUser ? user.getEmail() : String(user);
}

/**
 * A protected range or sheet (`Protection`). As in Sheets, a new protection mirrors the
 * spreadsheet's editors (so restricts no one) until its editors are first changed; the owner
 * can always edit; warning-only protections never stop a script.
 */
export class FakeProtection
  extends GasObject
  implements Implements<GoogleAppsScript.Spreadsheet.Protection, ProtectionMethods>
{
  readonly gasType = 'Protection';
  description = '';
  warningOnly = false;
  domainEdit = false;
  removed = false;
  unprotected: GridRect[] = [];
  /** null while the protection still mirrors the spreadsheet's editors. */
  private editors: Set<string> | null = null;

  constructor(
    cloud: FakeCloud,
    readonly type: 'RANGE' | 'SHEET',
    readonly sheet: FakeSheet,
    public rect: GridRect | null,
  ) {
    super(cloud);
  }

  private get owner(): string {
    return this.cloud.settings.owner;
  }

  /** Whether `user` may edit the protected cells. */
  allows(user: string): boolean {
    if (this.warningOnly || this.editors === null || user === this.owner) return true;
    if (user === '') return false;
    if (this.editors.has(user)) return true;
    return this.domainEdit && domainOf(user) === domainOf(this.owner);
  }

  /** Whether this protection stops `user` from editing some cell of `rect`. */
  blocks(rect: GridRect, user: string): boolean {
    if (this.removed || this.allows(user)) return false;
    const area = this.rect ?? { row: 1, column: 1, numRows: Infinity, numColumns: Infinity };
    if (!overlaps(area, rect)) return false;
    return !this.unprotected.some(
      (open) =>
        open.row <= rect.row &&
        open.column <= rect.column &&
        open.row + open.numRows >= rect.row + rect.numRows &&
        open.column + open.numColumns >= rect.column + rect.numColumns,
    );
  }

  /** Only someone who may edit the protected cells may change the protection. */
  private assertCanManage(): void {
    if (!this.allows(this.cloud.user) || (this.warningOnly && !this.isEditor(this.cloud.user))) {
      throw new Error(PROTECTED_MESSAGE);
    }
  }

  private isEditor(user: string): boolean {
    return user === this.owner || this.editorEmails().includes(user);
  }

  private editorEmails(): string[] {
    const listed = this.editors ?? new Set(this.cloud.settings.editors);
    return [...new Set([this.owner, ...listed])].filter((email) => email !== '');
  }

  private changeEditors(emails: unknown[], add: boolean): this {
    this.assertCanManage();
    this.editors ??= new Set(this.editorEmails());
    for (const email of emails.map(emailOf)) {
      if (add) this.editors.add(email);
      else if (email !== this.owner) this.editors.delete(email);
    }
    return this;
  }

  /** Lets one more person edit. */
  addEditor(emailAddress: string | GoogleAppsScript.Base.User): this {
    return this.changeEditors([emailAddress], true);
  }

  /** Lets more people edit. */
  addEditors(emailAddresses: string[]): this {
    return this.changeEditors(emailAddresses, true);
  }

  /** Stops one person from editing (the owner always can). */
  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): this {
    return this.changeEditors([emailAddress], false);
  }

  /** Stops people from editing (the owner always can). */
  removeEditors(emailAddresses: Array<string | GoogleAppsScript.Base.User>): this {
    return this.changeEditors(emailAddresses, false);
  }

  /** Who may edit: the owner first. */
  getEditors(): FakeUser[] {
    return this.editorEmails().map((email) => new FakeUser(this.cloud, email));
  }

  /** Whether the running user may edit the protected cells. */
  canEdit(): boolean {
    return this.allows(this.cloud.user);
  }

  /** Whether everyone in the owner's domain may edit. */
  canDomainEdit(): boolean {
    return this.domainEdit;
  }

  /** Lets (or stops) everyone in the owner's domain edit. */
  setDomainEdit(editable: boolean): this {
    this.assertCanManage();
    this.domainEdit = editable;
    return this;
  }

  /** The description. */
  getDescription(): string {
    return this.description;
  }

  /** Sets the description. */
  setDescription(description: string): this {
    this.assertCanManage();
    this.description = description;
    return this;
  }

  /** Whether editing only shows a warning. */
  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  /** Makes editing only show a warning, or really protects again. */
  setWarningOnly(warningOnly: boolean): this {
    this.assertCanManage();
    this.warningOnly = warningOnly;
    return this;
  }

  /** RANGE or SHEET. */
  getProtectionType(): 'RANGE' | 'SHEET' {
    return this.type;
  }

  /** The protected range; the whole sheet for a sheet protection. */
  getRange(): FakeRange {
    const rect = this.rect ?? {
      row: 1,
      column: 1,
      numRows: this.sheet.maxRows,
      numColumns: this.sheet.maxColumns,
    };
    return new FakeRange(this.cloud, this.sheet, { ...rect });
  }

  /** Moves a range protection to another range of the same sheet. */
  setRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    const fake = fakeOf(range, FakeRange, 'range');
    this.assertCanManage();
    if (this.type === 'SHEET') throw new Error('A sheet protection cannot be given a range.');
    this.rect = { ...fake.rect };
    return this;
  }

  /** The ranges left editable inside a sheet protection. */
  getUnprotectedRanges(): FakeRange[] {
    return this.unprotected.map((rect) => new FakeRange(this.cloud, this.sheet, { ...rect }));
  }

  /** Leaves ranges editable inside a sheet protection. */
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): this {
    this.assertCanManage();
    if (this.type === 'RANGE') {
      throw new Error('Unprotected ranges can only be set on a sheet protection.');
    }
    this.unprotected = ranges.map((range) => ({ ...fakeOf(range, FakeRange, 'ranges').rect }));
    return this;
  }

  /** Removes the protection. */
  remove(): void {
    this.assertCanManage();
    this.removed = true;
    const protections = this.sheet.spreadsheet.protections;
    protections.splice(protections.indexOf(this), 1);
  }

  /** A plain description for tests. */
  snapshot(): ProtectionSnapshot {
    return {
      type: this.type,
      range: this.rect ? this.getRange().getA1Notation() : null,
      description: this.description,
      editors: this.editorEmails(),
      warningOnly: this.warningOnly,
      domainEdit: this.domainEdit,
      unprotectedRanges: this.getUnprotectedRanges().map((range) => range.getA1Notation()),
    };
  }
}
