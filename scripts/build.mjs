/**
 * Builds what ships: the Apps Script project in dist/ (Code.js, appsscript.json, one HTML file
 * per sidebar) and the Node programs in build/ (cli.js, preview.js, bench.js). Plain esbuild;
 * the TypeScript compiler is used only to read which functions src/gas/main.ts exports and
 * the JSDoc above each, because Apps Script calls nothing but top-level `function` declarations
 * and Sheets finds custom functions only through the JSDoc right above them.
 */
import { build as esbuild } from 'esbuild';
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import ts from 'typescript';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The one global that holds the bundled add-on; the top-level stubs call through it. */
export const GLOBAL_NAME = 'SellerSheets';

/** Where the build finds the custom functions' documentation at run time (the Help page). */
export const CATALOG_CONSTANT = '__SELLER_SHEETS_CUSTOM_FUNCTIONS__';

/**
 * The compiled Amazon product type schemas: Code.js does without them (a stub module replaces
 * them) and src/gas/product-type-file.ts reads them from this HTML file when an export needs
 * them, because Apps Script loads every script file on every execution but HTML files only on
 * demand.
 */
export const PRODUCT_TYPE_MODULE = 'src/core/amazon/product-types.generated.ts';
export const PRODUCT_TYPE_FILE = 'product-types.html';

const NODE_PROGRAMS = [
  { entry: 'src/node/cli.ts', out: 'build/cli.js' },
  { entry: 'src/node/preview.ts', out: 'build/preview.js' },
  { entry: 'bench/run.ts', out: 'build/bench.js' },
];

/** Thrown for a source the build cannot turn into a working Apps Script project. */
export class BuildError extends Error {
  constructor(message) {
    super(message);
    this.name = 'BuildError';
  }
}

function resolveModule(fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(fromFile), specifier.replace(/\.(js|mjs|cjs)$/, ''));
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts'), base]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  throw new BuildError(`${path.relative(PROJECT_ROOT, fromFile)}: cannot find '${specifier}'`);
}

function hasModifier(node, kind) {
  return (ts.getModifiers?.(node) ?? node.modifiers ?? []).some((m) => m.kind === kind);
}

/** The `/** … *\/` block right above a statement, re-indented to start at column 0. */
function jsDocAbove(source, statement) {
  const text = source.getFullText();
  const ranges = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [];
  const block = ranges.filter((range) => text.startsWith('/**', range.pos)).pop();
  if (!block) return '';
  const lines = text.slice(block.pos, block.end).split('\n');
  return lines.map((line, i) => (i === 0 ? line.trim() : ` ${line.trim()}`)).join('\n');
}

function parameterNames(parameters) {
  return parameters
    .filter((parameter) => !(ts.isIdentifier(parameter.name) && parameter.name.text === 'this'))
    .map((parameter, i) => {
      const name = ts.isIdentifier(parameter.name) ? parameter.name.text : `arg${i + 1}`;
      return parameter.dotDotDotToken ? `...${name}` : name;
    });
}

function declarationOf(file, source, statement, node, name) {
  const isFunction =
    ts.isFunctionDeclaration(node) ||
    (node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer)));
  const parameters = ts.isFunctionDeclaration(node)
    ? node.parameters
    : node.initializer?.parameters;
  return {
    name,
    file,
    kind: isFunction ? 'function' : 'value',
    params: isFunction ? parameterNames(parameters) : [],
    jsdoc: jsDocAbove(source, statement),
  };
}

/**
 * Every name a module exports, following `export *`, `export { x } from` and
 * `import { x } … export { x }`, each mapped to the declaration it ends at.
 */
