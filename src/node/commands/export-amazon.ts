import { readdir, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

import type { TemplateSource } from '../../core/amazon/templates';
import { SITES } from '../../core/contract/sheets';
import type { Site } from '../../core/contract/sheets';
import { t } from '../../core/i18n';
import type { Localized } from '../../core/i18n';
import { RoleError } from '../../core/roles';
import { exportAmazon } from '../../workflows/export-amazon';
import type { ExportAmazonResult } from '../../workflows/export-amazon';
import { load } from '../../workflows/load';
import { positionals, requiredOption, UsageError } from '../args';
import { findingLine } from '../findings-text';
import { saveReportFiles } from '../report-xlsx';
import { XlsxWorkbook } from '../xlsx-workbook';
import type { Command, CommandContext } from './types';

/** The sites of `--sites UK,DE`, every site when absent. */
function sitesOption(value: string | boolean | undefined): Site[] {
  if (typeof value !== 'string') return [...SITES];
  const asked = value
    .split(/[,\s]+/)
    .map((site) => site.trim().toUpperCase())
    .filter(Boolean);
  const unknown = asked.filter((site) => !(SITES as readonly string[]).includes(site));
  if (asked.length === 0 || unknown.length > 0) {
    throw new UsageError(
      t(
        `--sites 只能是 ${SITES.join(',')} 中的站点，用逗号分隔`,
        `--sites takes sites among ${SITES.join(',')}, separated by commas`,
      ),
    );
  }
  return SITES.filter((site) => asked.includes(site));
}

function dateOption(value: string | boolean | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new UsageError(t('--date 应为 YYYY-MM-DD', '--date must be YYYY-MM-DD'));
  }
  return value;
}

const TEMPLATE_FILE = /^([A-Za-z0-9_]+)-(UK|DE|FR|IT|ES)\.txt$/i;

/**
 * The templates of a folder: `<PRODUCT_TYPE>-<SITE>.txt`, tab-delimited as Seller Central
 * exports them. Each line is kept exactly as written (only the line ending goes).
 */
async function templatesIn(dir: string, context: CommandContext): Promise<TemplateSource[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new UsageError(
      t(`找不到模板文件夹 ${dir}`, `The templates folder ${dir} cannot be read`),
    );
  }
  const sources: TemplateSource[] = [];
  for (const name of names.sort()) {
    const match = TEMPLATE_FILE.exec(name);
    if (!match) {
      if (name.toLowerCase().endsWith('.txt')) {
        context.warn(
          context.text(
            t(
              `${name} 不是 <产品类型>-<站点>.txt 形式的文件名，已跳过`,
              `${name} is not named <PRODUCT_TYPE>-<SITE>.txt; skipped`,
            ),
          ),
        );
      }
      continue;
    }
    const text = (await readFile(path.join(dir, name), 'utf8')).replace(/^\uFEFF/, '');
    const rows = text.split(/\r\n|\n|\r/);
    if (rows[rows.length - 1] === '') rows.pop();
    sources.push({
      productType: match[1].toUpperCase(),
      site: match[2].toUpperCase() as Site,
      rows,
    });
  }
  return sources;
}

const TEMPLATE_NAMES: Record<string, Localized> = {
  sheet: t('模板表', 'template sheet'),
  file: t('模板文件', 'template file'),
  'built-in': t('内置经典格式', 'built-in classic layout'),
};

/** The lines the terminal shows: each site's counts and files, then each refused row. */
function summaryLines(result: ExportAmazonResult, context: CommandContext): string[] {
  const lines: string[] = [];
  for (const site of result.summary) {
    const templates = Object.entries(site.templates)
      .map(([type, kind]) => `${type}: ${context.text(TEMPLATE_NAMES[kind])}`)
      .join('; ');
    lines.push(
      context.text(
        t(
          `${site.site}：导出 ${site.exported} 行，拒绝 ${site.refused} 行，此前已导出 ${site.alreadyExported} 行（${templates || '无模板'}）批次 ${site.batchId}`,
          `${site.site}: ${site.exported} exported, ${site.refused} refused, ${site.alreadyExported} exported before (${templates || 'no template'}), batch ${site.batchId}`,
        ),
      ),
    );
  }
  for (const refused of result.refused) {
    lines.push(
      context.text(
        t(`拒绝 ${refused.site} ${refused.sku}：`, `Refused ${refused.site} ${refused.sku}:`),
      ),
    );
    for (const finding of refused.findings) lines.push(`  ${findingLine(finding, context.lang)}`);
  }
  for (const finding of result.findings) lines.push(findingLine(finding, context.lang));
  return lines;
}

