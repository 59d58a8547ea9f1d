// The app's rooms and how they lean on each other: which folder of app/ imports which. Used by a
// test (no two-way pairs) and printed by `npx tsx build-tools/folder-graph.ts` for the docs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The room of a file under app/: its first folder (app/lab/react/x.tsx → "lab"); "." for app/ itself. */
export function roomOf(appDir: string, file: string): string {
  const parts = relative(appDir, file).split(sep);
  return parts.length > 1 ? parts[0]! : '.';
}

/** Every room → the set of other rooms it imports from (relative imports within app/ only). */
export function folderGraph(appDir: string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files(appDir)) {
    const from = roomOf(appDir, file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const target = normalize(join(dirname(file), m[1] ?? m[2]!));
      if (relative(appDir, target).startsWith('..')) continue;
      const to = roomOf(appDir, target);
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** Pairs of rooms that import each other, e.g. ["panels", "scene"]. */
export function twoWayPairs(graph: Map<string, Set<string>>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [a, tos] of graph)
    for (const b of tos) if (a < b && graph.get(b)?.has(a)) pairs.push([a, b]);
  return pairs;
}

if (process.argv[1]?.endsWith('folder-graph.ts')) {
  const graph = folderGraph(join(process.cwd(), 'app'));
  for (const [from, tos] of [...graph].sort())
    console.log(`${from} → ${[...tos].sort().join(', ')}`);
  console.log(
    'two-way pairs:',
    twoWayPairs(graph)
      .map((p) => p.join('↔'))
      .join(', ') || 'none',
  );
}
