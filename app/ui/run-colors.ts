import type { Theme } from '../../src/index.ts';

/**
 * One colour per run, per theme. Each is drawn on the scene (SCENE_BACKGROUND), on the page and
 * its panels (base.css: --bg and --panel, presenter mode's too) and over the viridis surface. The
 * test (test/app/ui/run-colors.test.ts) holds each palette to: contrast ≥ 3:1 against every
 * background of its theme (WCAG 1.4.11), CIEDE2000 ≥ 15 between any two runs under normal vision,
 * protanopia, deuteranopia and tritanopia (Machado et al. 2009), and ≥ 15 from viridis.
 * Run 1 is orange in both themes, like the accent.
 */
export const RUN_COLORS: Record<Theme, readonly string[]> = {
  // Light marks on dark grounds: orange, near-white, pink, sky blue, red, mint.
  dark: ['#ffaa33', '#ddddee', '#ff22aa', '#44aaff', '#dd0000', '#bbffcc'],
  // Dark marks on light grounds: orange, blue, near-black, periwinkle, dark red, dark teal.
  light: ['#dd6611', '#3300ee', '#000011', '#7777ff', '#770000', '#006655'],
};

/** Run k's colour in `theme` (the palette repeats after its last colour). */
export function runColor(theme: Theme, k: number): string {
  const colors = RUN_COLORS[theme];
  return colors[k % colors.length]!;
}

/** Line styles of the panes in the loss chart: raw solid, standardized dashed, batch-normalized dotted. */
export const PANE_DASHES: Record<string, number[]> = {
  main: [],
  raw: [],
  standardized: [8, 5],
  batchnorm: [2, 4],
};
