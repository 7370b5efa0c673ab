import type { WorkflowName } from './workflows';

/** The core's time and memory for one workflow at one size. */
export interface CoreResult {
  /** The workflow, or `validate (products only)`: Validate where only New products is large. */
  workflow: WorkflowName | 'validate (products only)';
  rows: number;
  /** The fastest of the runs, each on a fresh workbook; the machine is shared. */
  ms: number;
  medianMs: number;
  /** Processor time of the fastest run. */
  cpuMs: number;
  runs: number;
  baselineMb: number;
  peakMb: number;
  heapAfterMb: number;
  note: string;
}

/** Apps Script service calls of one workflow at one size, counted by the fake. */
export interface CallsResult {
  workflow: WorkflowName;
  rows: number;
  total: number;
  /** Calls that grew a full sheet's grid (insertRowsAfter, insertColumnsAfter), in total. */
  growth: number;
  reads: number;
  writes: number;
  floor: number;
  /** (reads + writes) ÷ floor. */
  ratio: number;
  readTabs: string[];
  writtenTabs: string[];
}

/** Month-end by hand-made formulas in HyperFormula against the core, at one size. */
export interface HandResultRow {
  rows: number;
  orderLines: number;
  skus: number;
  formulas: number;
  coreMs: number;
  handMs: number;
  /** handMs ÷ coreMs: how many times longer the formulas take. */
  ratio: number;
  mismatches: number;
  compared: number;
}

/** One custom function called once over 1,000 rows. */
export interface FunctionResult {
  name: string;
  rows: number;
  coldMs: number;
  warmMs: number;
  /** Rows whose result is a ⚠ text (the inputs were not all usable). */
  warnings: number;
  unknownParams: string[];
}

export interface Target {
  name: string;
  pass: boolean;
  /** What was measured against what was asked. */
  detail: string;
}

export interface BenchResults {
  date: string;
  machine: { node: string; cpus: number; cpu: string; memoryGb: number; platform: string };
  /** The machine's 1-minute load average when the run began and ended. */
  load: { start: number; end: number };
  sizes: number[];
  core: CoreResult[];
  calls: CallsResult[];
  hand: HandResultRow[];
  functions: FunctionResult[];
  codeBytes: number;
  targets: Target[];
  /** Measurements that failed, with why: the others still ran. */
  failures: Array<{ task: string; error: string }>;
}

