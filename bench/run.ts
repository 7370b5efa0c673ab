import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setProductTypeSource } from '../src/core/amazon/product-types';
import { DEFINITIONS, POOL } from '../src/core/amazon/product-types.generated';
import * as main from '../src/gas/main';
import { readProductTypeFile } from '../src/gas/product-type-file';
import { SpreadsheetWorkbook } from '../src/gas/spreadsheet-workbook';
import { monthEnd } from '../src/workflows/month-end';
import { installGas } from '../tests/fakes/gas';
import { argumentsFor, customFunctionStubs } from './custom-functions';
import { handTotals } from './hand-formulas';
import { measure, median } from './measure';
import { evaluateTargets, markdown, printable } from './report';
import type {
  BenchResults,
  CallsResult,
  CoreResult,
  FunctionResult,
  HandResultRow,
} from './report';
import { syntheticWorkbook } from './synthetic';
import { BenchWorkbook, FloorWorkbook } from './workbooks';
import { runWorkflow, WORKFLOWS } from './workflows';
import type { WorkflowName } from './workflows';

/**
 * `npm run bench`: how the add-on fares as the sheets grow. The parent process runs each
 * measurement in a fresh child process (node --expose-gc), so that one measurement's memory
 * and warm code never flatter the next, then prints the tables with PASS/MISS per target and
 * writes bench/results.json and the table in bench/README.md.
 *
 * Options: --sizes 1000,10000 (default 1000,10000,100000), --only core,calls,hand,functions.
 */

const ROOT = path.resolve(__dirname, '..');
const RESULT_MARK = 'BENCH-RESULT ';
const DEFAULT_SIZES = [1_000, 10_000, 100_000];

type Task =
  | { kind: 'core'; workflow: WorkflowName; rows: number; runs: number; productsOnly?: boolean }
  | { kind: 'calls'; workflow: WorkflowName; rows: number }
  | { kind: 'hand'; rows: number }
  | { kind: 'function'; name: string };

// --- what each child process measures ---------------------------------------------------------

/** The tabs a workflow reads, found by running it on the smallest workbook. */
function tabsRead(workflow: WorkflowName): string[] {
  const book = syntheticWorkbook(1_000);
  const workbook = new FloorWorkbook(new BenchWorkbook(new Map(Object.entries(book.tabs))));
  runWorkflow(workflow, workbook, book);
  return workbook.floor().readTabs;
}

/** The core on its own, as the CLI runs it: the schemas from the generated module. */
function useGeneratedProductTypes(): void {
  setProductTypeSource(() => ({ definitions: DEFINITIONS, pool: POOL }));
}

async function coreTask(task: Extract<Task, { kind: 'core' }>): Promise<CoreResult> {
  useGeneratedProductTypes();
  const keep = tabsRead(task.workflow);
  const runs = [];
  for (let i = 0; i < task.runs; i += 1) {
    const book = syntheticWorkbook(task.rows, { keep, productsOnly: task.productsOnly });
    const workbook = new BenchWorkbook(new Map(Object.entries(book.tabs)));
    runs.push(await measure(() => runWorkflow(task.workflow, workbook, book)));
  }
  const fastest = runs.reduce((best, run) => (run.ms < best.ms ? run : best));
  return {
    workflow: task.productsOnly ? 'validate (products only)' : task.workflow,
    rows: task.rows,
    ms: fastest.ms,
    medianMs: median(runs.map((run) => run.ms)),
    cpuMs: fastest.cpuMs,
    runs: runs.length,
    baselineMb: runs[0].baselineMb,
    peakMb: runs[0].peakMb,
    heapAfterMb: runs[0].heapAfterMb,
    note: runs[0].value,
  };
}