export function exportsOf(file, memo = new Map()) {
  const known = memo.get(file);
  if (known) return known;
  const exported = new Map();
  memo.set(file, exported);

  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, 'utf8'),
    ts.ScriptTarget.ES2022,
    true,
  );
  const local = new Map();
  const imported = new Map();
  const laterExports = [];
  const add = (name, declaration, via) => {
    const earlier = exported.get(name);
    if (earlier && earlier.declaration !== declaration && earlier.declaration.kind !== 'type') {
      throw new BuildError(
        `${name} is exported twice: from ${earlier.via} and from ${via}; rename one of them`,
      );
    }
    exported.set(name, { declaration, via });
  };
  const relative = path.relative(PROJECT_ROOT, file);

  for (const statement of source.statements) {
    const isExported = hasModifier(statement, ts.SyntaxKind.ExportKeyword);
    const isDefault = hasModifier(statement, ts.SyntaxKind.DefaultKeyword);
    if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) {
      const declaration = declarationOf(file, source, statement, statement, statement.name.text);
      local.set(statement.name.text, declaration);
      if (isExported && !isDefault) add(statement.name.text, declaration, relative);
    } else if (ts.isVariableStatement(statement)) {
      for (const variable of statement.declarationList.declarations) {
        if (!ts.isIdentifier(variable.name)) continue;
        const declaration = declarationOf(file, source, statement, variable, variable.name.text);
        local.set(variable.name.text, declaration);
        if (isExported) add(variable.name.text, declaration, relative);
      }
    } else if (
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isEnumDeclaration(statement)
    ) {
      if (!statement.name) continue;
      const isType = ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement);
      const declaration = { name: statement.name.text, file, kind: isType ? 'type' : 'value' };
      local.set(statement.name.text, declaration);
      if (isExported && !isDefault) add(statement.name.text, declaration, relative);
    } else if (ts.isImportDeclaration(statement) && statement.importClause?.namedBindings) {
      const bindings = statement.importClause.namedBindings;
      if (!ts.isNamedImports(bindings) || statement.importClause.isTypeOnly) continue;
      const from = resolveModule(file, statement.moduleSpecifier.text);
      if (!from) continue;
      for (const element of bindings.elements) {
        if (element.isTypeOnly) continue;
        imported.set(element.name.text, {
          from,
          name: (element.propertyName ?? element.name).text,
        });
      }
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      if (!statement.moduleSpecifier) {
        laterExports.push(statement);
        continue;
      }
      const from = resolveModule(file, statement.moduleSpecifier.text);
      if (!from) continue;
      const clause = statement.exportClause;
      if (!clause) {
        for (const [name, entry] of exportsOf(from, memo)) {
          if (name !== 'default') add(name, entry.declaration, entry.via);
        }
      } else if (ts.isNamespaceExport(clause)) {
        add(clause.name.text, { name: clause.name.text, file, kind: 'value' }, relative);
      } else {
        const target = exportsOf(from, memo);
        for (const element of clause.elements) {
          if (element.isTypeOnly) continue;
          const sourceName = (element.propertyName ?? element.name).text;
          const entry = target.get(sourceName);
          if (!entry) {
            throw new BuildError(
              `${relative}: '${statement.moduleSpecifier.text}' has no export ${sourceName}`,
            );
          }
          add(element.name.text, entry.declaration, relative);
        }
      }
    }
  }

  for (const statement of laterExports) {
    if (!statement.exportClause || !ts.isNamedExports(statement.exportClause)) continue;
    for (const element of statement.exportClause.elements) {
      if (element.isTypeOnly) continue;
      const sourceName = (element.propertyName ?? element.name).text;
      const viaImport = imported.get(sourceName);
      const declaration = viaImport
        ? exportsOf(viaImport.from, memo).get(viaImport.name)?.declaration
        : local.get(sourceName);
      if (!declaration) throw new BuildError(`${relative}: nothing named ${sourceName} to export`);
      add(element.name.text, declaration, relative);
    }
  }
  return exported;
}

/** The functions Apps Script will call: every function export of the entry module. */
export function entryPoints(entry) {
  const points = [];
  for (const [name, { declaration }] of exportsOf(entry)) {
    if (declaration.kind !== 'function') {
      if (declaration.kind === 'value') {
        console.warn(`build: ${name} is exported by ${path.basename(entry)} but is no function`);
      }
      continue;
    }
    if (name.endsWith('_')) {
      throw new BuildError(`${name}: Apps Script hides names that end in "_"; rename it`);
    }
    if (name === GLOBAL_NAME) throw new BuildError(`${name} would shadow the bundle's global`);
    points.push({ ...declaration, name });
  }
  return points;
}