interface ExportRun {
  result: ExportAmazonResult;
  written: string[];
}

/** Exports a workbook file into a folder; with a user, stamps the batch into the workbook. */
async function runExport(
  file: string,
  outDir: string,
  options: { sites: Site[]; date?: string; templates: TemplateSource[]; user: string | null },
  context: CommandContext,
): Promise<ExportRun> {
  const workbook = await XlsxWorkbook.open(file);
  const result = exportAmazon(workbook, {
    sites: options.sites,
    date: options.date,
    templates: options.templates,
    dryRun: options.user === null,
    user: options.user ?? '',
    now: context.now,
  });
  const written = await saveReportFiles(outDir, result.files);
  if (!result.dryRun && result.edits.length > 0) await workbook.save(file);
  return { result, written };
}

/** `export-amazon`: the Amazon upload files of each site (R2.2, R4.5, R4.6). */
export const exportAmazonCommand: Command = {
  name: 'export-amazon',
  usage:
    'export-amazon <workbook.xlsx> --out <dir> [--sites UK,DE,FR,IT,ES] [--date YYYY-MM-DD] ' +
    '[--templates <dir>] [--user <email>]',
  summary: t(
    '生成各站点的亚马逊上传文件（.txt 和 .json）；给出 --user（上传人员或站点负责人）时在工作簿中记下导出批次',
    'Write the Amazon upload files (.txt and .json) of each site; with --user (an uploader or ' +
      'the site owner), stamp the export batch into the workbook',
  ),
  options: { out: 'string', sites: 'string', date: 'string', templates: 'string', user: 'string' },

  async run(args, context) {
    const [input] = positionals(args, 1);
    const outDir = context.resolve(requiredOption(args, 'out'));
    const sites = sitesOption(args.options.sites);
    const date = dateOption(args.options.date);
    const templates =
      typeof args.options.templates === 'string'
        ? await templatesIn(context.resolve(args.options.templates), context)
        : [];
    const user = typeof args.options.user === 'string' ? args.options.user : null;

    let run: ExportRun;
    try {
      run = await runExport(
        context.resolve(input),
        outDir,
        { sites, date, templates, user },
        context,
      );
    } catch (error) {
      if (!(error instanceof RoleError)) throw error;
      context.warn(error.text(context.lang));
      return 2;
    }
    for (const line of summaryLines(run.result, context)) context.say(line);
    for (const file of run.written) context.say(file);
    context.say(
      context.text(
        run.result.dryRun
          ? t(
              '未给出 --user：工作簿未改动（试运行）。',
              'No --user: the workbook is unchanged (a dry run).',
            )
          : t(`导出批次已写入 ${input}`, `Export batches stamped into ${input}`),
      ),
    );
    return run.result.refused.length > 0 ? 1 : 0;
  },

  async demo({ workbook, outDir, context }) {
    // The demo exports all five sites as the first uploader of its Settings, stamping the
    // batches into the demo workbook, and writes the summary beside the files.
    const book = await XlsxWorkbook.open(workbook);
    const [uploader] = load(book, []).settings.uploaders;
    const run = await runExport(
      workbook,
      outDir,
      { sites: [...SITES], templates: [], user: uploader ?? null },
      context,
    );
    const summary = path.join(outDir, 'export-amazon.txt');
    await writeFile(summary, `${summaryLines(run.result, context).join('\n')}\n`);
    return [...run.written, summary];
  },
};
