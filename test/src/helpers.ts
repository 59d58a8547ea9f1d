import {
  batchNormSurface,
  createSurface,
  dataSurface,
  FEATURE_SCALINGS,
  lectureDataset,
  penguinsDataset,
  type Surface,
} from '../../src/index.ts';
import { ANALYTIC_SURFACE_IDS } from '../../src/surfaces/registry.ts';

/** Every surface the core can build: the analytic ones and each data set under each scaling. */
export function allSurfaces(): Surface[] {
  const surfaces: Surface[] = ANALYTIC_SURFACE_IDS.map((id) => createSurface(id));
  for (const data of [lectureDataset(), penguinsDataset()]) {
    for (const scaling of FEATURE_SCALINGS) surfaces.push(dataSurface(data, scaling).surface);
    surfaces.push(batchNormSurface(data));
  }
  return surfaces;
}

/** A label for test names. */
export function label(s: Surface): string {
  return `${s.id} (${s.name.en})`;
}
