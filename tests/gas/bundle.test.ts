import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import type { HelpView } from '../../src/gas/help';
import { DEFINITIONS, POOL } from '../../src/core/amazon/product-types.generated';
import { MENU_ITEMS } from '../../src/gas/menu';
import * as main from '../../src/gas/main';
import type { ServerApi } from '../../src/ui/bridge';
import { installGas } from '../fakes/gas';

const ROOT = path.resolve(__dirname, '../..');
const ADD_ONS_STYLESHEET = 'https://ssl.gstatic.com/docs/script/css/add-ons1.css';
const SCOPES = [
  'spreadsheets.currentonly',
  'script.container.ui',
  'script.scriptapp',
  'script.send_mail',
  'drive.file',
  'userinfo.email',
].map((scope) => `https://www.googleapis.com/auth/${scope}`);

/** Every Apps Script service global the add-on could reach for. */
const SERVICES = [
  'SpreadsheetApp',
  'Session',
  'PropertiesService',
  'LockService',
  'HtmlService',
  'ScriptApp',
  'MailApp',
  'GmailApp',
  'DriveApp',
  'Utilities',
  'Logger',
  'LanguageApp',
  'CacheService',
  'UrlFetchApp',
  'Charts',
  'Browser',
  'console',
];

// The server functions pages may call must be functions of main.ts with the same signatures.
const serverApi: ServerApi = main;

interface BuildResult {
  codeBytes: number;
  entryPoints: string[];
  customFunctions: string[];
  pages: string[];
}

