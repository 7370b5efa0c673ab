import { UnusableInputError } from '../../src/core/findings';
import { runCheck } from '../../src/workflows/check';
import { runSetup } from '../../src/workflows/setup';
import { MemoryWorkbook } from '../support/memory-workbook';

describe('check', () => {
  it('reports nothing wrong on a freshly set-up workbook', () => {
    const workbook = new MemoryWorkbook();
    runSetup(workbook, 'en');
    const { findings } = runCheck(workbook, new Date('2026-12-01T00:00:00Z'));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('stops with the sheet and column when a required column is missing', () => {
    const workbook = new MemoryWorkbook({ 上新表: [['产品名称', '供应商链接']] });
    try {
      runCheck(workbook, new Date());
      throw new Error('expected the check to stop');
    } catch (error) {
      expect(error).toBeInstanceOf(UnusableInputError);
      const findings = (error as UnusableInputError).findings;
      expect(findings).toContainEqual(
        expect.objectContaining({ sheet: '上新表', column: 'sku', rule: 'WB.column.missing' }),
      );
    }
  });

  it('warns about missing sheets instead of failing', () => {
    const { findings } = runCheck(new MemoryWorkbook(), new Date());
    expect(findings.some((f) => f.rule === 'WB.sheet.missing' && f.severity === 'warning')).toBe(
      true,
    );
  });
});
