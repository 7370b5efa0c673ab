import type { Cell } from '../../../src/core/cells';
import type { FxRow, ShippingChannelRow } from '../../../src/core/contract/rows';
import { SHEETS } from '../../../src/core/contract/sheets';
import type { SheetDef } from '../../../src/core/contract/types';
import { readSheet } from '../../../src/core/reader';
import type { SheetRead } from '../../../src/core/reader';
import type { SettingRow } from '../../../src/core/settings';

/**
 * The sheets pricing tests read, as a seller would fill them in: English headers, one row
 * per channel. Prices are in yuan.
 */

const CHANNEL_HEADERS = [
  'Channel',
  'Carrier',
  'Kind',
  'Destination',
  'Min kg',
  'Max kg',
  'Per kg',
  'Per parcel',
  'First kg',
  'First price',
  'Step kg',
  'Step price',
  'Volumetric divisor',
  'Accepts dangerous',
  'Transit days',
  'Active',
];

/** Rows 2–8 of the Shipping channels sheet most tests price against. */
export const CHANNELS: Cell[][] = [
  CHANNEL_HEADERS,
  // row 2: a plain e-packet line to the UK: ¥18 a parcel + ¥80 a kg, up to 2 kg
  ['Yanwen UK', 'Yanwen', 'epacket', 'UK', '', 2, 80, 18, '', '', '', '', '', '否', 10, '是'],
  // row 3: an e-packet line that takes batteries, dearer: ¥20 + ¥95 a kg
  ['4PX Battery UK', '4PX', 'epacket', 'UK', '', 2, 95, 20, '', '', '', '', '', '是', 12, '是'],
  // row 4: postal small packet, the cheapest of all, never to be chosen
  ['China Post UK', 'China Post', 'postal', 'UK', '', 2, 40, 5, '', '', '', '', '', '是', 30, '是'],
  // row 5: express by first/step weight: ¥120 for the first 0.5 kg, ¥30 per started 0.5 kg
  ['DHL UK', 'DHL', 'express', 'UK', '', 30, '', '', 0.5, 120, 0.5, 30, 5000, '否', 4, '是'],
  // row 6: express that takes batteries: ¥150 for the first kg, ¥60 per started kg
  ['EMS UK', 'EMS', 'express', 'UK', '', 30, '', '', 1, 150, 1, 60, 6000, '是', 7, '是'],
  // row 7: Germany has an e-packet line only: nothing takes a parcel over 2 kg there
  ['Yanwen DE', 'Yanwen', 'epacket', 'DE', '', 2, 85, 20, '', '', '', '', '', '否', 12, '是'],
  // row 8: a retired line that would be the cheapest
  ['Old line UK', 'Old', 'epacket', 'UK', '', 2, 10, 1, '', '', '', '', '', '是', 9, '否'],
];

/** GBP, EUR and USD rates in yuan per unit; a December rate that is still in the future. */
export const FX_RATES: Cell[][] = [
  ['Month', 'Currency', 'Rate'],
  ['2026-10', 'GBP', 9.1],
  ['2026-11', 'GBP', 9],
  ['2026-12', 'GBP', 9.5],
  ['2026-11', 'EUR', 7.8],
  ['2026-11', 'USD', 7.2],
];

/** A day in November 2026, when the November rates apply. */
export const TODAY = '2026-11-15';

function read<T>(def: SheetDef, values: Cell[][], sheetName: string): SheetRead<T> {
  return readSheet<T>(def, values, { sheetName, timeZone: 'Asia/Shanghai' });
}

/** The Shipping channels sheet read as the add-on reads it. */
export function channelSheet(values: Cell[][] = CHANNELS): SheetRead<ShippingChannelRow> {
  return read<ShippingChannelRow>(SHEETS.shippingChannels, values, 'Shipping channels');
}

/** The FX rates sheet read as the add-on reads it. */
export function fxSheet(values: Cell[][] = FX_RATES): SheetRead<FxRow> {
  return read<FxRow>(SHEETS.fx, values, 'FX rates');
}

/** A Settings sheet holding only the given keys (the rest keep their defaults). */
export function settingsSheet(values: Record<string, Cell> = {}): SheetRead<SettingRow> {
  const rows: Cell[][] = [['Key', 'Value', 'Note']];
  for (const [key, value] of Object.entries(values)) rows.push([key, value, '']);
  return read<SettingRow>(SHEETS.settings, rows, 'Settings');
}

/** A Shipping channels sheet with the standard header and the given rows. */
export function channelRows(...rows: Cell[][]): Cell[][] {
  return [CHANNEL_HEADERS, ...rows];
}
