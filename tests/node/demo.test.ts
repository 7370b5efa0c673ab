import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

import { isBlank } from '../../src/core/cells';
import { demoTabs } from '../../src/demo/demo-workbook';
import { XlsxWorkbook } from '../../src/node/xlsx-workbook';
import { runCli, tempFolder } from './xlsx-files';

let folder: ReturnType<typeof tempFolder>;
beforeAll(() => {
  folder = tempFolder();
});
afterAll(() => folder.remove());

describe('demo', () => {
  let run: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    run = await runCli(['demo', '--out', 'out'], { cwd: folder.dir });
  });

  it('writes the demo workbook and every workflow’s files, and lists each one', () => {
    const listed = run.stdout.trim().split('\n');

    expect(run.stderr).not.toMatch(/demo failed/);
    expect(run.code).toBe(0);
    expect(listed[0]).toBe(path.join('out', 'demo-workbook.xlsx'));
    expect(listed).toEqual(
      expect.arrayContaining([path.join('out', 'check.txt'), path.join('out', 'check.json')]),
    );
    for (const file of listed) expect(existsSync(path.join(folder.dir, file))).toBe(true);
  });

  it('saves every demo tab with its values, dates as their wall clock', async () => {
    const file = path.join(folder.dir, 'round-trip.xlsx');
    await XlsxWorkbook.fromTabs(demoTabs()).save(file);

    const saved = await XlsxWorkbook.open(file);

    for (const tab of demoTabs()) {
      const values = saved.read(tab.name);
      tab.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const read = values[r]?.[c] ?? '';
          const shown = `${tab.name} row ${r + 1} column ${c + 1}`;
          if (isBlank(value)) expect([shown, isBlank(read)]).toEqual([shown, true]);
          else expect([shown, read]).toEqual([shown, value]);
        }),
      );
    }
    expect(saved.tabNames()).toEqual(demoTabs().map((tab) => tab.name));
  });

  it('checks the demo workbook into a JSON list of findings', () => {
    const findings = JSON.parse(readFileSync(path.join(folder.dir, 'out', 'check.json'), 'utf8'));

    expect(Array.isArray(findings)).toBe(true);
    for (const finding of findings) {
      expect(finding).toEqual(
        expect.objectContaining({ sheet: expect.any(String), rule: expect.any(String) }),
      );
    }
  });
});
