import * as fc from 'fast-check';

import { isBlank } from '../../src/core/cells';
import type { Cell } from '../../src/core/cells';
import type { ColumnDef } from '../../src/core/contract/types';
import { readSheet } from '../../src/core/reader';
import { readSettings } from '../../src/core/settings';
import type { SettingRow } from '../../src/core/settings';
import {
  hostileSheet,
  RUNS,
  SHEET_LIST,
  snapshot,
  tabNameOf,
  unchanged,
  wellFormed,
} from './hostile-cells';

const ZONES = ['UTC', 'Asia/Shanghai', 'Europe/London', 'Pacific/Kiritimati'];

/** Whether a value read from a column has the column's type, as the core relies on. */
function typed(column: ColumnDef, value: unknown): boolean {
  if (value === null) return true;
  switch (column.type) {
    case 'number':
    case 'percent':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'money':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'yesno':
      return typeof value === 'boolean';
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
    case 'datetime':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(value);
    case 'month':
      return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
    case 'emails':
      return Array.isArray(value) && value.every((email) => typeof email === 'string');
    case 'enum':
      return (column.options ?? []).some((option) => option.value === value);
    case 'currency':
      return typeof value === 'string' && /^[A-Z]{3}$/.test(value);
    default:
      return typeof value === 'string';
  }
}

describe.each(SHEET_LIST)('reading the %s sheet from hostile cells', (_id, def) => {
  it('never throws, types every value it keeps, and makes every problem a finding', () => {
    fc.assert(
      fc.property(
        hostileSheet(def),
        tabNameOf(def),
        fc.constantFrom(...ZONES),
        (values, tab, zone) => {
          const before = snapshot(values);

          const read = readSheet<Record<string, unknown>>(def, values, {
            sheetName: tab,
            timeZone: zone,
          });

          // One expectation per case: a list of what went wrong, empty when all is well.
          const wrong: string[] = [];
          if (!unchanged(values, before)) wrong.push('the values were changed');
          for (const finding of read.findings) {
            if (!wellFormed(finding) || finding.sheet !== tab)
              wrong.push(`finding ${finding.rule}`);
          }
          const unusable = read.findings.some((f) => f.row === 1 && f.severity === 'error');
          if (unusable && read.rows.length > 0) wrong.push('rows read from an unusable sheet');
          const found = new Set(read.findings.map((f) => `${f.row}:${f.column}`));
          for (const row of unusable ? [] : read.rows) {
            if (row.rowNumber < 2 || row.rowNumber > values.length)
              wrong.push(`row ${row.rowNumber}`);
            const cells = values[row.rowNumber - 1];
            for (const column of def.columns) {
              const at = read.layout.index[column.id];
              const value = row[column.id];
              if (!typed(column, value)) wrong.push(`${column.id} = ${String(value)}`);
              if (at === undefined) continue;
              const cell: Cell = cells[at];
              const place = `${row.rowNumber}:${column.id}`;
              // A cell with something in it that did not come through is a finding on it.
              if (!isBlank(cell) && value === null && !found.has(place))
                wrong.push(`silent ${place}`);
              if (isBlank(cell) && column.required && !found.has(place))
                wrong.push(`blank ${place}`);
            }
          }
          expect(wrong).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reads 50,000 empty rows below the header as no rows, quickly', () => {
    const header = def.columns.map((column) => column.label.en);
    const empty: Cell[][] = [header, ...Array.from({ length: 50_000 }, () => header.map(() => ''))];

    const started = Date.now();
    const read = readSheet(def, empty, { sheetName: def.name.en, timeZone: 'UTC' });

    expect(read.rows).toEqual([]);
    expect(read.findings).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('Settings from hostile cells', () => {
  const settings = SHEET_LIST.find(([id]) => id === 'settings')![1];

  it('always gives usable settings: finite numbers, emails, and a finding for each bad value', () => {
    fc.assert(
      fc.property(hostileSheet(settings, 12), (values) => {
        const read = readSheet<SettingRow>(settings, values, {
          sheetName: 'Settings',
          timeZone: 'UTC',
        });
        const { settings: typedSettings, findings } = readSettings(
          read.findings.some((f) => f.row === 1 && f.severity === 'error') ? null : read,
        );
        for (const finding of findings) expect(wellFormed(finding)).toBe(true);
        const numbers = [
          typedSettings.minListingMargin,
          typedSettings.minOrderMargin,
          typedSettings.expressOverKg,
          typedSettings.declaredValueShare,
          typedSettings.referralFee,
          typedSettings.reassureAfterDays,
          typedSettings.refundAfterDays,
          typedSettings.priceEnding,
          ...Object.values(typedSettings.vat),
          ...Object.values(typedSettings.referralFeeByType),
        ];
        for (const value of numbers) expect(Number.isFinite(value)).toBe(true);
        expect(Number.isSafeInteger(typedSettings.refundApprovalOver)).toBe(true);
        for (const list of [
          typedSettings.directors,
          typedSettings.finance,
          ...Object.values(typedSettings.siteOwners),
        ]) {
          for (const email of list) expect(email).toMatch(/^[^@\s]+@[^@\s]+\.[^@\s]+$/);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
