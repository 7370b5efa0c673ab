import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { FakeBlob } from './blob';
import type { FakeCloud } from './cloud';
import { GasObject, unwrap } from './counting';
import type { Implements } from './counting';
import { SandboxMode, XFrameOptionsMode } from './enums';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

type OutputMethods =
  | 'addMetaTag'
  | 'append'
  | 'appendUntrusted'
  | 'asTemplate'
  | 'clear'
  | 'getContent'
  | 'getFaviconUrl'
  | 'getHeight'
  | 'getTitle'
  | 'getWidth'
  | 'setContent'
  | 'setFaviconUrl'
  | 'setHeight'
  | 'setSandboxMode'
  | 'setTitle'
  | 'setWidth'
  | 'setXFrameOptionsMode';

/** A page to show in a sidebar or dialog (`HtmlOutput`). Width and height are 0 until set. */
export class FakeHtmlOutput
  extends GasObject
  implements Implements<GoogleAppsScript.HTML.HtmlOutput, OutputMethods>
{
  readonly gasType = 'HtmlOutput';
  private title = '';
  private width = 0;
  private height = 0;
  private faviconUrl: string | null = null;
  xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  sandboxMode: string = SandboxMode.IFRAME;
  readonly metaTags: Array<{ name: string; content: string }> = [];

  constructor(
    cloud: FakeCloud,
    private content: string,
  ) {
    super(cloud);
  }

  /** Adds a meta tag (only 'viewport', 'apple-mobile-web-app-capable' and a few are allowed). */
  addMetaTag(name: string, content: string): this {
    this.metaTags.push({ name, content });
    return this;
  }

  /** Appends HTML. */
  append(addedContent: string): this {
    this.content += addedContent;
    return this;
  }

  /** Appends text, escaped. */
  appendUntrusted(addedContent: string): this {
    this.content += escapeHtml(addedContent);
    return this;
  }

  /** A template over the same content. */
  asTemplate(): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.cloud, this.content);
  }

  /** Empties the content. */
  clear(): this {
    this.content = '';
    return this;
  }

  /** The HTML. */
  getContent(): string {
    return this.content;
  }

  /** Replaces the HTML. */
  setContent(content: string): this {
    this.content = content;
    return this;
  }

  /** The favicon URL, or null. */
  getFaviconUrl(): string | null {
    return this.faviconUrl;
  }

  /** Sets the favicon URL. */
  setFaviconUrl(iconUrl: string): this {
    this.faviconUrl = iconUrl;
    return this;
  }

  /** The height in pixels. */
  getHeight(): number {
    return this.height;
  }

  /** Sets the height (dialogs only; sidebars ignore it). */
  setHeight(height: number): this {
    this.height = height;
    return this;
  }

  /** The title. */
  getTitle(): string {
    return this.title;
  }

  /** Sets the title shown above a sidebar or dialog. */
  setTitle(title: string): this {
    this.title = title;
    return this;
  }

  /** The width in pixels. */
  getWidth(): number {
    return this.width;
  }

  /** Sets the width (dialogs only; sidebars are always 300 px). */
  setWidth(width: number): this {
    this.width = width;
    return this;
  }

  /** Only IFRAME exists nowadays; the mode is recorded. */
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): this {
    this.sandboxMode = String(mode);
    return this;
  }

  /** Whether the page may be framed by other sites. */
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): this {
    this.xFrameOptionsMode = String(mode);
    return this;
  }
}

const TEMPLATE_FIELDS = new Set(['cloud', 'gasType', 'source']);

/**
 * A page template (`HtmlTemplate`). `evaluate()` runs its scriptlets as Apps Script does:
 * `<? code ?>`, `<?= escaped ?>` and `<?!= raw ?>`, with the template's assigned properties
 * in scope.
 */
export class FakeHtmlTemplate
  extends GasObject
  implements
    Implements<GoogleAppsScript.HTML.HtmlTemplate, 'evaluate' | 'getCode' | 'getRawContent'>
{
  readonly gasType = 'HtmlTemplate';

  constructor(
    cloud: FakeCloud,
    private readonly source: string,
  ) {
    super(cloud);
  }

  /** The template as written. */
  getRawContent(): string {
    return this.source;
  }

  /** The JavaScript the template compiles to. */
  getCode(): string {
    let code = "let output = '';\n";
    const scriptlet = /<\?(!=|=)?([\s\S]*?)\?>/g;
    let last = 0;
    for (let match = scriptlet.exec(this.source); match; match = scriptlet.exec(this.source)) {
      code += `output += ${JSON.stringify(this.source.slice(last, match.index))};\n`;
      if (match[1] === '=') code += `output += escapeHtml(String(${match[2]}));\n`;
      else if (match[1] === '!=') code += `output += String(${match[2]});\n`;
      else code += `${match[2]}\n`;
      last = scriptlet.lastIndex;
    }
    return `${code}output += ${JSON.stringify(this.source.slice(last))};\nreturn output;`;
  }

  /** Runs the scriptlets into an HtmlOutput. */
  evaluate(): FakeHtmlOutput {
    const names = Object.keys(this).filter((key) => !TEMPLATE_FIELDS.has(key));
    const values = names.map((name) => (this as unknown as Record<string, unknown>)[name]);
    const render = new Function('escapeHtml', ...names, this.getCode()) as (
      ...args: unknown[]
    ) => string;
    return new FakeHtmlOutput(this.cloud, render(escapeHtml, ...values));
  }
}

type ServiceMethods =
  'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile';

/**
 * The `HtmlService` global. Files are read from `dist/<name>.html` (the build's output, or
 * the `htmlDir` option); a file that is not there gives a stub whose content is its name, so
 * host tests run before a build.
 */
export class FakeHtmlService
  extends GasObject
  implements Implements<GoogleAppsScript.HTML.HtmlService, ServiceMethods>
{
  readonly gasType = 'HtmlService';
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  private fileContent(filename: string): string {
    const file = join(
      this.cloud.settings.htmlDir,
      filename.endsWith('.html') ? filename : `${filename}.html`,
    );
    return existsSync(file) ? readFileSync(file, 'utf8') : filename;
  }

  /** A page from HTML, a template (evaluated) or a blob. */
  createHtmlOutput(html?: unknown): FakeHtmlOutput {
    const source = unwrap(html);
    if (source instanceof FakeHtmlTemplate) return source.evaluate();
    if (source instanceof FakeBlob) return new FakeHtmlOutput(this.cloud, source.getDataAsString());
    return new FakeHtmlOutput(this.cloud, source === undefined ? '' : String(source));
  }

  /** A page from a project HTML file. */
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this.cloud, this.fileContent(filename));
  }

  /** A template from HTML. */
  createTemplate(html: unknown): FakeHtmlTemplate {
    const source = unwrap(html);
    const text = source instanceof FakeBlob ? source.getDataAsString() : String(source);
    return new FakeHtmlTemplate(this.cloud, text);
  }

  /** A template from a project HTML file. */
  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.cloud, this.fileContent(filename));
  }
}
