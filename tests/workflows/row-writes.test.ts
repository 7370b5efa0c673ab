import { planRowWrites, setCell } from '../../src/workflows/row-writes';
import type { CellChanges } from '../../src/workflows/row-writes';

describe('planning row writes', () => {
  const current = [
    ['id', 'status', 'note'],
    ['a', 'open', 'x'],
    ['b', 'open', 'y'],
    ['c', 'open', 'z'],
  ];

  it('writes one rectangle over scattered changes, keeping the cells between as they are', () => {
    const changes: CellChanges = new Map();
    setCell(changes, 2, 2, 'closed');
    setCell(changes, 4, 2, 'closed');
    expect(planRowWrites(current, changes, [], 'UTC')).toEqual([
      { row: 2, column: 2, values: [['closed'], ['open'], ['closed']] },
    ]);
  });

  it('drops changes that equal what the cell holds, so a re-run writes nothing', () => {
    const changes: CellChanges = new Map();
    setCell(changes, 3, 2, 'open');
    expect(planRowWrites(current, changes, [], 'UTC')).toEqual([]);
  });

  it('never writes over a formula between changed cells', () => {
    const changes: CellChanges = new Map();
    setCell(changes, 2, 2, 'closed');
    setCell(changes, 4, 2, 'closed');
    const formulas = [[], [], ['', '=A3', ''], []];
    expect(planRowWrites(current, changes, [], 'UTC', formulas)).toEqual([
      { row: 2, column: 2, values: [['closed']] },
      { row: 4, column: 2, values: [['closed']] },
    ]);
  });

  it('appends below the last row that holds anything', () => {
    const blocks = planRowWrites([...current, ['', '', '']], new Map(), [['d', 'open', '']], 'UTC');
    expect(blocks).toEqual([{ row: 5, column: 1, values: [['d', 'open', '']] }]);
  });
});
