import type { Finding } from '../findings';
import { sortFindings, UnusableInputError } from '../findings';
import { t } from '../i18n';
import type { Decimal } from '../money';
import { cellFinding, place } from '../reader';
import type { RowMeta, SheetRead } from '../reader';
import { fxRate, missingRateFinding } from './fx-rates';
import type { FxTable } from './fx-rates';

/**
 * What a report needs from the sheets, collected as it is computed: a value that cannot be
 * read in a line the report counts, or a missing FX rate, is one finding that names the
 * sheet, row and column to fix. The report is produced only when there is none.
 */
export class ReportInputs {
  private readonly problems = new Map<string, Finding>();
  private readonly readerFindings = new Map<string, Finding>();
  private readonly missingRates = new Map<
    string,
    { month: string; currency: string; first: { zh: string; en: string }; more: number }
  >();

  constructor(
    readonly fx: FxTable,
    reads: ReadonlyArray<SheetRead<unknown> | undefined>,
  ) {
    for (const read of reads) {
      for (const finding of read?.findings ?? []) {
        this.readerFindings.set(cellKey(finding.sheet, finding.row, finding.column), finding);
      }
    }
    for (const finding of fx.findings)
      this.problems.set(cellKey(finding.sheet, finding.row, 'rate'), finding);
  }

  /**
   * A value the line cannot be counted without. When it is null, the reader's own finding on
   * that cell (why it cannot be read) is kept, or one saying the report needs it.
   */
  need<T>(read: SheetRead<unknown>, row: RowMeta, column: string, value: T | null): T | null {
    if (value !== null) return value;
    const at = cellKey(read.layout.sheetName, row.rowNumber, column);
    if (this.problems.has(at)) return null;
    const fromReader = this.readerFindings.get(at);
    this.problems.set(
      at,
      fromReader ??
        cellFinding(
          read.layout,
          row.rowNumber,
          column,
          'R7.1',
          'error',
          t('报表需要此值，请填写', 'the report needs this value: fill it in'),
        ),
    );
    return null;
  }

  /**
   * A value the line may leave empty (shipping charged, VAT). A cell that holds something
   * unreadable still stops the report: counting it as zero would be a guess.
   */
  optional<T>(read: SheetRead<unknown>, row: RowMeta, column: string, value: T | null): T | null {
    if (value !== null) return value;
    const at = cellKey(read.layout.sheetName, row.rowNumber, column);
    const fromReader = this.readerFindings.get(at);
    if (fromReader) this.problems.set(at, fromReader);
    return null;
  }

  /** True when an optional cell was unreadable, so the line's figures are unknown. */
  unreadable(read: SheetRead<unknown>, row: RowMeta, column: string): boolean {
    return this.readerFindings.has(cellKey(read.layout.sheetName, row.rowNumber, column));
  }

  /**
   * The rate that converts a line's amounts to base currency: the rate of the line's own
   * month. A missing one is noted once per month and currency, with the first line needing it.
   */
  rate(currency: string, month: string, read: SheetRead<unknown>, row: RowMeta): Decimal | null {
    const found = fxRate(this.fx, month, currency);
    if (found !== null) return found;
    const at = `${month} ${currency}`;
    const seen = this.missingRates.get(at);
    if (seen) seen.more += 1;
    else {
      const first = place(read.layout.sheetName, row.rowNumber);
      this.missingRates.set(at, { month, currency, first, more: 0 });
    }
    return null;
  }

  /** Every problem found so far, in sheet order, missing rates first. */
  findings(): Finding[] {
    const rates = [...this.missingRates.values()]
      .sort((a, b) => a.month.localeCompare(b.month) || a.currency.localeCompare(b.currency))
      .map((missing) =>
        missingRateFinding(this.fx, missing.month, missing.currency, missing.first, missing.more),
      );
    return [...rates, ...sortFindings([...this.problems.values()])];
  }

  /** Stops the report when anything it needs is missing. */
  throwIfAny(): void {
    const findings = this.findings();
    if (findings.length > 0) throw new UnusableInputError(findings);
  }
}

function cellKey(sheet: string, row: number | null, column: string): string {
  return `${sheet}\u0000${row ?? ''}\u0000${column}`;
}