/** Runs the real build() in a Node process of its own (jest cannot import .mjs). */
function runBuild(options: Record<string, unknown>): BuildResult {
  const script = `
    import { build } from ${JSON.stringify(path.join(ROOT, 'scripts/build.mjs'))};
    const result = await build(${JSON.stringify({ ...options, quiet: true })});
    process.stdout.write(JSON.stringify(result));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(output) as BuildResult;
}

/** A stand-in for a service that records every property read and call and answers itself. */
function recordingService(name: string, touched: string[], answers: Record<string, unknown>) {
  const make = (trail: string): unknown =>
    new Proxy(function service() {}, {
      get(_target, property) {
        if (typeof property === 'symbol') return undefined;
        touched.push(`${trail}.${property}`);
        return make(`${trail}.${property}`);
      },
      apply(_target, _self, args: unknown[]) {
        touched.push(`${trail}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`);
        return trail in answers ? answers[trail] : make(`${trail}()`);
      },
    });
  return make(name);
}

function loadBundle(code: string, answers: Record<string, unknown> = {}) {
  const touched: string[] = [];
  const globals: Record<string, unknown> = {};
  for (const name of SERVICES) globals[name] = recordingService(name, touched, answers);
  const context = vm.createContext(globals);
  vm.runInContext(code, context, { filename: 'Code.js' });
  return { context: context as Record<string, unknown>, touched };
}

function parse(code: string, file = 'Code.js'): ts.SourceFile {
  return ts.createSourceFile(file, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
}

/** The top-level function declarations of a script, with their parameters and JSDoc. */
function topLevelFunctions(source: ts.SourceFile): Map<string, { params: string[]; doc: string }> {
  const functions = new Map<string, { params: string[]; doc: string }>();
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const text = source.getFullText();
    const comments = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [];
    const last = comments[comments.length - 1];
    const doc = last && text.startsWith('/**', last.pos) ? text.slice(last.pos, last.end) : '';
    functions.set(statement.name.text, {
      params: statement.parameters.map((parameter) => parameter.name.getText(source)),
      doc,
    });
  }
  return functions;
}

function isFunctionLike(node: ts.Node): node is ts.SignatureDeclaration {
  return ts.isFunctionLike(node);
}

/** Whether `name` is declared in a scope (not looking into functions nested in it). */
function declaresName(scope: ts.Node, name: string): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node)) &&
      node.name &&
      ts.isIdentifier(node.name) &&
      node.name.text === name
    ) {
      found = true;
      return;
    }
    if (node !== scope && isFunctionLike(node)) return;
    ts.forEachChild(node, visit);
  };
  if (isFunctionLike(scope)) scope.parameters.forEach(visit);
  ts.forEachChild(scope, visit);
  return found;
}

/** Module-system and Node names used in a script without being declared there. */
function freeNodeReferences(source: ts.SourceFile): string[] {
  const names = new Set(['require', 'process', 'module', 'exports', '__dirname', '__filename']);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isImportDeclaration(node) ||
      ts.isExportDeclaration(node) ||
      ts.isExportAssignment(node) ||
      (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) ||
      ts.isMetaProperty(node)
    ) {
      found.push(node.getText(source).slice(0, 40));
    }
    if (ts.isIdentifier(node) && names.has(node.text)) {
      const parent = node.parent;
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        ts.isMethodDeclaration(parent);
      let scope: ts.Node | undefined = parent;
      let declared = false;
      while (scope && !declared) {
        if (isFunctionLike(scope) || ts.isSourceFile(scope))
          declared = declaresName(scope, node.text);
        scope = scope.parent;
      }
      if (!isPropertyName && !declared) found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The custom functions of src/gas/functions: each file's exported functions and parameters. */
function customFunctionsInSource(): Map<string, string[]> {
  const dir = path.join(ROOT, 'src/gas/functions');
  const expected = new Map<string, string[]>();
  const isExported = (statement: ts.Statement) =>
    (ts.getModifiers(statement as ts.HasModifiers) ?? []).some(
      (modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword,
    );
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const namesOf = (parameters: readonly ts.ParameterDeclaration[]) =>
      parameters.map((parameter) => parameter.name.getText(source));
    for (const statement of source.statements) {
      if (!isExported(statement)) continue;
      if (ts.isFunctionDeclaration(statement) && statement.name) {
        expected.set(statement.name.text, namesOf(statement.parameters));
      } else if (ts.isVariableStatement(statement)) {
        for (const variable of statement.declarationList.declarations) {
          const value = variable.initializer;
          if (value && (ts.isArrowFunction(value) || ts.isFunctionExpression(value))) {
            expected.set(variable.name.getText(source), namesOf(value.parameters));
          }
        }
      }
    }
  }
  return expected;
}

/** The members of the ServerApi interface, read from the bridge's source. */
function serverFunctionNames(): string[] {
  const file = path.join(ROOT, 'src/ui/bridge.ts');
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
  const api = source.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === 'ServerApi',
  );
  return (api?.members ?? []).map((member) => (member.name as ts.Identifier).text);
}

describe('the Apps Script bundle', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'seller-sheets-dist-'));
  let result: BuildResult;
  let code: string;
  let functions: Map<string, { params: string[]; doc: string }>;

  beforeAll(() => {
    result = runBuild({ dist, programs: false });
    code = fs.readFileSync(path.join(dist, 'Code.js'), 'utf8');
    functions = topLevelFunctions(parse(code));
    console.log(`dist/Code.js is ${(result.codeBytes / 1024).toFixed(1)} KiB`);
  });

  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it('loads with no Node, no module system and without touching any service', () => {
    const { context, touched } = loadBundle(code);
    expect(touched).toEqual([]);
    expect(typeof context.SellerSheets).toBe('object');
  });

  it('leaves no import, export, require or process in Code.js', () => {
    expect(freeNodeReferences(parse(code))).toEqual([]);
  });

  it('makes onOpen, onInstall and every menu handler a top-level function', () => {
    const { context } = loadBundle(code);
    const expected = ['onOpen', 'onInstall', ...MENU_ITEMS.map((item) => item.handler)];
    for (const name of expected) {
      expect({ name, declared: functions.has(name) }).toEqual({ name, declared: true });
      expect({ name, type: typeof context[name] }).toEqual({ name, type: 'function' });
    }
  });

  it('makes every server function a page may call a top-level function', () => {
    const names = serverFunctionNames();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect({
        name,
        inMain: typeof (serverApi as unknown as Record<string, unknown>)[name],
      }).toEqual({
        name,
        inMain: 'function',
      });
      expect({ name, declared: functions.has(name) }).toEqual({ name, declared: true });
    }
  });

  it('gives every custom function a stub whose JSDoc Sheets can show in autocomplete', () => {
    const expected = customFunctionsInSource();
    expect(expected.size).toBeGreaterThan(0);
    for (const [name, params] of expected) {
      const stub = functions.get(name);
      expect({ name, declared: Boolean(stub) }).toEqual({ name, declared: true });
      expect({ name, params: stub!.params }).toEqual({ name, params });
      expect(stub!.doc).toMatch(/@customfunction\b/);
      const documented = [...stub!.doc.matchAll(/@param\s+(?:\{[^}]*\}\s*)?\[?([\w$]+)/g)].map(
        (match) => match[1],
      );
      expect({ name, documented }).toEqual({ name, documented: params });
      expect(stub!.doc).toMatch(/@returns?\b/);
    }
    expect([...result.customFunctions].sort()).toEqual([...expected.keys()].sort());
  });

  it('has the stubs call into the bundle: onOpen builds the menu for a Chinese user', () => {
    const { context, touched } = loadBundle(code, { 'Session.getActiveUserLocale': 'zh_CN' });
    (context.onOpen as (event: unknown) => void)({ authMode: 'NONE' });
    const services = new Set(touched.map((entry) => entry.split(/[.(]/)[0]));
    expect([...services].sort()).toEqual(['Session', 'SpreadsheetApp']);
    expect(touched).toContain(
      `SpreadsheetApp.getUi().createMenu().addItem("设置工作表", "setUpSheets")`,
    );
  });

  it('lets the Help page list every custom function the build found', () => {
    const fake = installGas({ userLocale: 'en-GB' });
    try {
      const globals = Object.fromEntries(
        SERVICES.map((name) => [name, (globalThis as Record<string, unknown>)[name]]),
      );
      const context = vm.createContext(globals) as Record<string, unknown>;
      vm.runInContext(code, context, { filename: 'Code.js' });
      const help = (context.getHelp as () => HelpView)();

      const names = help.functions.map((doc) => doc.name);
      expect([...names].sort()).toEqual([...result.customFunctions].sort());
      for (const doc of help.functions) {
        expect(doc.usage).toMatch(new RegExp(`^=${doc.name}\\(`));
        expect(doc.summary).not.toBe('');
      }
    } finally {
      fake.uninstall();
    }
  });

  it('writes each sidebar as one self-contained HTML file', () => {
    const pages = fs
      .readdirSync(path.join(ROOT, 'src/ui/pages'))
      .filter((name) => name.endsWith('.html'))
      .map((name) => name.replace(/\.html$/, ''));
    expect(pages).toContain('help');
    expect([...result.pages].sort()).toEqual([...pages].sort());
    for (const page of pages) {
      const html = fs.readFileSync(path.join(dist, `${page}.html`), 'utf8');
      expect(html).not.toMatch(/<script[^>]*\bsrc=/i);
      expect(html).not.toMatch(/@import/);
      expect(html).not.toContain('inline:');
      const links = [...html.matchAll(/<link[^>]*href="([^"]+)"/gi)].map((match) => match[1]);
      expect(links).toEqual([ADD_ONS_STYLESHEET]);
      expect(html).toMatch(/<script>\n[\s\S]+<\/script>/);
      expect(html).toMatch(/<style>\n[\s\S]+<\/style>/);
      const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
      for (const script of scripts) expect(() => new vm.Script(script)).not.toThrow();
    }
  });

  it('keeps the product type schemas out of Code.js, as nothing but JSON in an HTML file', () => {
    const html = fs
      .readdirSync(dist)
      .filter((name) => name.endsWith('.html'))
      .map((name) => name.replace(/\.html$/, ''));
    expect(html.sort()).toEqual([...result.pages, 'product-types'].sort());
    const data = JSON.parse(fs.readFileSync(path.join(dist, 'product-types.html'), 'utf8'));
    expect(data).toEqual({ definitions: DEFINITIONS, pool: POOL });
    expect(code).not.toContain(JSON.stringify(POOL[0]));
    // Issue 8: what Apps Script loads on every execution stays under 400 KB.
    expect(result.codeBytes).toBeLessThan(400_000);
  });

  it('ships a V8 manifest with the narrow scopes, each explained in docs/scopes.md', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Shanghai');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect([...manifest.oauthScopes].sort()).toEqual([...SCOPES].sort());
    const explained = fs.readFileSync(path.join(ROOT, 'docs/scopes.md'), 'utf8');
    for (const scope of SCOPES) {
      const name = scope.replace('https://www.googleapis.com/auth/', '');
      expect(explained).toMatch(new RegExp(`^\\| \`${name.replace('.', '\\.')}\` +\\| \\w`, 'm'));
    }
  });
});

