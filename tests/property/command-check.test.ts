import * as fc from 'fast-check';

import { runCheck } from '../../src/workflows/check';
import { check, captureLogs, NOW } from './command-harness';
import { RUNS, wellFormed } from './hostile-cells';
import { hostileWorkbook } from './hostile-workbook';

/** The `check` command: every sheet and rule read, on hostile workbooks (see command-harness.ts). */

captureLogs();

describe('check on hostile workbooks', () => {
  it('check: reads every sheet, changes nothing, and says every problem as a finding', () => {
    fc.assert(
      fc.property(hostileWorkbook, NOW, (spec, now) => {
        const result = check(spec, [], (workbook) => runCheck(workbook, now));
        if (result !== 'refused') {
          const { findings } = result as ReturnType<typeof runCheck>;
          expect(findings.every(wellFormed)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
