import * as fc from 'fast-check';

import { SITES } from '../../src/core/contract/sheets';
import { bookMonth } from '../../src/workflows/book-month';
import { exportAmazon } from '../../src/workflows/export-amazon';
import { check, captureLogs, MONTH, NOW, USER } from './command-harness';
import { RUNS, wellFormed } from './hostile-cells';
import { hostileWorkbook, workbookOf } from './hostile-workbook';

/** The commands that need a role to write: `book-month` and `export-amazon`. */

captureLogs();

describe('book-month and export-amazon on hostile workbooks', () => {
  it('book-month: only Refunds changes, for finance, and a second run books nothing', () => {
    fc.assert(
      fc.property(hostileWorkbook, NOW, MONTH, USER, (spec, now, month, user) => {
        const result = check(spec, ['refunds'], (workbook) =>
          bookMonth(workbook, month, user, now),
        );
        if (result === 'refused') return;
        const workbook = workbookOf(spec);
        bookMonth(workbook, month, user, now);
        expect(bookMonth(workbook, month, user, now).booked).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('export-amazon: only New products changes, a dry run changes nothing, files are named', () => {
    const sites = fc.subarray([...SITES], { minLength: 1 });
    fc.assert(
      fc.property(
        hostileWorkbook,
        NOW,
        sites,
        fc.boolean(),
        USER,
        (spec, now, chosen, dryRun, user) => {
          const writes = dryRun ? [] : (['newProducts'] as const);
          const result = check(spec, [...writes], (workbook) =>
            exportAmazon(workbook, { sites: chosen, dryRun, user, now }),
          );
          if (result === 'refused') return;
          const { files, findings, refused } = result as ReturnType<typeof exportAmazon>;
          for (const file of files)
            expect(file.name).toMatch(
              /^amazon-(UK|DE|FR|IT|ES)-\d{4}-\d{2}-\d{2}[\w-]*\.(txt|json)$/,
            );
          expect([...findings, ...refused.flatMap((row) => row.findings)].every(wellFormed)).toBe(
            true,
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});
