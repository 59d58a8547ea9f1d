import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lectureDataset, meanAndStd, penguinsDataset } from '../../../src/index.ts';

describe('the lecture data set', () => {
  it('has x1 on a small scale and x2 on a scale about 100 times larger', () => {
    const d = lectureDataset();
    expect(Math.min(...d.x1)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...d.x1)).toBeLessThanOrEqual(2);
    expect(Math.min(...d.x2)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...d.x2)).toBeLessThanOrEqual(200);
    expect(meanAndStd(d.x2).std / meanAndStd(d.x1).std).toBeGreaterThan(50);
  });

  it('is the same for the same seed and different for another', () => {
    expect(lectureDataset(9).y).toEqual(lectureDataset(9).y);
    expect(lectureDataset(9).y).not.toEqual(lectureDataset(10).y);
  });
});

describe('the penguins data set', () => {
  it('holds exactly the complete rows of the CC0 table shipped by vega-datasets', () => {
    const url = new URL('../../../node_modules/vega-datasets/data/penguins.json', import.meta.url);
    const rows = JSON.parse(readFileSync(url, 'utf8')) as Record<string, number | null>[];
    const complete = rows.filter(
      (r) =>
        Number.isFinite(r['Beak Depth (mm)']) &&
        Number.isFinite(r['Body Mass (g)']) &&
        Number.isFinite(r['Flipper Length (mm)']),
    );
    const d = penguinsDataset();
    expect(d.y.length).toBe(complete.length);
    expect(complete.length).toBe(342);
    expect(Array.from(d.x1)).toEqual(complete.map((r) => r['Beak Depth (mm)']));
    expect(Array.from(d.x2)).toEqual(complete.map((r) => r['Body Mass (g)']));
    expect(Array.from(d.y)).toEqual(complete.map((r) => r['Flipper Length (mm)']));
    expect(d.source.en).toMatch(/Gorman/);
    expect(d.source['zh-TW']).toMatch(/Gorman/);
  });
});