describe('the build, on a project of its own', () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'seller-sheets-project-'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    fs.writeFileSync(path.join(project, file), text);
  };

  beforeAll(() => {
    fs.copyFileSync(path.join(ROOT, 'appsscript.json'), path.join(project, 'appsscript.json'));
    write(
      'src/gas/functions/sums.ts',
      [
        '/**',
        ' * Adds two numbers.',
        ' *',
        ' * Example: =ADD(1, 2)',
        ' *',
        ' * @param {number} first The first number.',
        ' * @param {number} second The second number.',
        ' * @return {number} Their sum.',
        ' * @customfunction',
        ' */',
        'export function ADD(first: number, second: number): number {',
        '  return first + second;',
        '}',
        '',
        '/** Half of a number. @param {number} value A number. @return {number} @customfunction */',
        'export const HALF = (value: number): number => value / 2;',
        '',
        'export const LIMIT = 3;',
      ].join('\n'),
    );
    write(
      'src/gas/more.ts',
      '/** Doubles. */\nexport function double(x: number) { return 2 * x; }\n',
    );
    write(
      'src/gas/local.ts',
      'export function hello(...names: string[]) { return names.join(); }\n',
    );
    write(
      'src/gas/main.ts',
      [
        "export * from './functions/sums';",
        "export { double as TWICE } from './more';",
        "import { hello } from './local';",
        'export { hello };',
      ].join('\n'),
    );
  });

  afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

  it('follows export * and renamed and imported re-exports to stubs that work', () => {
    const result = runBuild({ root: project, programs: false });
    expect([...result.entryPoints].sort()).toEqual(['ADD', 'HALF', 'TWICE', 'hello']);
    expect([...result.customFunctions].sort()).toEqual(['ADD', 'HALF']);

    const code = fs.readFileSync(path.join(project, 'dist/Code.js'), 'utf8');
    const { context, touched } = loadBundle(code);
    expect(touched).toEqual([]);
    const call = (name: string, ...args: unknown[]) =>
      (context[name] as (...values: unknown[]) => unknown)(...args);
    expect(call('ADD', 2, 3)).toBe(5);
    expect(call('HALF', 9)).toBe(4.5);
    expect(call('TWICE', 21)).toBe(42);
    expect(call('hello', 'a', 'b')).toBe('a,b');
    expect(context.LIMIT).toBeUndefined();

    const functions = topLevelFunctions(parse(code));
    expect(functions.get('ADD')?.params).toEqual(['first', 'second']);
    expect(functions.get('ADD')?.doc).toContain('@param {number} second The second number.');
    expect(functions.get('hello')?.params).toEqual(['names']);
    expect(functions.get('TWICE')?.doc).toBe('/** Doubles. */');
  });

  it('refuses two exports of the same name and names Apps Script would hide', () => {
    write('src/gas/other.ts', 'export function ADD(a: number) { return a; }\n');
    write('src/gas/main.ts', "export * from './functions/sums';\nexport * from './other';\n");
    expect(() => runBuild({ root: project, programs: false })).toThrow(/ADD is exported twice/);

    write('src/gas/main.ts', 'export function secret_() { return 1; }\n');
    expect(() => runBuild({ root: project, programs: false })).toThrow(/secret_.*hides/);
  });

  it('spots a require or process left in a script, but not a wrapper parameter', () => {
    expect(freeNodeReferences(parse('var a = require("fs"); process.exit(1);'))).toEqual([
      'require',
      'process',
    ]);
    const wrapped = 'var m = (function (exports, module) { module.exports = exports; })({}, {});';
    expect(freeNodeReferences(parse(wrapped))).toEqual([]);
  });
});
