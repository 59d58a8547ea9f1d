import { readdirSync, readFileSync } from 'node:fs';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import * as catalogue from '../../../app/scene/three-catalogue.ts';

/** Lower-case JSX elements of the scene's files whose class three exports (<mesh> → Mesh). */
function threeElements(): Set<string> {
  const found = new Set<string>();
  for (const dir of ['app/scene', 'app/embed']) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsx'))) {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      for (const [, tag] of text.matchAll(/<([a-z][A-Za-z0-9]*)[\s/>]/g)) {
        const name = tag!.charAt(0).toUpperCase() + tag!.slice(1);
        if (name in THREE) found.add(name);
      }
    }
  }
  return found;
}

describe("the catalogue of three's classes the built scene registers", () => {
  it('holds every three.js element the scene writes in JSX', () => {
    const used = threeElements();
    expect(used.size).toBeGreaterThan(5);
    for (const name of used) expect(Object.keys(catalogue), name).toContain(name);
  });
});