function callsTask(task: Extract<Task, { kind: 'calls' }>): CallsResult {
  useGeneratedProductTypes();
  const keep = tabsRead(task.workflow);
  const book = syntheticWorkbook(task.rows, { keep });
  const fake = installGas({ sheets: book.tabs, timeZone: 'UTC', user: book.uploader });
  try {
    // The Apps Script host reads the schemas from their project file, as in Sheets.
    setProductTypeSource(readProductTypeFile);
    fake.resetCalls();
    const workbook = new FloorWorkbook(new SpreadsheetWorkbook(SpreadsheetApp.getActive()));
    runWorkflow(task.workflow, workbook, book);
    const { total, reads, writes } = fake.callSummary();
    const growth =
      (fake.calls['Sheet.insertRowsAfter'] ?? 0) + (fake.calls['Sheet.insertColumnsAfter'] ?? 0);
    const floor = workbook.floor();
    const floorCalls = floor.reads + floor.writes;
    return {
      workflow: task.workflow,
      rows: task.rows,
      total,
      growth,
      reads,
      writes,
      floor: floorCalls,
      ratio: Math.round(((reads + writes) / floorCalls) * 100) / 100,
      readTabs: floor.readTabs,
      writtenTabs: floor.writtenTabs,
    };
  } finally {
    fake.uninstall();
  }
}

async function handTask(task: Extract<Task, { kind: 'hand' }>): Promise<HandResultRow> {
  const keep = tabsRead('monthEnd');
  const book = syntheticWorkbook(task.rows, { keep });
  const workbook = new BenchWorkbook(new Map(Object.entries(book.tabs)));
  const core = await measure(() => monthEnd(workbook, book.month, book.now));
  const hand = handTotals(book, core.value.report);
  return {
    rows: task.rows,
    orderLines: hand.orderLines,
    skus: hand.skus,
    formulas: hand.formulas,
    coreMs: core.ms,
    handMs: hand.ms,
    ratio: Math.round((hand.ms / core.ms) * 10) / 10,
    mismatches: hand.mismatches,
    compared: hand.compared,
  };
}

function functionTask(task: Extract<Task, { kind: 'function' }>): FunctionResult {
  const stub = stubs().find((candidate) => candidate.name === task.name)!;
  const book = syntheticWorkbook(1_000);
  const { args, unknown } = argumentsFor(stub, book);
  const fn = (main as unknown as Record<string, (...args: unknown[]) => unknown[][]>)[task.name];
  const fake = installGas({
    sheets: book.tabs,
    timeZone: 'UTC',
    user: book.uploader,
    authMode: 'CUSTOM_FUNCTION',
  });
  try {
    const times: number[] = [];
    let result: unknown[][] = [];
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now();
      result = fn(...args);
      times.push(performance.now() - started);
    }
    const warnings = result.filter((row) => String(row[0]).startsWith('⚠')).length;
    return {
      name: task.name,
      rows: result.length,
      coldMs: Math.round(times[0] * 10) / 10,
      warmMs: Math.round(median(times.slice(1)) * 10) / 10,
      warnings,
      unknownParams: unknown,
    };
  } finally {
    fake.uninstall();
  }
}

async function runTask(task: Task): Promise<unknown> {
  switch (task.kind) {
    case 'core':
      return coreTask(task);
    case 'calls':
      return callsTask(task);
    case 'hand':
      return handTask(task);
    case 'function':
      return functionTask(task);
  }
}

// --- the parent -------------------------------------------------------------------------------

function stubs() {
  return customFunctionStubs(fs.readFileSync(path.join(ROOT, 'dist/Code.js'), 'utf8'));
}

function inChild<T>(task: Task): T {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=8192', __filename, '--child', JSON.stringify(task)],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const line = child.stdout
    .split('\n')
    .reverse()
    .find((text) => text.startsWith(RESULT_MARK));
  if (child.status !== 0 || !line) {
    throw new Error(`bench: ${JSON.stringify(task)} failed:\n${child.stderr || child.stdout}`);
  }
  return JSON.parse(line.slice(RESULT_MARK.length)) as T;
}

