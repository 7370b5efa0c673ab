import type { Finding } from '../core/findings';
import type { Lang } from '../core/i18n';

/** Where a finding points, as a spreadsheet reference: `上新表!H5`, `Orders!7:7`, `Settings`. */
function reference(finding: Finding): string {
  if (finding.cell) return `${finding.sheet}!${finding.cell}`;
  if (finding.row !== null) return `${finding.sheet}!${finding.row}:${finding.row}`;
  return finding.sheet;
}

/** One finding on one line: `上新表!H5 [R3.5] error: …`. */
export function findingLine(finding: Finding, lang: Lang): string {
  return `${reference(finding)} [${finding.rule}] ${finding.severity}: ${finding.message[lang]}`;
}

/** How many errors and warnings, in words. */
export function countLine(findings: readonly Finding[], lang: Lang): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  if (lang === 'zh') return `${errors} 个错误，${warnings} 个警告`;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/**
 * Findings as the terminal shows them: a heading per sheet with its counts, its findings
 * below, then the totals. Findings are expected sorted (sortFindings).
 */
export function findingReport(findings: readonly Finding[], lang: Lang): string[] {
  if (findings.length === 0) return [lang === 'zh' ? '未发现问题。' : 'No problems found.'];
  const lines: string[] = [];
  const sheets = [...new Set(findings.map((finding) => finding.sheet))];
  for (const sheet of sheets) {
    const ofSheet = findings.filter((finding) => finding.sheet === sheet);
    if (lines.length > 0) lines.push('');
    lines.push(`${sheet} (${countLine(ofSheet, lang)})`);
    for (const finding of ofSheet) lines.push(`  ${findingLine(finding, lang)}`);
  }
  lines.push('');
  lines.push(
    lang === 'zh' ? `合计：${countLine(findings, lang)}` : `Total: ${countLine(findings, lang)}`,
  );
  return lines;
}
