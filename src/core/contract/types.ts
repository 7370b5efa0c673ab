import type { Localized } from '../i18n';

export type ColumnType =
  | 'text'
  | 'sku'
  | 'number'
  | 'integer'
  | 'money'
  | 'percent'
  | 'yesno'
  | 'date'
  | 'datetime'
  | 'month'
  | 'url'
  | 'enum'
  | 'emails'
  | 'currency';

/** One allowed value of an enum column: a stable code and its labels in both languages. */
export interface EnumOption {
  value: string;
  zh: string;
  en: string;
  /** Other spellings accepted on reading (`GB` for `UK`). */
  also?: string[];
}

export interface ColumnDef {
  /** Stable id used by the code: `supplierUrl`. */
  id: string;
  /** The header written when the add-on creates the column, per language. */
  label: Localized;
  /** More headers that name the same column (the labels always count). */
  aliases: string[];
  type: ColumnType;
  required: boolean;
  unique: boolean;
  options?: EnumOption[];
  /** Written by the add-on only (reviewer, batch ids). */
  addonOnly: boolean;
  /** Spreadsheet number format applied by "Set up sheets". */
  format?: string;
}

export type SheetId =
  | 'settings'
  | 'fx'
  | 'newProducts'
  | 'translations'
  | 'amazonDefaults'
  | 'amazonTemplates'
  | 'skuSuppliers'
  | 'logisticsContacts'
  | 'shippingChannels'
  | 'orders'
  | 'shippingFees'
  | 'purchases'
  | 'refunds'
  | 'expenses'
  | 'abnormalShipments'
  | 'glossary'
  | 'staff'
  | 'auditLog';

export interface SheetDef {
  id: SheetId;
  /** The tab name the add-on gives a sheet it creates, per language. */
  name: Localized;
  /** More tab names under which an existing sheet is adopted. */
  aliases: string[];
  columns: ColumnDef[];
  /** Headers that are taken literally as pass-through columns (`amazon.*`). */
  passThrough?: RegExp;
  /** Set up creates it only when asked; its absence is never a finding. */
  optional: boolean;
  /** Written only by the add-on. */
  generated: boolean;
}