function option(name: string): string | null {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? null) : null;
}

function progress(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

/** Text as the project's Prettier would write the file, so that `npm run lint` stays clean. */
async function formatted(file: string, text: string): Promise<string> {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

/** Replaces the results between the markers of bench/README.md. */
async function updateReadme(results: BenchResults): Promise<void> {
  const file = path.join(ROOT, 'bench/README.md');
  if (!fs.existsSync(file)) return;
  const text = fs.readFileSync(file, 'utf8');
  const start = '<!-- bench:results -->';
  const end = '<!-- /bench:results -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return;
  const next = `${text.slice(0, from + start.length)}\n\n${markdown(results)}\n\n${text.slice(to)}`;
  fs.writeFileSync(file, await formatted(file, next));
}

async function parent(): Promise<void> {
  const sizes = (option('--sizes') ?? DEFAULT_SIZES.join(','))
    .split(',')
    .map(Number)
    .filter((rows) => rows > 0);
  const only = option('--only')?.split(',') ?? ['core', 'calls', 'hand', 'functions'];
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      platform: `${os.platform()} ${os.arch()}`,
    },
    load: { start: Math.round(os.loadavg()[0] * 10) / 10, end: 0 },
    sizes,
    core: [],
    calls: [],
    hand: [],
    functions: [],
    codeBytes: fs.statSync(path.join(ROOT, 'dist/Code.js')).size,
    targets: [],
    failures: [],
  };
  // A measurement that fails is recorded and the run goes on: a full run takes a while.
  const attempt = <T>(task: Task, into: T[]): void => {
    try {
      into.push(inChild<T>(task));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.failures.push({
        task: JSON.stringify(task),
        error: message.split('\n').slice(1, 3).join(' '),
      });
      progress(`failed: ${JSON.stringify(task)}`);
    }
  };

  for (const rows of sizes) {
    for (const workflow of WORKFLOWS) {
      if (only.includes('core')) {
        progress(`core ${workflow} ${rows}`);
        const runs = rows >= 100_000 ? 2 : 3;
        attempt<CoreResult>({ kind: 'core', workflow, rows, runs }, results.core);
      }
      if (only.includes('calls')) {
        progress(`calls ${workflow} ${rows}`);
        attempt<CallsResult>({ kind: 'calls', workflow, rows }, results.calls);
      }
    }
    if (only.includes('core') && rows === 10_000) {
      progress(`core validate ${rows}, products only`);
      const task: Task = { kind: 'core', workflow: 'validate', rows, runs: 3, productsOnly: true };
      attempt<CoreResult>(task, results.core);
    }
    if (only.includes('hand')) {
      progress(`hand-made month-end ${rows}`);
      attempt<HandResultRow>({ kind: 'hand', rows }, results.hand);
    }
  }
  if (only.includes('functions')) {
    for (const stub of stubs()) {
      progress(`custom function ${stub.name}`);
      // Three fresh processes: the first call's time is the one a busy machine disturbs most.
      const tries: FunctionResult[] = [];
      for (let i = 0; i < 3; i += 1)
        attempt<FunctionResult>({ kind: 'function', name: stub.name }, tries);
      if (tries.length > 0) {
        results.functions.push({
          ...tries[0],
          coldMs: Math.min(...tries.map((row) => row.coldMs)),
          warmMs: Math.min(...tries.map((row) => row.warmMs)),
        });
      }
    }
  }

  results.load.end = Math.round(os.loadavg()[0] * 10) / 10;
  results.targets = evaluateTargets(results);
  console.log(printable(results));
  const json = path.join(ROOT, 'bench/results.json');
  fs.writeFileSync(json, await formatted(json, JSON.stringify(results, null, 2)));
  await updateReadme(results);
}

async function child(task: Task): Promise<void> {
  const value = await runTask(task);
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(value)}\n`);
}

const childTask = option('--child');
(childTask ? child(JSON.parse(childTask) as Task) : parent()).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
