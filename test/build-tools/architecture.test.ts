import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { folderGraph, twoWayPairs } from '../../build-tools/folder-graph.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** The messages ESLint, with the project's own config, gives `code` as if it were at `path`. */
async function lint(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('one lab, one way in (lint rules)', () => {
  it('refuses a panel that writes the experiment into the store, or hands the driver one', async () => {
    const setState = await lint(
      'app/controls/Example.tsx',
      'declare const lab: { store: { setState(x: object): void } };\nlab.store.setState({ experiment: {} });\n',
    );
    expect(setState.join('\n')).toMatch(
      /no-restricted-syntax: Change the experiment with lab\.change/,
    );
    const apply = await lint(
      'app/scene/Example.tsx',
      'declare const driver: { apply(x: object): void };\ndriver.apply({});\n',
    );
    expect(apply.join('\n')).toMatch(/no-restricted-syntax/);
  });

  it('lets the lab itself write the experiment, and any room call lab.change', async () => {
    expect(
      await lint(
        'app/lab/example.ts',
        'declare const store: { setState(x: object): void };\nstore.setState({ experiment: {} });\n',
      ),
    ).toEqual([]);
    expect(
      await lint(
        'app/controls/Example.tsx',
        'declare const lab: { change(p: object): void };\nlab.change({ learningRate: 0.1 });\n',
      ),
    ).toEqual([]);
  });

  it('keeps React out of .ts files in app/ (the extension says which side a file is on)', async () => {
    const ts = await lint(
      'app/ui/example.ts',
      "import { useState } from 'react';\nexport const s = useState;\n",
    );
    expect(ts.join('\n')).toMatch(/no-restricted-imports/);
    const zustand = await lint(
      'app/ui/example.ts',
      "import { create } from 'zustand';\nexport const c = create;\n",
    );
    expect(zustand.join('\n')).toMatch(/no-restricted-imports/);
    expect(
      await lint(
        'app/ui/example.tsx',
        "import { useState } from 'react';\nexport const s = useState;\n",
      ),
    ).toEqual([]);
  });
});

describe("the app's rooms", () => {
  it('depend one way only: no two folders of app/ import each other', () => {
    const graph = folderGraph(join(ROOT, 'app'));
    expect(graph.size).toBeGreaterThan(5);
    expect(twoWayPairs(graph)).toEqual([]);
  });

  it('finds a two-way pair when there is one', () => {
    const graph = new Map([
      ['panels', new Set(['scene', 'lab'])],
      ['scene', new Set(['panels'])],
      ['lab', new Set<string>()],
    ]);
    expect(twoWayPairs(graph)).toEqual([['panels', 'scene']]);
  });
});
