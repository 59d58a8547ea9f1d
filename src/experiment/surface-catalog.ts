import { loadDataset } from '../datasets/registry.ts';
import { ANALYTIC_SURFACES, createSurface } from '../surfaces/registry.ts';
import type { LocalizedText } from '../text.ts';
import { isDataSurface, SURFACE_IDS, USER_SURFACE, type SurfaceId } from './experiment.ts';

/** What the controls need to know of a surface without building its problem. */
export interface SurfaceInfo {
  id: SurfaceId;
  /** Backed by a data set: feature scaling, batch normalization and the compare panes apply. */
  data: boolean;
  name: LocalizedText;
  /** The condition-number (κ) setting changes it. */
  takesConditionNumber: boolean;
}

const infos = new Map<SurfaceId, SurfaceInfo>();

/** The surface menu's name for the user's own data. */
const USER_DATA_NAME = { en: 'Your data', 'zh-TW': '你的資料' };

/** The catalogue entry of surface `id`, from the data-set and surface registries (built once). */
export function surfaceInfo(id: SurfaceId): SurfaceInfo {
  let info = infos.get(id);
  if (!info) {
    if (id === USER_SURFACE)
      info = { id, data: true, name: USER_DATA_NAME, takesConditionNumber: false };
    else if (isDataSurface(id))
      info = { id, data: true, name: loadDataset(id).name, takesConditionNumber: false };
    else
      info = {
        id,
        data: false,
        name: createSurface(id).name,
        takesConditionNumber: ANALYTIC_SURFACES[id].takesConditionNumber,
      };
    infos.set(id, info);
  }
  return info;
}

/** Every surface's catalogue entry, in the order the app lists them. */
export function surfaceCatalog(): SurfaceInfo[] {
  return SURFACE_IDS.map(surfaceInfo);
}
