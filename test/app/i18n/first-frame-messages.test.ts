import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../app/i18n/en.ts';
import { enFirstFrame } from '../../../app/i18n/en-first-frame.ts';

/** The app's modules main.tsx imports, directly or not, without a dynamic import() on the way. */
function beforeFirstFrame(entry: string): string[] {
  const seen = new Set<string>();
  const todo = [resolve(entry)];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    // Static imports and re-exports of the app's own files (type-only ones leave no code).
    for (const m of text.matchAll(
      /^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm,
    )) {
      const path = resolve(dirname(file), m[1]!);
      if (existsSync(path) && /\.tsx?$/.test(path)) todo.push(path);
    }
  }
  return [...seen].filter((f) => /[\\/]app[\\/]/.test(f) && !/[\\/]i18n[\\/]/.test(f));
}

describe('the English messages of the first frame', () => {
  it('hold every message a module loaded before the first frame names (the others load after it)', () => {
    const modules = beforeFirstFrame('app/main.tsx');
    expect(modules.some((f) => f.endsWith('Header.tsx'))).toBe(true);
    expect(modules.some((f) => f.endsWith('DataPanel.tsx'))).toBe(false);
    const missing: string[] = [];
    for (const file of modules) {
      const text = readFileSync(file, 'utf8');
      for (const key of Object.keys(en))
        if (!Object.hasOwn(enFirstFrame, key) && new RegExp(`['"\`]${key}['"\`]`).test(text))
          missing.push(`${key} (${file.replace(/^.*[\\/]app[\\/]/, 'app/')})`);
    }
    expect(missing, 'move these from en.ts to en-first-frame.ts').toEqual([]);
  });

  it('are written once: en.ts, which adds the others to them, does not write one again', () => {
    const written = [...readFileSync('app/i18n/en.ts', 'utf8').matchAll(/^ {2}(\w+):/gm)];
    expect(written.length).toBeGreaterThan(100);
    expect(written.map((m) => m[1]).filter((key) => Object.hasOwn(enFirstFrame, key!))).toEqual([]);
    expect(Object.keys(en)).toEqual(expect.arrayContaining(Object.keys(enFirstFrame)));
  });
});