/** Reads a custom function's JSDoc into what the Help page shows. */
export function customFunctionDoc(point) {
  const body = point.jsdoc
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trimEnd());
  const summary = [];
  const params = [];
  let returns = '';
  let current = null;
  for (const line of body) {
    const tag = /^@(\w+)\s*(?:\{[^}]*\}\s*)?(.*)$/.exec(line.trim());
    if (tag) {
      current = null;
      if (tag[1] === 'param') {
        const [, name = '', description = ''] =
          /^\[?([\w.$]+)\]?\s*(?:-\s*)?(.*)$/.exec(tag[2]) ?? [];
        current = { name, description };
        params.push(current);
      } else if (tag[1] === 'return' || tag[1] === 'returns') {
        returns = tag[2];
      }
    } else if (current) {
      current.description = `${current.description} ${line.trim()}`.trim();
    } else if (params.length === 0 && !returns) {
      summary.push(line.trim());
    }
  }

  // The first paragraph is the summary; examples and details follow a blank line.
  const firstParagraph =
    summary
      .join('\n')
      .trim()
      .split(/\n\s*\n/)[0] ?? '';
  return { name: point.name, summary: firstParagraph.replace(/\s+/g, ' '), params, returns };
}

function isCustomFunction(point) {
  return /@customfunction\b/.test(point.jsdoc);
}

function stub(point) {
  const args = point.params.join(', ');
  const doc = point.jsdoc ? `${point.jsdoc}\n` : '';
  const body = `  return ${GLOBAL_NAME}.${point.name}(${args});`;
  return `${doc}function ${point.name}(${args}) {\n${body}\n}\n`;
}

/** Resolves the generated schema module to an empty one, so that Code.js does not carry it. */
const withoutProductTypes = {
  name: 'without-product-types',
  setup(build) {
    build.onResolve({ filter: /[/\\]product-types\.generated(\.ts)?$/ }, () => ({
      path: 'product-types.generated',
      namespace: 'product-types-stub',
    }));
    build.onLoad({ filter: /.*/, namespace: 'product-types-stub' }, () => ({
      // Null, not empty: a bundle whose loader was never set fails loudly, not with no types.
      contents: 'export const DEFINITIONS = null;\nexport const POOL = null;\n',
      loader: 'js',
    }));
  },
};

