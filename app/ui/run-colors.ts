/** One colour per run, distinct from each other and from the viridis surface (and for common colour-vision deficiencies). */
export const RUN_COLORS = [
  '#ff922b',
  '#f8f9fa',
  '#ff5ca8',
  '#4dc3ff',
  '#e03131',
  '#b2f2bb',
] as const;

/** Line styles of the panes in the loss chart: raw solid, standardized dashed, batch-normalized dotted. */
export const PANE_DASHES: Record<string, number[]> = {
  main: [],
  raw: [],
  standardized: [8, 5],
  batchnorm: [2, 4],
};
