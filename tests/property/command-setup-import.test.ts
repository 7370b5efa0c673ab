import * as fc from 'fast-check';

import { isBlank } from '../../src/core/cells';
import { SHEETS } from '../../src/core/contract/sheets';
import { runImport } from '../../src/workflows/import-table';
import { runSetup } from '../../src/workflows/setup';
import { check, captureLogs, leaks } from './command-harness';
import { hostileSheet, RUNS } from './hostile-cells';
import { attempt, hostileWorkbook, workbookOf } from './hostile-workbook';

/** The `setup`, `import-orders` and `import-fees` commands on hostile workbooks. */

captureLogs();

describe('setup and the imports on hostile workbooks', () => {
  it('setup: adds sheets and columns, and never changes a cell that held something', () => {
    fc.assert(
      fc.property(hostileWorkbook, fc.constantFrom('zh' as const, 'en' as const), (spec, lang) => {
        const workbook = workbookOf(spec);
        const before = new Map(workbook.tabNames().map((tab) => [tab, workbook.values(tab)]));
        const result = attempt(() => runSetup(workbook, lang));
        // One expectation per case: the cells that held something and hold something else now.
        const moved: string[] = [];
        for (const [tab, values] of before) {
          const after = workbook.values(tab);
          values.forEach((row, r) =>
            row.forEach((cell, c) => {
              if (!isBlank(cell) && !Object.is(after[r][c], cell))
                moved.push(`${tab}!${r + 1}:${c + 1}`);
            }),
          );
        }
        expect(moved).toEqual([]);
        if (result === 'refused') expect(workbook.tabNames()).toEqual([...before.keys()]);
        expect(leaks()).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('import-orders and import-fees: only their sheet changes, and importing again adds nothing', () => {
    const file = fc.oneof(
      fc.tuple(fc.constant('orders' as const), hostileSheet(SHEETS.orders, 6)),
      fc.tuple(fc.constant('fees' as const), hostileSheet(SHEETS.shippingFees, 6)),
    );
    fc.assert(
      fc.property(hostileWorkbook, file, (spec, [kind, table]) => {
        const target = kind === 'orders' ? 'orders' : 'shippingFees';
        const workbook = workbookOf(spec);
        const first = check(spec, [target], (book) => runImport(book, kind, table, 'export.csv'));
        if (first === 'refused') return;
        runImport(workbook, kind, table, 'export.csv');
        const again = runImport(workbook, kind, table, 'export.csv');
        expect(again.added).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });
});