/** Writes the generated schemas as JSON, the one thing in the HTML file. */
async function writeProductTypes(root, dist) {
  const compiled = await esbuild({
    absWorkingDir: root,
    entryPoints: [path.join(root, PRODUCT_TYPE_MODULE)],
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const module = { exports: {} };
  vm.runInNewContext(compiled.outputFiles[0].text, { module, exports: module.exports });
  const { DEFINITIONS, POOL } = module.exports;
  if (!DEFINITIONS || !Array.isArray(POOL)) {
    throw new BuildError(`${PRODUCT_TYPE_MODULE} lacks DEFINITIONS or POOL`);
  }
  const text = JSON.stringify({ definitions: DEFINITIONS, pool: POOL });
  fs.writeFileSync(path.join(dist, PRODUCT_TYPE_FILE), text);
  return { bytes: Buffer.byteLength(text) };
}

async function buildAppsScript(root, dist) {
  const entry = path.join(root, 'src/gas/main.ts');
  const points = entryPoints(entry);
  const catalog = points.filter(isCustomFunction).map(customFunctionDoc);
  const bundle = await esbuild({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'browser',
    // Minified: Apps Script loads the whole file on every execution, a custom function's
    // included. The stubs below keep their JSDoc unminified for Sheets' autocomplete.
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
    define: { [CATALOG_CONSTANT]: JSON.stringify(catalog) },
    plugins: [withoutProductTypes],
  });
  const code = [
    `// Seller Sheets add-on, built by scripts/build.mjs from src/gas/main.ts: edit the sources.`,
    bundle.outputFiles[0].text.trimEnd(),
    '',
    ...points.map(stub),
  ].join('\n');

  // A syntax error found here is cheaper than one found by `clasp push`.
  new vm.Script(code, { filename: 'Code.js' });
  fs.writeFileSync(path.join(dist, 'Code.js'), code);
  return {
    bytes: Buffer.byteLength(code),
    points,
    customFunctions: catalog.map((doc) => doc.name),
  };
}

function copyManifest(root, dist) {
  const text = fs.readFileSync(path.join(root, 'appsscript.json'), 'utf8');
  const manifest = JSON.parse(text);
  if (manifest.runtimeVersion !== 'V8') throw new BuildError('appsscript.json: runtime is not V8');
  fs.writeFileSync(path.join(dist, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Inline text into HTML so that no `</script>` or `</style>` inside it closes the element. */
function escapeClosingTag(text, tag) {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

async function buildPage(pagesDir, dist, page) {
  const read = (name) => fs.readFileSync(path.join(pagesDir, name), 'utf8');
  const script = await esbuild({
    entryPoints: [path.join(pagesDir, `${page}.ts`)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const styles = ['common.css', `${page}.css`]
    .filter((name) => fs.existsSync(path.join(pagesDir, name)))
    .map(read)
    .join('\n');
  const template = read(`${page}.html`);
  for (const marker of ['<!-- inline:style -->', '<!-- inline:script -->']) {
    if (!template.includes(marker)) throw new BuildError(`${page}.html lacks ${marker}`);
  }
  const html = template
    .replace('<!-- inline:style -->', () => `<style>\n${escapeClosingTag(styles, 'style')}</style>`)
    .replace(
      '<!-- inline:script -->',
      () => `<script>\n${escapeClosingTag(script.outputFiles[0].text, 'script')}</script>`,
    );
  fs.writeFileSync(path.join(dist, `${page}.html`), html);
  return { page, bytes: Buffer.byteLength(html) };
}

async function buildPages(root, dist) {
  const pagesDir = path.join(root, 'src/ui/pages');
  if (!fs.existsSync(pagesDir)) return [];
  const pages = fs
    .readdirSync(pagesDir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.slice(0, -'.html'.length))
    .filter((page) => fs.existsSync(path.join(pagesDir, `${page}.ts`)));
  return Promise.all(pages.map((page) => buildPage(pagesDir, dist, page)));
}

async function buildNodeProgram(root, program, log) {
  const entry = path.join(root, program.entry);
  if (!fs.existsSync(entry)) {
    log(`build: skipped ${program.out}: ${program.entry} does not exist yet`);
    return null;
  }
  const outfile = path.join(root, program.out);
  await esbuild({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'silent',
  });
  return { out: program.out, bytes: fs.statSync(outfile).size };
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/**
 * Builds dist/ and build/. Options: `root` (a project directory, default this one), `dist`
 * (where the Apps Script files go, default `<root>/dist`), `programs: false` to skip the Node
 * programs, `quiet`. Returns the sizes and the entry points, so tests can check them.
 */
export async function build(options = {}) {
  const root = options.root ?? PROJECT_ROOT;
  const dist = options.dist ?? path.join(root, 'dist');
  const log = options.quiet ? () => {} : (line) => console.log(line);
  const started = Date.now();
  fs.rmSync(dist, { recursive: true, force: true });
  fs.mkdirSync(dist, { recursive: true });
  const programsWanted = options.programs !== false;
  if (programsWanted) fs.mkdirSync(path.join(root, 'build'), { recursive: true });

  const hasProductTypes = fs.existsSync(path.join(root, PRODUCT_TYPE_MODULE));
  const [code, pages, productTypes, ...programs] = await Promise.all([
    buildAppsScript(root, dist),
    buildPages(root, dist),
    hasProductTypes ? writeProductTypes(root, dist) : null,
    ...(programsWanted ? NODE_PROGRAMS : []).map((program) => buildNodeProgram(root, program, log)),
  ]);
  copyManifest(root, dist);

  const seconds = ((Date.now() - started) / 1000).toFixed(2);
  log(
    `build: ${path.relative(root, dist) || '.'}/Code.js ${kib(code.bytes)}, ${code.points.length} entry points ` +
      `(${code.customFunctions.length} custom functions); ` +
      pages.map((page) => `${page.page}.html ${kib(page.bytes)}`).join(', ') +
      (productTypes ? `; ${PRODUCT_TYPE_FILE} ${kib(productTypes.bytes)}` : '') +
      programs
        .filter(Boolean)
        .map((program) => `; ${program.out} ${kib(program.bytes)}`)
        .join('') +
      `; ${seconds} s`,
  );
  return {
    codeBytes: code.bytes,
    entryPoints: code.points.map((point) => point.name),
    customFunctions: code.customFunctions,
    pages: pages.map((page) => page.page),
    productTypeBytes: productTypes?.bytes ?? 0,
    programs: programs.filter(Boolean).map((program) => program.out),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  build().catch((error) => {
    console.error(error instanceof BuildError ? `build: ${error.message}` : error);
    process.exitCode = 1;
  });
}
