import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

import * as ExcelJS from 'exceljs';
import * as fc from 'fast-check';
import * as Papa from 'papaparse';

import type { Cell } from '../../src/core/cells';
import { SHEETS } from '../../src/core/contract/sheets';
import { openXlsx, runCli, tempFolder } from '../node/xlsx-files';
import { hostileSheet, USERS } from './hostile-cells';
import { hostileWorkbook } from './hostile-workbook';
import type { WorkbookSpec } from './hostile-workbook';

/**
 * Every command of the real CLI (src/node/cli.ts `main`) on hostile .xlsx and .csv files in
 * a temporary folder. The bulk of the cases run the commands' workflows in memory (the
 * command-*.test.ts suites, 1,000 cases each); here fewer cases go through the files, exceljs
 * and the argument parsing, because each writes and reads real workbooks: no command fails
 * (exit 3), an unusable input ends in exit 2 with a message, and no input file changes.
 */

/** Cases through the real CLI; every case runs every command on its own files. */
const CLI_RUNS = 30;

/** What only an .xlsx can hold besides plain values: errors, formulas, rich text, links. */
const xlsxOnly: fc.Arbitrary<ExcelJS.CellValue> = fc.constantFrom<ExcelJS.CellValue>(
  { error: '#N/A' } as ExcelJS.CellErrorValue,
  { error: '#DIV/0!' } as ExcelJS.CellErrorValue,
  { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue,
  { formula: 'SUM(1,2)', result: 3 } as ExcelJS.CellFormulaValue,
  { formula: 'HYPERLINK("http://evil.example")', result: 'click' } as ExcelJS.CellFormulaValue,
  { richText: [{ text: 'LED ' }, { text: 'Desk Lamp', font: { bold: true } }] },
  { text: 'SKU-1', hyperlink: 'https://evil.example/' },
);

/** A workbook spec and a few cells to replace by what only an .xlsx holds. */
const xlsxCase = fc.record({
  spec: hostileWorkbook,
  odd: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), xlsxOnly), { maxLength: 4 }),
  orders: hostileSheet(SHEETS.orders, 6),
  fees: hostileSheet(SHEETS.shippingFees, 6),
  csv: fc.boolean(),
  month: fc.constantFrom('2026-11', '2026-13', '11/2026', ''),
  user: fc.constantFrom(...USERS),
});

/** A cell as exceljs stores it: what it cannot hold (NaN, Infinity) goes in as text. */
function xlsxValue(cell: Cell): ExcelJS.CellValue {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'number' && !Number.isFinite(cell)) return String(cell);
  if (cell instanceof Date && Number.isNaN(cell.getTime())) return 'Invalid Date';
  return cell;
}

async function writeWorkbook(
  file: string,
  spec: WorkbookSpec,
  odd: Array<[number, number, number, ExcelJS.CellValue]>,
): Promise<void> {
  const book = new ExcelJS.Workbook();
  const tabs = Object.entries(spec.tabs);
  for (const [name, values] of tabs) {
    const sheet = book.addWorksheet(name.slice(0, 31));
    values.forEach((row, r) => {
      row.forEach((cell, c) => {
        sheet.getCell(r + 1, c + 1).value = xlsxValue(cell);
      });
    });
  }
  for (const [t, r, c, value] of odd) {
    if (tabs.length === 0) break;
    book.worksheets[t % tabs.length].getCell(2 + (r % 6), 1 + (c % 12)).value = value;
  }
  await book.xlsx.writeFile(file);
}

async function writeTable(file: string, values: Cell[][], csv: boolean): Promise<void> {
  if (csv) {
    const text = Papa.unparse(
      values.map((row) =>
        row.map((cell) =>
          cell instanceof Date && !Number.isNaN(cell.getTime())
            ? cell.toISOString()
            : String(cell ?? ''),
        ),
      ),
    );
    writeFileSync(file, text);
    return;
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Export');
  values.forEach((row, r) =>
    row.forEach((cell, c) => (sheet.getCell(r + 1, c + 1).value = xlsxValue(cell))),
  );
  await book.xlsx.writeFile(file);
}

function digest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

describe('every CLI command on hostile files', () => {
  it('never fails, refuses unusable input with exit 2 and a message, and leaves its inputs alone', async () => {
    await fc.assert(
      fc.asyncProperty(xlsxCase, async ({ spec, odd, orders, fees, csv, month, user }) => {
        const folder = tempFolder();
        try {
          const at = (name: string) => path.join(folder.dir, name);
          const table = csv ? 'table.csv' : 'table.xlsx';
          await writeWorkbook(at('in.xlsx'), spec, odd);
          const inputs = ['in.xlsx'];
          const runs: string[][] = [
            ['check', 'in.xlsx'],
            ['check', 'in.xlsx', '--json'],
            ['setup', 'in.xlsx', '--out', 'setup.xlsx'],
            ['follow-up', 'in.xlsx', '--today', '2026-11-20', '--out', 'follow.xlsx'],
            ['purchase-audit', 'in.xlsx', '--json'],
            ['purchase-audit', 'in.xlsx', '--out', 'drafts.xlsx', '--user', user || 'x@y.example'],
            ['month-end', 'in.xlsx', '--month', month, '--out', 'month'],
            ['quarter', 'in.xlsx', '--quarter', '2026-Q4', '--out', 'quarter'],
            [
              'book-month',
              'in.xlsx',
              '--month',
              month,
              '--user',
              user || 'x@y.example',
              '--out',
              'booked.xlsx',
            ],
            ['export-amazon', 'in.xlsx', '--out', 'amazon'],
            [
              'export-amazon',
              'in.xlsx',
              '--out',
              'amazon-stamped',
              '--user',
              user || 'x@y.example',
              '--sites',
              'UK,DE',
            ],
          ];
          for (const [kind, values] of [
            ['orders', orders],
            ['fees', fees],
          ] as const) {
            const name = `${kind}-${table}`;
            await writeTable(at(name), values, csv);
            inputs.push(name);
            runs.push([`import-${kind}`, 'in.xlsx', name, '--out', `imported-${kind}.xlsx`]);
          }
          const before = inputs.map((name) => digest(at(name)));

          const wrong: string[] = [];
          for (const argv of runs) {
            // export-amazon with --user stamps its own workbook: it gets a copy.
            if (argv.includes('amazon-stamped')) {
              writeFileSync(at('stamp.xlsx'), readFileSync(at('in.xlsx')));
              argv[1] = 'stamp.xlsx';
            }
            const { code, stderr } = await runCli(argv, {
              cwd: folder.dir,
              now: new Date('2026-11-20T02:30:00Z'),
            });
            if (code === 3 || ![0, 1, 2].includes(code))
              wrong.push(`${argv[0]}: exit ${code}: ${stderr.slice(0, 300)}`);
            if (code === 2 && stderr.trim() === '')
              wrong.push(`${argv[0]}: exit 2 without a message`);
            const out = argv[argv.indexOf('--out') + 1];
            if (code !== 2 && out?.endsWith('.xlsx') && existsSync(at(out))) {
              await openXlsx(at(out)).catch((error: Error) =>
                wrong.push(`${argv[0]}: ${out} unreadable: ${error.message}`),
              );
            }
          }
          inputs.forEach((name, i) => {
            if (digest(at(name)) !== before[i]) wrong.push(`${name} changed`);
          });
          expect(wrong).toEqual([]);
        } finally {
          folder.remove();
        }
      }),
      { numRuns: CLI_RUNS },
    );
  });
});
