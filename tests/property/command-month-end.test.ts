import * as fc from 'fast-check';

import { monthEnd } from '../../src/workflows/month-end';
import { check, captureLogs, MONTH, NOW } from './command-harness';
import { RUNS } from './hostile-cells';
import { hostileWorkbook } from './hostile-workbook';

/** The `month-end` command on hostile workbooks (see command-harness.ts). */

captureLogs();

describe('month-end on hostile workbooks', () => {
  it('changes nothing, refuses bad input with findings, and writes its report as JSON', () => {
    fc.assert(
      fc.property(hostileWorkbook, NOW, MONTH, (spec, now, month) => {
        const result = check(spec, [], (workbook) => monthEnd(workbook, month, now));
        if (result === 'refused') return;
        for (const file of (result as ReturnType<typeof monthEnd>).files) {
          expect(() => JSON.parse(String(file.content))).not.toThrow();
        }
      }),
      { numRuns: RUNS },
    );
  });
});
