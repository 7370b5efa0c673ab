import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';

import { hasErrors, UnusableInputError, viewFinding } from '../../core/findings';
import type { Finding } from '../../core/findings';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/i18n';
import { runCheck } from '../../workflows/check';
import { positionals } from '../args';
import { findingReport } from '../findings-text';
import { XlsxWorkbook } from '../xlsx-workbook';
import type { Command, CommandContext } from './types';

/** Checks a workbook file; unusable input comes back as findings, flagged as such. */
async function checkFile(
  file: string,
  now: Date,
): Promise<{ findings: Finding[]; unusable: boolean; sheets: number }> {
  try {
    const workbook = await XlsxWorkbook.open(file);
    const { findings, loaded } = runCheck(workbook, now);
    return { findings, unusable: false, sheets: Object.keys(loaded.tabs).length };
  } catch (error) {
    if (error instanceof UnusableInputError) {
      return { findings: error.findings, unusable: true, sheets: 0 };
    }
    throw error;
  }
}

function asJson(findings: readonly Finding[], lang: Lang): string {
  return JSON.stringify(
    findings.map((finding) => viewFinding(finding, lang)),
    null,
    2,
  );
}

function exitCode(result: { findings: Finding[]; unusable: boolean }): number {
  if (result.unusable) return 2;
  return hasErrors(result.findings) ? 1 : 0;
}

function logRun(
  context: CommandContext,
  result: { findings: Finding[]; sheets: number },
  started: number,
): void {
  const errors = result.findings.filter((finding) => finding.severity === 'error').length;
  context.warn(
    `check: ${result.sheets} sheets, ${errors} errors, ${result.findings.length - errors} warnings, ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** `check`: every sheet against its contract and every business rule, without writing. */
export const checkCommand: Command = {
  name: 'check',
  usage: 'check <workbook.xlsx> [--json] [--lang zh|en]',
  summary: t(
    '检查工作簿：表头、单元格和业务规则（不修改文件）',
    'Check a workbook: headers, cells and business rules (the file is not changed)',
  ),
  options: { json: 'boolean' },

  async run(args, context) {
    const [file] = positionals(args, 1);
    const started = Date.now();
    const result = await checkFile(context.resolve(file), context.now);

    if (args.options.json) context.say(asJson(result.findings, context.lang));
    if (result.unusable) {
      for (const finding of result.findings) context.warn(finding.message[context.lang]);
      return 2;
    }
    if (!args.options.json) {
      for (const line of findingReport(result.findings, context.lang)) context.say(line);
    }
    logRun(context, result, started);
    return exitCode(result);
  },

  async demo({ workbook, outDir, context }) {
    const result = await checkFile(workbook, context.now);
    const text = path.join(outDir, 'check.txt');
    const json = path.join(outDir, 'check.json');
    await writeFile(text, `${findingReport(result.findings, context.lang).join('\n')}\n`);
    await writeFile(json, `${asJson(result.findings, context.lang)}\n`);
    return [text, json];
  },
};