/** Rows as people say them: 1k, 10k, 100k. */
export function sizeLabel(rows: number): string {
  return rows >= 1000 && rows % 1000 === 0 ? `${rows / 1000}k` : String(rows);
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, c) =>
    Math.max(cell.length, ...rows.map((row) => (row[c] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => pad(cell, widths[c], c > 0))
      .join('  ')
      .trimEnd();
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

/** A Markdown table: the first column left-aligned, the others right-aligned. */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rule = `|${header.map((_, c) => (c === 0 ? ' --- ' : ' ---: ')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

const ms = (value: number) => (value >= 100 ? `${Math.round(value)}` : value.toFixed(1));

/** The tables of a run, each as a header and rows, for text and Markdown alike. */
export function tables(
  results: BenchResults,
): Array<{ title: string; header: string[]; rows: string[][] }> {
  const { sizes } = results;
  const byWorkflow = <T extends { workflow: string; rows: number }>(list: T[]) => {
    const names = [...new Set(list.map((item) => item.workflow))];
    return names.map((name) => ({
      name,
      at: (rows: number) => list.find((item) => item.workflow === name && item.rows === rows),
    }));
  };
  return [
    {
      title: 'Core: time (ms, fastest run) and peak resident memory (MB) of the whole process',
      header: [
        'workflow',
        ...sizes.map((rows) => `${sizeLabel(rows)} ms`),
        ...sizes.map((rows) => `${sizeLabel(rows)} MB`),
      ],
      rows: byWorkflow(results.core).map(({ name, at }) => [
        name,
        ...sizes.map((rows) => (at(rows) ? ms(at(rows)!.ms) : '–')),
        ...sizes.map((rows) => (at(rows) ? String(Math.round(at(rows)!.peakMb)) : '–')),
      ]),
    },
    {
      title: 'Apps Script host: service calls (+ grid growth), data calls / floor',
      header: [
        'workflow',
        ...sizes.map((rows) => `${sizeLabel(rows)} calls`),
        ...sizes.map((rows) => `${sizeLabel(rows)} data/floor`),
      ],
      rows: byWorkflow(results.calls).map(({ name, at }) => [
        name,
        ...sizes.map((rows) => {
          const found = at(rows);
          if (!found) return '–';
          return found.growth > 0
            ? `${found.total - found.growth} +${found.growth} grid`
            : String(found.total);
        }),
        ...sizes.map((rows) => {
          const found = at(rows);
          return found
            ? `${found.reads + found.writes}/${found.floor} = ${found.ratio.toFixed(2)}`
            : '–';
        }),
      ]),
    },
    {
      title: 'Month-end sales totals: hand-made SUMIFS/VLOOKUP in HyperFormula vs the core',
      header: [
        'rows',
        'order lines',
        'SKUs',
        'formulas',
        'core ms',
        'formulas ms',
        'ratio',
        'totals equal',
      ],
      rows: results.hand.map((row) => [
        sizeLabel(row.rows),
        String(row.orderLines),
        String(row.skus),
        String(row.formulas),
        ms(row.coreMs),
        ms(row.handMs),
        `${row.ratio.toFixed(1)}×`,
        `${row.compared - row.mismatches}/${row.compared}`,
      ]),
    },
    {
      title: 'Custom functions: one call over 1,000 rows (ms, fastest of three fresh processes)',
      header: ['function', 'first call', 'later calls', '⚠ rows'],
      rows: results.functions.map((row) => [
        row.name,
        ms(row.coldMs),
        ms(row.warmMs),
        String(row.warnings),
      ]),
    },
  ];
}

/** What a run prints: every table, the bundle's size and PASS/MISS per target. */
export function printable(results: BenchResults): string {
  const parts = tables(results).map(
    (table) => `${table.title}\n${textTable(table.header, table.rows)}`,
  );
  parts.push(`dist/Code.js: ${(results.codeBytes / 1024).toFixed(1)} KiB`);
  parts.push(`load average: ${results.load.start} at the start, ${results.load.end} at the end`);
  for (const failure of results.failures) parts.push(`FAILED  ${failure.task}: ${failure.error}`);
  parts.push(
    results.targets
      .map((target) => `${target.pass ? 'PASS' : 'MISS'}  ${target.name}: ${target.detail}`)
      .join('\n'),
  );
  return parts.join('\n\n');
}

/** The same, in Markdown, for bench/README.md. */
export function markdown(results: BenchResults): string {
  const { machine } = results;
  const parts = [
    `Run ${results.date.slice(0, 10)} on ${machine.cpu} (${machine.cpus} cores, shared with ` +
      `other work: load average ${results.load.start} at the start, ${results.load.end} at the end), ` +
      `${machine.memoryGb} GB, Node ${machine.node}.`,
    ...tables(results).map(
      (table) => `**${table.title}**\n\n${markdownTable(table.header, table.rows)}`,
    ),
    `**dist/Code.js**: ${(results.codeBytes / 1024).toFixed(1)} KiB`,
    ...results.failures.map((failure) => `**Failed** ${failure.task}: ${failure.error}`),
    `**Targets**\n\n${markdownTable(
      ['target', 'result', 'measured'],
      results.targets.map((target) => [target.name, target.pass ? 'PASS' : 'MISS', target.detail]),
    )}`,
  ];
  return parts.join('\n\n');
}

/** Checks the targets of issue 8 against a run. */
export function evaluateTargets(results: BenchResults): Target[] {
  const targets: Target[] = [];
  const smallest = Math.min(...results.sizes);
  const largest = Math.max(...results.sizes);

  const workflows = [...new Set(results.calls.map((row) => row.workflow))];
  for (const workflow of workflows) {
    const small = results.calls.find((row) => row.workflow === workflow && row.rows === smallest);
    const large = results.calls.find((row) => row.workflow === workflow && row.rows === largest);
    const worst = Math.max(
      ...results.calls.filter((row) => row.workflow === workflow).map((row) => row.ratio),
    );
    if (!small || !large) continue;
    targets.push({
      name: `${workflow}: service calls the same at ${sizeLabel(smallest)} and ${sizeLabel(largest)}, ≤ 2× floor`,
      pass: small.total - small.growth === large.total - large.growth && worst <= 2,
      detail:
        `${small.total - small.growth} and ${large.total - large.growth} calls` +
        (small.growth + large.growth > 0
          ? ` (+${small.growth} and +${large.growth} to grow a full grid)`
          : '') +
        `; data calls ${worst.toFixed(2)}× the floor at most`,
    });
  }

  const monthEnd = results.core.find((row) => row.workflow === 'monthEnd' && row.rows === 100_000);
  if (monthEnd) {
    targets.push({
      name: 'month-end over 100k order lines < 2 s and < 500 MB',
      pass: monthEnd.ms < 2000 && monthEnd.peakMb < 500,
      detail: `${ms(monthEnd.ms)} ms, ${Math.round(monthEnd.peakMb)} MB peak`,
    });
  }
  const validate = results.core.find(
    (row) => row.workflow === 'validate (products only)' && row.rows === 10_000,
  );
  if (validate) {
    targets.push({
      name: 'validate 10k new-product rows < 1 s',
      pass: validate.ms < 1000,
      detail: `${ms(validate.ms)} ms (${validate.note}; the other sheets the demo's)`,
    });
  }
  const exported = results.core.find((row) => row.workflow === 'export' && row.rows === 10_000);
  if (exported) {
    targets.push({
      name: 'export 5k SKUs × 5 sites < 3 s',
      pass: exported.ms < 3000,
      detail: `${ms(exported.ms)} ms (${exported.note})`,
    });
  }
  if (results.functions.length > 0) {
    const slowest = [...results.functions].sort((a, b) => b.coldMs - a.coldMs)[0];
    targets.push({
      name: 'every custom function on 1,000 rows < 100 ms',
      pass: results.functions.every((row) => row.coldMs < 100),
      detail: `slowest first call ${slowest.name} ${ms(slowest.coldMs)} ms`,
    });
  }
  targets.push({
    name: 'dist/Code.js < 400 KB',
    pass: results.codeBytes < 400 * 1024,
    detail: `${(results.codeBytes / 1024).toFixed(1)} KiB`,
  });
  return targets;
}
