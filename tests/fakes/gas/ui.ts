import type { FakeCloud } from './cloud';
import { GasObject, fakeOf } from './counting';
import type { Implements } from './counting';
import { Button, ButtonSet } from './enums';
import { FakeHtmlOutput } from './html';

type ButtonName = keyof typeof Button;
type ButtonSetName = keyof typeof ButtonSet;

/** A menu as added to the UI. */
export interface MenuRecord {
  title: string;
  items: MenuItemRecord[];
}

/** One entry of a menu: an item, a separator or a submenu. */
export type MenuItemRecord =
  { caption: string; functionName: string } | { separator: true } | { subMenu: MenuRecord };

/** A sidebar shown (sidebars are 300 px wide whatever their HtmlOutput says). */
export interface SidebarRecord {
  title: string;
  html: string;
}

/** A modal or modeless dialog shown. */
export interface DialogRecord {
  title: string;
  html: string;
  modal: boolean;
  width: number;
  height: number;
}

/** An alert shown, with the button the simulated user pressed. */
export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  answer: ButtonName;
}

/** A prompt shown, with what the simulated user typed and pressed. */
export interface PromptRecord extends AlertRecord {
  text: string;
}

/** A toast shown by `Spreadsheet.toast`. */
export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/**
 * Everything the add-on showed the user, and the answers the simulated user will give. An
 * unanswered alert or prompt gets the set's first button (OK, or YES for YES_NO sets).
 */
export class UiLog {
  readonly menus: MenuRecord[] = [];
  readonly sidebars: SidebarRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  private readonly alertAnswers: ButtonName[] = [];
  private readonly promptAnswers: Array<{ text: string; button: ButtonName }> = [];

  /** The button the user will press on the next alert (CLOSE is the title-bar ×). */
  answerNextAlert(button: ButtonName): void {
    this.alertAnswers.push(button);
  }

  /** What the user will type and press on the next prompt. */
  answerNextPrompt(text: string, button: ButtonName = 'OK'): void {
    this.promptAnswers.push({ text, button });
  }

  /** Takes the next queued alert answer for a button set. */
  nextAlertAnswer(buttons: ButtonSetName): ButtonName {
    return UiLog.allowed(this.alertAnswers.shift(), buttons);
  }

  /** Takes the next queued prompt answer for a button set. */
  nextPromptAnswer(buttons: ButtonSetName): { text: string; button: ButtonName } {
    const answer = this.promptAnswers.shift();
    return { text: answer?.text ?? '', button: UiLog.allowed(answer?.button, buttons) };
  }

  private static allowed(answer: ButtonName | undefined, buttons: ButtonSetName): ButtonName {
    if (answer === undefined) return BUTTONS_OF[buttons][0];
    if (answer !== 'CLOSE' && !BUTTONS_OF[buttons].includes(answer)) {
      throw new Error(`The queued answer ${answer} is not a button of ButtonSet.${buttons}`);
    }
    return answer;
  }
}

/** A menu being built (`Menu`); nothing shows until `addToUi`. */
export class FakeMenu
  extends GasObject
  implements
    Implements<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'>
{
  readonly gasType = 'Menu';
  private readonly items: MenuItemRecord[] = [];

  constructor(
    cloud: FakeCloud,
    private readonly log: UiLog,
    private readonly title: string,
  ) {
    super(cloud);
  }

  /** Adds an item that runs a top-level function by name. */
  addItem(caption: string, functionName: string): this {
    if (typeof functionName !== 'string' || functionName === '') {
      throw new Error('Invalid argument: functionName');
    }
    this.items.push({ caption, functionName });
    return this;
  }

  /** Adds a separator line. */
  addSeparator(): this {
    this.items.push({ separator: true });
    return this;
  }

  /** Nests another menu. */
  addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    this.items.push({ subMenu: fakeOf(menu, FakeMenu, 'menu').record() });
    return this;
  }

  /** Shows the menu, replacing one of the same title (as re-running onOpen does). */
  addToUi(): void {
    const existing = this.log.menus.findIndex((menu) => menu.title === this.title);
    if (existing >= 0) this.log.menus.splice(existing, 1);
    this.log.menus.push(this.record());
  }

  /** The menu as it stands. */
  record(): MenuRecord {
    return { title: this.title, items: this.items.map((item) => ({ ...item })) };
  }
}

/** The answer to a prompt (`PromptResponse`). */
export class FakePromptResponse extends GasObject {
  readonly gasType = 'PromptResponse';

  constructor(
    cloud: FakeCloud,
    private readonly text: string,
    private readonly button: ButtonName,
  ) {
    super(cloud);
  }

  /** What the user typed. */
  getResponseText(): string {
    return this.text;
  }

  /** The button pressed, a `Ui.Button` member. */
  getSelectedButton(): ButtonName {
    return this.button;
  }
}

type UiMethods =
  | 'alert'
  | 'createAddonMenu'
  | 'createMenu'
  | 'prompt'
  | 'showModalDialog'
  | 'showModelessDialog'
  | 'showSidebar';

/** Splits alert/prompt arguments: (prompt), (prompt, buttons) or (title, prompt, buttons). */
function dialogArguments(args: unknown[]): {
  title: string;
  prompt: string;
  buttons: ButtonSetName;
} {
  const [title, prompt, buttons] =
    args.length >= 3 ? args : args.length === 2 ? ['', args[0], args[1]] : ['', args[0], 'OK'];
  const set = String(buttons) as ButtonSetName;
  if (!(set in BUTTONS_OF)) throw new Error('Invalid argument: buttons');
  return { title: String(title), prompt: String(prompt), buttons: set };
}

/** The spreadsheet's user interface (`Ui`), recording what it shows in a `UiLog`. */
export class FakeUi extends GasObject implements Implements<GoogleAppsScript.Base.Ui, UiMethods> {
  readonly gasType = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    cloud: FakeCloud,
    private readonly log: UiLog,
  ) {
    super(cloud);
  }

  /** Shows an alert and returns the button pressed. */
  alert(...args: [string] | [string, unknown] | [string, string, unknown]): ButtonName {
    const shown = dialogArguments(args);
    const answer = this.log.nextAlertAnswer(shown.buttons);
    this.log.alerts.push({ ...shown, answer });
    return answer;
  }

  /** The add-on's own menu, titled with the add-on's name. */
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.cloud, this.log, this.cloud.settings.addOnName);
  }

  /** A menu of the spreadsheet's menu bar. */
  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.cloud, this.log, caption);
  }

  /** Shows a prompt and returns what the user answered. */
  prompt(...args: [string] | [string, unknown] | [string, string, unknown]): FakePromptResponse {
    const shown = dialogArguments(args);
    const { text, button } = this.log.nextPromptAnswer(shown.buttons);
    this.log.prompts.push({ ...shown, answer: button, text });
    return new FakePromptResponse(this.cloud, text, button);
  }

  /** Shows a modal dialog. */
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.showDialog(userInterface, title, true);
  }

  /** Shows a modeless dialog. */
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.showDialog(userInterface, title, false);
  }

  private showDialog(userInterface: unknown, title: string, modal: boolean): void {
    const output = fakeOf(userInterface, FakeHtmlOutput, 'userInterface');
    this.log.dialogs.push({
      title,
      html: output.getContent(),
      modal,
      width: output.getWidth(),
      height: output.getHeight(),
    });
  }

  /** Shows a sidebar titled with the output's title. */
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    const output = fakeOf(userInterface, FakeHtmlOutput, 'userInterface');
    this.log.sidebars.push({ title: output.getTitle(), html: output.getContent() });
  }
}
