// Which names exported from src/index.ts are used, and where: app/, bench/, scripts/, the README's
// code examples, and test/. Only imports from src/index.ts itself count (a test that imports a name
// from its own module does not make it public API). Run: npx tsx scripts/api-usage.ts [--json]
//
// The index's exports come from the type checker, so `export *` lines are expanded. Consumers are
// read with the TypeScript parser: `import` and `import type` (single or multi-line, renamed with
// `as`), `export { … } from`, `import * as ns` (then `ns.name`), `import('…')` types and calls.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const indexPath = join(root, 'src', 'index.ts');
const AREAS = ['app', 'bench', 'scripts', 'README', 'test'] as const;
type Area = (typeof AREAS)[number];

function exportsOfIndex(): string[] {
  const program = ts.createProgram([indexPath], {
    allowImportingTsExtensions: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(indexPath);
  const symbol = source && checker.getSymbolAtLocation(source);
  if (!symbol) throw new Error('cannot read src/index.ts');
  return checker.getExportsOfModule(symbol).map((s) => s.getName());
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules') continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(entry)) out.push(path);
  }
  return out;
}

function isIndex(fromDir: string, specifier: string): boolean {
  if (!specifier.startsWith('.')) return false;
  const target = resolve(fromDir, specifier);
  return [target, `${target}.ts`, join(target, 'index.ts')].includes(indexPath);
}

/** The names one file (or README code block) takes from src/index.ts. */
function namesUsed(fileName: string, text: string, fromDir: string): Set<string> {
  const names = new Set<string>();
  const file = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    scriptKind(fileName),
  );
  const namespaces: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isImportDeclaration(node) &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      isIndex(fromDir, node.moduleSpecifier.text)
    ) {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          names.add((element.propertyName ?? element.name).text);
        }
      } else if (bindings && ts.isNamespaceImport(bindings)) {
        namespaces.push(bindings.name.text);
      }
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      isIndex(fromDir, node.moduleSpecifier.text)
    ) {
      if (!node.exportClause) names.add('*');
      else if (ts.isNamedExports(node.exportClause)) {
        for (const element of node.exportClause.elements) {
          names.add((element.propertyName ?? element.name).text);
        }
      }
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal) &&
      isIndex(fromDir, node.argument.literal.text)
    ) {
      if (node.qualifier) names.add(ts.isIdentifier(node.qualifier) ? node.qualifier.text : '*');
      else names.add('*');
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0]) &&
      isIndex(fromDir, node.arguments[0].text)
    ) {
      // `const { a, b } = await import('…')` names them; anything else may use every export.
      let parent = node.parent;
      if (ts.isAwaitExpression(parent)) parent = parent.parent;
      if (ts.isVariableDeclaration(parent) && ts.isObjectBindingPattern(parent.name)) {
        for (const element of parent.name.elements) {
          const name = element.propertyName ?? element.name;
          if (ts.isIdentifier(name)) names.add(name.text);
        }
      } else names.add('*');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (namespaces.length > 0) {
    const access = (node: ts.Node): void => {
      if (
        ts.isPropertyAccessExpression(node) &&
        ts.isIdentifier(node.expression) &&
        namespaces.includes(node.expression.text)
      ) {
        names.add(node.name.text);
      } else if (
        ts.isQualifiedName(node) &&
        ts.isIdentifier(node.left) &&
        namespaces.includes(node.left.text)
      ) {
        names.add(node.right.text);
      }
      ts.forEachChild(node, access);
    };
    access(file);
  }
  return names;
}

function scriptKind(fileName: string): ts.ScriptKind {
  if (fileName.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (/\.m?js$/.test(fileName)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** Where each exported name is used: area → files. */
function measure(): Map<string, Map<Area, Set<string>>> {
  const usage = new Map<string, Map<Area, Set<string>>>();
  const exported = exportsOfIndex();
  for (const name of exported) usage.set(name, new Map());
  const record = (area: Area, where: string, names: Set<string>): void => {
    const all = names.has('*') ? exported : [...names];
    for (const name of all) {
      const areas = usage.get(name);
      if (!areas) continue; // imports a name the index does not export: tsc reports that
      if (!areas.has(area)) areas.set(area, new Set());
      areas.get(area)?.add(where);
    }
  };
  for (const area of ['app', 'bench', 'scripts', 'test'] as const) {
    for (const path of sourceFiles(join(root, area))) {
      record(
        area,
        relative(root, path),
        namesUsed(path, readFileSync(path, 'utf8'), dirname(path)),
      );
    }
  }
  // The README and the docs it links (docs/core-api.md holds the Node examples) count as README.
  const docs = ['README.md', ...readdirSync(join(root, 'docs')).map((f) => `docs/${f}`)];
  let n = 0;
  for (const doc of docs.filter((d) => d.endsWith('.md'))) {
    const text = readFileSync(join(root, doc), 'utf8');
    const blocks = text.matchAll(/^```(ts|tsx|typescript|js|javascript|mjs)\s*\n([\s\S]*?)^```/gm);
    for (const [, lang, code] of blocks) {
      n += 1;
      const ext = lang === 'tsx' ? 'tsx' : lang?.startsWith('j') || lang === 'mjs' ? 'js' : 'ts';
      record('README', `${doc} block ${n}`, namesUsed(`readme-${n}.${ext}`, code ?? '', root));
    }
  }
  return usage;
}

function category(areas: Map<Area, Set<string>>): string {
  const publicAreas = (['app', 'bench', 'scripts', 'README'] as const).filter((a) => areas.has(a));
  if (publicAreas.length > 0) return publicAreas.join('+');
  return areas.has('test') ? 'tests only' : 'nobody';
}

const usage = measure();
if (process.argv.includes('--json')) {
  const json = Object.fromEntries(
    [...usage].map(([name, areas]) => [
      name,
      Object.fromEntries([...areas].map(([area, files]) => [area, [...files].sort()])),
    ]),
  );
  console.log(JSON.stringify(json, null, 2));
} else {
  const byArea = Object.fromEntries(AREAS.map((a) => [a, 0]));
  const byCategory = new Map<string, string[]>();
  for (const [name, areas] of usage) {
    for (const area of areas.keys()) byArea[area] = (byArea[area] ?? 0) + 1;
    const c = category(areas);
    byCategory.set(c, [...(byCategory.get(c) ?? []), name]);
  }
  const publicCount = [...usage.values()].filter(
    (areas) => !['tests only', 'nobody'].includes(category(areas)),
  ).length;
  console.log(
    `src/index.ts exports ${usage.size} names; ${publicCount} used by app/, bench/, scripts/ or README`,
  );
  console.log('names used per area:', byArea);
  for (const [c, names] of [...byCategory].sort()) {
    console.log(`\n${c} (${names.length}): ${names.sort().join(', ')}`);
  }
}
