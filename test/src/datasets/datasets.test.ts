import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  curvature,
  dataSurface,
  lectureDataset,
  meanAndStd,
  penguinsDataset,
} from '../../../src/index.ts';
import { carsDataset } from '../../../src/datasets/cars.ts';
import type { Dataset } from '../../../src/datasets/dataset.ts';

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

/** The rows of a vega-datasets table where all three columns hold numbers. */
function completeRows(json: string, columns: readonly [string, string, string]) {
  const url = new URL(`../../../node_modules/vega-datasets/data/${json}`, import.meta.url);
  const rows = JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>[];
  return {
    total: rows.length,
    kept: rows.filter((r) => columns.every((c) => Number.isFinite(r[c]))),
  };
}

const REAL: {
  data: Dataset;
  json: string;
  columns: [string, string, string];
  n: number;
  credit: RegExp;
}[] = [
  {
    data: penguinsDataset(),
    json: 'penguins.json',
    columns: ['Beak Depth (mm)', 'Body Mass (g)', 'Flipper Length (mm)'],
    n: 342,
    credit: /Gorman/,
  },
  {
    data: carsDataset(),
    json: 'cars.json',
    columns: ['Acceleration', 'Weight_in_lbs', 'Miles_per_Gallon'],
    n: 398,
    credit: /StatLib/,
  },
];

describe.each(REAL)('the $json data set', ({ data, json, columns, n, credit }) => {
  it('holds exactly the complete rows of the table shipped by vega-datasets', () => {
    const { kept } = completeRows(json, columns);
    expect(kept.length).toBe(n);
    expect(data.y.length).toBe(n);
    expect(Array.from(data.x1)).toEqual(kept.map((r) => r[columns[0]]));
    expect(Array.from(data.x2)).toEqual(kept.map((r) => r[columns[1]]));
    expect(Array.from(data.y)).toEqual(kept.map((r) => r[columns[2]]));
    expect(data.source.en).toMatch(credit);
    expect(data.source['zh-TW']).toMatch(credit);
  });
});

describe('the cars data set', () => {
  it('is the lecture’s "x1 small, x2 large" in real data: a long valley that standardizing rounds', () => {
    const cars = carsDataset();
    expect(meanAndStd(cars.x2).std / meanAndStd(cars.x1).std).toBeGreaterThan(100);
    const raw = curvature(dataSurface(cars, 'none').surface).conditionNumber!;
    const z = curvature(dataSurface(cars, 'standardize').surface).conditionNumber!;
    const white = curvature(dataSurface(cars, 'whiten').surface).conditionNumber!;
    expect(raw).toBeGreaterThan(1e5);
    // Acceleration and weight correlate (ρ ≈ −0.42): standardized κ = (1+|ρ|)/(1−|ρ|) ≈ 2.43.
    expect(z).toBeCloseTo(2.43, 2);
    expect(white).toBeCloseTo(1, 8);
  });
});
