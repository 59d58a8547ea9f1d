import type { Dataset } from './dataset.ts';
import { lectureDataset } from './lecture-data.ts';
import { carsDataset } from './cars.ts';
import { penguinsDataset } from './penguins.ts';

/** A data set the app offers as a data surface: how to load it (its texts live on the Dataset). */
export interface DatasetEntry {
  load(): Dataset;
}

/**
 * The data sets behind the data surfaces, in the order the app lists them. Adding one is one entry
 * here plus the file that builds it (names, description, source and feature names in both languages).
 */
export const DATASETS = {
  lecture: { load: lectureDataset },
  penguins: { load: penguinsDataset },
  cars: { load: carsDataset },
} as const satisfies Record<string, DatasetEntry>;

export type DatasetId = keyof typeof DATASETS;
export const DATASET_IDS = Object.keys(DATASETS) as DatasetId[];

const loaded = new Map<DatasetId, Dataset>();
/** The data set `id`, loaded once (callers must not mutate it). */
export function loadDataset(id: DatasetId): Dataset {
  let d = loaded.get(id);
  if (!d) {
    d = DATASETS[id].load();
    loaded.set(id, d);
  }
  return d;
}
