import {
  backupMonth,
  backupName,
  hasBackupOf,
  KEPT_MONTHS,
  planBackup,
} from '../../src/core/backups';
import type { BackupCopy } from '../../src/core/backups';

/** Copies named as the add-on names them, one per month, ids `b-YYYY-MM`. */
function copies(name: string, months: string[]): BackupCopy[] {
  return months.map((month) => ({ id: `b-${month}`, name: backupName(name, month) }));
}

describe('backup plan', () => {
  it('names the copy after the spreadsheet and the month', () => {
    expect(backupName('Lumora 2026', '2026-11')).toBe('Lumora 2026 backup 2026-11');
    expect(planBackup('Lumora 2026', '2026-11', []).name).toBe('Lumora 2026 backup 2026-11');
  });

  it('reads the month back from a copy name, and nothing from other files', () => {
    expect(backupMonth('Lumora backup 2026-11')).toBe('2026-11');
    expect(backupMonth('Lumora backup 2026-13')).toBeNull();
    expect(backupMonth('Lumora backup 2026-11 (1)')).toBeNull();
    expect(backupMonth('notes.txt')).toBeNull();
  });

  it('replaces the earlier copy when a second backup is made in the same month', () => {
    const existing = copies('Lumora', ['2026-10', '2026-11']);

    const plan = planBackup('Lumora', '2026-11', existing);

    expect(plan.replaced.map((copy) => copy.id)).toEqual(['b-2026-11']);
    expect(plan.expired).toEqual([]);
  });

  it('keeps 12 months: the 13th month expires the oldest', () => {
    // 2025-12 … 2026-11 are twelve months; the backup of 2026-12 makes thirteen.
    const twelve = [
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ];
    expect(twelve).toHaveLength(KEPT_MONTHS);

    expect(planBackup('Lumora', '2026-11', copies('Lumora', twelve)).expired).toEqual([]);
    const plan = planBackup('Lumora', '2026-12', copies('Lumora', twelve));
    expect(plan.expired.map((copy) => copy.id)).toEqual(['b-2025-12']);
    expect(plan.replaced).toEqual([]);
  });

  it('expires every copy older than the kept months after a long pause, across years', () => {
    const plan = planBackup(
      'Lumora',
      '2027-03',
      copies('Lumora', ['2026-02', '2026-03', '2026-04']),
    );

    // 2027-03 back to 2026-04 is twelve months: 2026-04 stays, the two before it go.
    expect(plan.expired.map((copy) => copy.id)).toEqual(['b-2026-02', 'b-2026-03']);
  });

  it('counts copies made under an earlier spreadsheet name and leaves other files alone', () => {
    const existing: BackupCopy[] = [
      { id: 'old-name', name: 'Old shop backup 2026-11' },
      { id: 'readme', name: 'README backup notes' },
      { id: 'future', name: 'Lumora backup 2027-05' },
    ];

    const plan = planBackup('Lumora', '2026-11', existing);

    expect(plan.replaced.map((copy) => copy.id)).toEqual(['old-name']);
    expect(plan.expired).toEqual([]);
  });

  it('tells whether the month has its backup already', () => {
    expect(hasBackupOf('2026-11', copies('Lumora', ['2026-10']))).toBe(false);
    expect(hasBackupOf('2026-11', copies('Lumora', ['2026-10', '2026-11']))).toBe(true);
  });
});
