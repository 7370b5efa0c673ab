import * as fc from 'fast-check';

import { purchaseAudit } from '../../src/workflows/purchase-audit';
import { check, captureLogs, NOW, USER } from './command-harness';
import { RUNS } from './hostile-cells';
import { changedTabs, hostileWorkbook, tabsOf, workbookOf } from './hostile-workbook';

/** The `purchase-audit` command on hostile workbooks (see command-harness.ts). */

captureLogs();

describe('purchase-audit on hostile workbooks', () => {
  it('purchase-audit: only Purchases changes, drafts only by a role, and a re-run adds nothing', () => {
    fc.assert(
      fc.property(hostileWorkbook, NOW, fc.boolean(), USER, (spec, now, writeDrafts, user) => {
        const writes = writeDrafts ? (['purchases'] as const) : ([] as const);
        const result = check(spec, [...writes], (workbook) =>
          purchaseAudit(workbook, now, { writeDrafts, user }),
        );
        if (result === 'refused' || !writeDrafts) return;
        const workbook = workbookOf(spec);
        purchaseAudit(workbook, now, { writeDrafts, user });
        const before = tabsOf(workbook);
        purchaseAudit(workbook, now, { writeDrafts, user });
        expect(changedTabs(before, tabsOf(workbook))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
