import * as fc from 'fast-check';

import { runFollowUp } from '../../src/workflows/follow-up';
import { check, captureLogs, NOW } from './command-harness';
import { RUNS } from './hostile-cells';
import { changedTabs, hostileWorkbook, tabsOf, workbookOf } from './hostile-workbook';

/** The `follow-up` command on hostile workbooks (see command-harness.ts). */

captureLogs();

describe('follow-up on hostile workbooks', () => {
  it('follow-up: only Abnormal shipments changes, and a second run the same day changes nothing', () => {
    fc.assert(
      fc.property(hostileWorkbook, NOW, (spec, now) => {
        const result = check(spec, ['abnormalShipments'], (workbook) => runFollowUp(workbook, now));
        if (result === 'refused') return;
        const workbook = workbookOf(spec);
        runFollowUp(workbook, now);
        const before = tabsOf(workbook);
        const again = runFollowUp(workbook, now);
        expect(changedTabs(before, tabsOf(workbook))).toEqual([]);
        expect(again.mails).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
