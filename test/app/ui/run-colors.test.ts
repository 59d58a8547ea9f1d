import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { viridis } from '../../../src/index.ts';
import { THEMES, type Theme } from '../../../src/experiment/page-options.ts';
import {
  contrastRatio,
  deltaE2000,
  parseHex,
  simulateVision,
  toLab,
  visionDeltaE,
  VISIONS,
  type Rgb,
  type Vision,
} from '../../../app/ui/colour-math.ts';
import { RUN_COLORS, runColor } from '../../../app/ui/run-colors.ts';
import { SCENE_BACKGROUND } from '../../../app/scene/SceneBackground.tsx';

/** WCAG 2.1 SC 1.4.11 (non-text contrast): graphics a user must see need 3:1 against what is next to them. */
const MIN_CONTRAST = 3;
/**
 * Smallest CIEDE2000 between two runs, under normal vision and under each dichromacy. ΔE00 ≈ 2 is
 * just noticeable between large patches; marks a few pixels wide (a trail, a 2-pixel loss line, a
 * ball) need several times that to be told apart at a glance (Szafir 2018, "Modeling color
 * difference for visualization design"), so 15 leaves that factor with room to spare.
 */
const MIN_RUN_DIFFERENCE = 15;
/** Smallest CIEDE2000 (normal vision) between a run colour and any colour of the viridis surface it sits on. */
const MIN_SURFACE_DIFFERENCE = 15;

/** The custom properties each selector of base.css sets, e.g. { ':root': { '--bg': '#0b111c' } }. */
function cssVariables(): Record<string, Record<string, string>> {
  const css = readFileSync(new URL('../../../app/ui/base.css', import.meta.url), 'utf8').replace(
    /\/\*[\s\S]*?\*\//g,
    '',
  );
  const out: Record<string, Record<string, string>> = {};
  for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selector = m[1]!.trim();
    for (const v of m[2]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g))
      (out[selector] ??= {})[v[1]!] = v[2]!.trim();
  }
  return out;
}

/**
 * Every ground a run colour is drawn on in a theme: the scene, the page and the panels (the loss
 * chart and the runs panel are cards on --panel), presenter mode's too. The exit label's pill is
 * the scene's colour (dark) or white (light), both among them.
 */
function backgrounds(theme: Theme): { name: string; hex: string }[] {
  const vars = cssVariables();
  const selectors =
    theme === 'dark' ? [':root', '.presenter'] : ['.theme-light', '.theme-light .presenter'];
  const list: { name: string; hex: string }[] = [{ name: 'scene', hex: SCENE_BACKGROUND[theme] }];
  for (const selector of selectors)
    for (const name of ['--bg', '--panel']) {
      const hex = vars[selector]?.[name];
      if (!hex) throw new Error(`base.css sets no ${name} in ${selector}`);
      list.push({ name: `${selector} ${name}`, hex });
    }
  return list;
}

const VIRIDIS_SAMPLES = Array.from(
  { length: 101 },
  (_, i) => viridis(i / 100, [0, 0, 0]) as unknown as Rgb,
);

describe('the colour arithmetic', () => {
  it('gives the WCAG contrast ratios: black on white 21:1, #777 on white 4.48:1, a colour on itself 1:1', () => {
    expect(contrastRatio(parseHex('#000'), parseHex('#fff'))).toBeCloseTo(21, 10);
    expect(contrastRatio(parseHex('#777777'), parseHex('#ffffff'))).toBeCloseTo(4.48, 2);
    expect(contrastRatio(parseHex('#3300ee'), parseHex('#3300ee'))).toBe(1);
  });

  it('gives CIELAB of white and black and the CIEDE2000 of Sharma, Wu & Dalal (2005), Table 1', () => {
    const white = toLab(parseHex('#ffffff'));
    expect(white[0]).toBeCloseTo(100, 3);
    expect(Math.hypot(white[1], white[2])).toBeLessThan(1e-3);
    expect(toLab(parseHex('#000000'))).toEqual([0, 0, 0]);
    const pairs: [[number, number, number], [number, number, number], number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    ];
    for (const [a, b, expected] of pairs) {
      expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
      expect(deltaE2000(b, a)).toBeCloseTo(expected, 4);
    }
  });

  it('simulates dichromacy as Machado et al. (2009) do: greys stay grey, red–green fades for protans and deutans, blue–green for tritans', () => {
    for (const vision of VISIONS)
      for (const grey of ['#000000', '#777777', '#ffffff']) {
        const seen = simulateVision(parseHex(grey), vision);
        for (const c of seen) expect(c).toBeCloseTo(parseHex(grey)[0], 2);
      }
    // Pairs on the confusion lines: a red and a green, a blue and a green of like lightness.
    const redGreen = (v: Vision) => visionDeltaE(parseHex('#cc3333'), parseHex('#339933'), v);
    const blueGreen = (v: Vision) => visionDeltaE(parseHex('#3399cc'), parseHex('#33aa66'), v);
    for (const v of ['protanopia', 'deuteranopia'] as const) {
      expect(redGreen(v)).toBeLessThan(redGreen('normal') / 2);
      expect(blueGreen(v)).toBeGreaterThan(blueGreen('normal') / 2);
    }
    expect(blueGreen('tritanopia')).toBeLessThan(blueGreen('normal') / 2);
    expect(redGreen('tritanopia')).toBeGreaterThan(redGreen('normal') / 2);
  });
});

describe.each(THEMES.map((theme) => [theme]))('the run colours of the %s theme', (theme) => {
  const colors = RUN_COLORS[theme];

  it('has six, and runColor repeats them in order', () => {
    expect(new Set(colors).size).toBe(6);
    colors.forEach((c, k) => {
      expect(runColor(theme, k)).toBe(c);
      expect(runColor(theme, k + colors.length)).toBe(c);
    });
  });

  it(`stands out ${MIN_CONTRAST}:1 against every ground it is drawn on`, () => {
    const fails: string[] = [];
    for (const color of colors)
      for (const bg of backgrounds(theme)) {
        const ratio = contrastRatio(parseHex(color), parseHex(bg.hex));
        if (ratio < MIN_CONTRAST)
          fails.push(`${color} on ${bg.name} ${bg.hex}: ${ratio.toFixed(2)}:1`);
      }
    expect(fails).toEqual([]);
  });

  it.each(VISIONS.map((v) => [v]))(
    `tells any two runs apart by ΔE00 ≥ ${MIN_RUN_DIFFERENCE} under %s`,
    (vision) => {
      const fails: string[] = [];
      for (let i = 0; i < colors.length; i++)
        for (let j = i + 1; j < colors.length; j++) {
          const d = visionDeltaE(parseHex(colors[i]!), parseHex(colors[j]!), vision);
          if (d < MIN_RUN_DIFFERENCE)
            fails.push(`${colors[i]} vs ${colors[j]}: ΔE00 ${d.toFixed(1)}`);
        }
      expect(fails).toEqual([]);
    },
  );

  it(`keeps ΔE00 ≥ ${MIN_SURFACE_DIFFERENCE} from every colour of the viridis surface`, () => {
    const fails: string[] = [];
    for (const color of colors) {
      const lab = toLab(parseHex(color));
      const nearest = Math.min(...VIRIDIS_SAMPLES.map((v) => deltaE2000(lab, toLab(v))));
      if (nearest < MIN_SURFACE_DIFFERENCE) fails.push(`${color}: ΔE00 ${nearest.toFixed(1)}`);
    }
    expect(fails).toEqual([]);
  });
});
