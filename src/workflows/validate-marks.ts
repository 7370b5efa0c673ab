import type { Finding, Severity } from '../core/findings';
import type { Lang } from '../core/i18n';
import { place } from '../core/reader';
import type { TabEdit, Workbook } from '../workbook/port';
import { runCheck } from './check';
import type { Loaded } from './load';

/** Every note the add-on writes starts with this: how a later run knows the note is its own. */
export const MARK_PREFIX = 'Seller Sheets: ';

/** The background of a cell with a finding: light red for errors, light yellow for warnings. */
export const MARK_COLOURS: Readonly<Record<Severity, string>> = {
  error: '#f4c7c3',
  warning: '#fce8b2',
};

/** What marking did, in counts a log line or a sidebar can show. */
export interface MarkPlan {
  /** One edit per tab whose marks change; none for a tab that stays as it is. */
  edits: TabEdit[];
  /** Cells that carry a mark after the run (new, changed or kept). */
  marked: number;
  /** Cells whose earlier mark was removed because they are fine now. */
  cleared: number;
  /** Cells with a finding left unmarked because a person's own note is on them. */
  unmarked: number;
}

/** What "Validate" found and marked. */
export interface ValidateResult {
  findings: Finding[];
  loaded: Loaded;
  marks: MarkPlan;
}

/** The problem of a finding without the sheet, row and column its message starts with. */
export function findingProblem(finding: Finding, lang: Lang): string {
  const message = finding.message[lang];
  const where = place(finding.sheet, finding.row, finding.header)[lang];
  for (const separator of ['：', ': ']) {
    if (message.startsWith(where + separator))
      return message.slice(where.length + separator.length);
  }
  return message;
}

/** 1-based row and column of an A1 address such as `AB12`; null for anything else. */
export function parseCellAddress(a1: string): { row: number; column: number } | null {
  const match = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(a1);
  if (!match) return null;
  let column = 0;
  for (const letter of match[1]) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}

/** The note a cell with these findings gets: errors first, one line per rule and problem. */
function noteFor(findings: readonly Finding[], lang: Lang): string {
  const ordered = [...findings].sort(
    (a, b) =>
      Number(a.severity === 'warning') - Number(b.severity === 'warning') ||
      a.rule.localeCompare(b.rule),
  );
  const lines = [...new Set(ordered.map((f) => `[${f.rule}] ${findingProblem(f, lang)}`))];
  return MARK_PREFIX + lines.join('\n');
}

/** A background as compared here: lower case, and no colour at all for the default white. */
function colourOf(background: string | undefined): string {
  const colour = (background ?? '').trim().toLowerCase();
  return colour === '#ffffff' || colour === 'white' ? '' : colour;
}

const OUR_COLOURS = new Set(Object.values(MARK_COLOURS));

/**
 * The one mark block of a tab: the smallest rectangle holding every cell whose note or colour
 * changes, the other cells inside it written back as they are. Null when nothing changes.
 *
 * A cell's note is the add-on's when it starts with MARK_PREFIX; its colour is the add-on's
 * when it is one of MARK_COLOURS on a cell whose note is the add-on's. So a note or a colour
 * a person set is never changed: a finding on a cell with a person's note is left unmarked
 * (the sidebar still lists it), and a person's colour stays under the add-on's note.
 */
