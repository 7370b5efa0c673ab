import * as fc from 'fast-check';

import { quarter } from '../../src/workflows/quarter';
import { check, captureLogs, MONTH, NOW } from './command-harness';
import { RUNS } from './hostile-cells';
import { hostileWorkbook } from './hostile-workbook';

/** The `quarter` command on hostile workbooks (see command-harness.ts). */

captureLogs();

describe('quarter on hostile workbooks', () => {
  it('changes nothing, refuses bad input with findings, and writes its report as JSON', () => {
    fc.assert(
      fc.property(hostileWorkbook, NOW, MONTH, (spec, now, month) => {
        const result = check(spec, [], (workbook) =>
          quarter(workbook, `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5)) / 3)}`, now),
        );
        if (result === 'refused') return;
        for (const file of (result as ReturnType<typeof quarter>).files) {
          expect(() => JSON.parse(String(file.content))).not.toThrow();
        }
      }),
      { numRuns: RUNS },
    );
  });
});
