import * as fc from 'fast-check';

import { SHEETS } from '../../src/core/contract/sheets';
import { USERS } from './hostile-cells';
import { attempt, changedTabs, ROW_CONTENTS, tabsOf, workbookOf } from './hostile-workbook';
import type { WorkbookSpec } from './hostile-workbook';

/**
 * What the command suites share: the workflows behind every CLI command, on hostile workbooks
 * held in memory (the bulk of the cases; tests/property/cli.test.ts runs fewer through the
 * real CLI and .xlsx files). Each case: no fault, only the tabs the command may change are
 * changed, a refusal changes nothing, and no log line carries a row's contents.
 */

export const NOW = fc.constantFrom(
  new Date('2026-11-20T02:30:00Z'),
  new Date('2026-12-31T23:59:59Z'),
  new Date('2027-01-01T00:00:00Z'),
);
export const MONTH = fc.constantFrom('2026-10', '2026-11', '2026-12', '2027-02');
export const USER = fc.constantFrom(...USERS);

let logs: string[] = [];

/** Captures the workflows' log lines instead of printing thousands of them. */
export function captureLogs(): void {
  beforeEach(() => {
    logs = [];
    jest.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => {
      logs.push(parts.map(String).join(' '));
    });
  });
  afterEach(() => jest.restoreAllMocks());
}

/** Log lines that carry one of the rows' own values. */
export function leaks(): string[] {
  return logs.filter((line) => ROW_CONTENTS.some((value) => line.includes(value)));
}

/** The tab a contract sheet has in a workbook, by either of its names. */
function tabOf(tabs: string[], id: keyof typeof SHEETS): string | undefined {
  return tabs.find((tab) => tab === SHEETS[id].name.en || tab === SHEETS[id].name.zh);
}

/** Runs a command's workflow on a fresh workbook and checks what it may and may not change. */
export function check(
  spec: WorkbookSpec,
  writes: Array<keyof typeof SHEETS>,
  run: (workbook: ReturnType<typeof workbookOf>) => unknown,
): unknown {
  const workbook = workbookOf(spec);
  const before = tabsOf(workbook);
  const result = attempt(() => run(workbook));
  const changed = changedTabs(before, tabsOf(workbook));
  const allowed = writes.map((id) => tabOf(workbook.tabNames(), id));
  const wrong = [
    ...changed.filter((tab) => !allowed.includes(tab)).map((tab) => `changed ${tab}`),
    ...(result === 'refused' && changed.length > 0 ? ['a refusal changed tabs'] : []),
    ...leaks().map((line) => `logged ${line}`),
  ];
  expect(wrong).toEqual([]);
  return result;
}