function planTab(
  tab: string,
  findings: readonly Finding[],
  notes: string[][],
  backgrounds: string[][],
  lang: Lang,
): { edit: TabEdit | null; marked: number; cleared: number; unmarked: number } {
  // By row, then column: every cell of the tab is looked up, so no key text is built per cell.
  const wanted = new Map<
    number,
    Map<number, { row: number; column: number; findings: Finding[] }>
  >();
  for (const finding of findings) {
    const at = finding.cell ? parseCellAddress(finding.cell) : null;
    if (!at) continue;
    const line = wanted.get(at.row) ?? new Map();
    const entry = line.get(at.column) ?? { ...at, findings: [] };
    entry.findings.push(finding);
    line.set(at.column, entry);
    wanted.set(at.row, line);
  }

  let height = notes.length;
  let width = notes.reduce((widest, line) => Math.max(widest, line.length), 0);
  for (const line of wanted.values()) {
    for (const { row, column } of line.values()) {
      height = Math.max(height, row);
      width = Math.max(width, column);
    }
  }

  const newNotes: string[][] = [];
  const newColours: string[][] = [];
  const changed: Array<{ row: number; column: number }> = [];
  let marked = 0;
  let cleared = 0;
  let unmarked = 0;
  for (let r = 0; r < height; r += 1) {
    newNotes.push([]);
    newColours.push([]);
    for (let c = 0; c < width; c += 1) {
      const note = notes[r]?.[c] ?? '';
      const colour = colourOf(backgrounds[r]?.[c]);
      const ourNote = note.startsWith(MARK_PREFIX);
      const ourColour = ourNote && OUR_COLOURS.has(colour);
      const want = wanted.get(r + 1)?.get(c + 1);

      let nextNote = note;
      let nextColour = colour;
      if (want && (ourNote || note === '')) {
        const severity = want.findings.some((f) => f.severity === 'error') ? 'error' : 'warning';
        nextNote = noteFor(want.findings, lang);
        if (ourColour || colour === '') nextColour = MARK_COLOURS[severity];
        marked += 1;
      } else if (want) {
        unmarked += 1;
      } else if (ourNote) {
        nextNote = '';
        if (ourColour) nextColour = '';
        cleared += 1;
      }

      newNotes[r].push(nextNote);
      newColours[r].push(nextColour);
      if (nextNote !== note || nextColour !== colour) changed.push({ row: r, column: c });
    }
  }
  if (changed.length === 0) return { edit: null, marked, cleared, unmarked };

  const top = Math.min(...changed.map((cell) => cell.row));
  const bottom = Math.max(...changed.map((cell) => cell.row));
  const left = Math.min(...changed.map((cell) => cell.column));
  const right = Math.max(...changed.map((cell) => cell.column));
  const cut = (grid: string[][]) =>
    grid.slice(top, bottom + 1).map((line) => line.slice(left, right + 1));
  return {
    edit: {
      tab,
      marks: {
        row: top + 1,
        column: left + 1,
        notes: cut(newNotes),
        backgrounds: cut(newColours),
      },
    },
    marked,
    cleared,
    unmarked,
  };
}

/**
 * Plans the validation marks of the checked tabs: on each cell with a finding a note in the
 * user's language and a colour by severity; on each cell the add-on marked before and that is
 * fine now, neither. Reads each tab's notes and colours once; never plans a value.
 */
export function planValidationMarks(
  workbook: Workbook,
  tabs: readonly string[],
  findings: readonly Finding[],
  lang: Lang,
): MarkPlan {
  const plan: MarkPlan = { edits: [], marked: 0, cleared: 0, unmarked: 0 };
  for (const tab of new Set(tabs)) {
    const own = findings.filter((finding) => finding.sheet === tab);
    const notes = workbook.readNotes(tab);
    const backgrounds = workbook.readBackgrounds(tab);
    const result = planTab(tab, own, notes, backgrounds, lang);
    if (result.edit) plan.edits.push(result.edit);
    plan.marked += result.marked;
    plan.cleared += result.cleared;
    plan.unmarked += result.unmarked;
  }
  return plan;
}

/**
 * Checks the whole workbook and plans its marks without applying them: what "Validate" would
 * do. Throws UnusableInputError when a sheet cannot be read at all.
 */
export function planValidation(workbook: Workbook, now: Date, lang: Lang): ValidateResult {
  const { findings, loaded } = runCheck(workbook, now);
  const tabs = Object.values(loaded.tabs).filter((tab): tab is string => Boolean(tab));
  return { findings, loaded, marks: planValidationMarks(workbook, tabs, findings, lang) };
}

/**
 * "Validate": checks the whole workbook, then marks every cell with a finding and clears the
 * marks of cells that are fine now, in one apply. Throws UnusableInputError, before marking
 * anything, when a sheet cannot be read at all.
 */
export function validateWithMarks(workbook: Workbook, now: Date, lang: Lang): ValidateResult {
  const started = Date.now();
  const result = planValidation(workbook, now, lang);
  const { findings, marks } = result;
  if (marks.edits.length > 0) workbook.apply(marks.edits);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  console.log(
    `validate: ${Object.keys(result.loaded.tabs).length} tabs, ${errors} errors, ` +
      `${findings.length - errors} warnings, ${marks.marked} marked, ${marks.cleared} cleared, ` +
      `${marks.unmarked} unmarked, ${Date.now() - started} ms`,
  );
  return result;
}
