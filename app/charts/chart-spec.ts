/** One line (or set of dots) of a chart. */
export interface SeriesSpec {
  label: string;
  color: string;
  dash?: number[];
  /** Dots only, no line (a sweep's outcomes, an error's sign flips). */
  dots?: boolean;
  /** Dot radius in CSS pixels (default: none on a line, 3.5 on dots). */
  dotSize?: number;
}

/** A vertical line at x with a label (a sweep's 2/λ_max). */
export interface MarkSpec {
  x: number;
  label: string;
  color: string;
}

/** What a chart shows, in plain data: the uPlot options are made from it when uPlot has loaded. */
export interface ChartSpec {
  /** `integer`: ticks only at whole numbers (a step axis). */
  x: { label: string; log?: boolean; integer?: boolean };
  y: { label: string; log?: boolean };
  series: readonly SeriesSpec[];
  marks?: readonly MarkSpec[];
  /** Curve width in CSS pixels (thicker in presenter mode). */
  lineWidth?: number;
  /** Text shown while the chart has no data. */
  empty?: string;
}

/** Rows of a chart: xs, then one array per series (null where it has no value). */
export type ChartData = [number[], ...(number | null)[][]];

/** Chart text in CSS pixels: 0.8 of the root font (≥ 18 px in presenter mode at 1080p). */
export function chartFontSize(): number {
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return Math.round(root * 0.8);
}

/** A tick label: 1, 10, 100, 1000, else 1e-3 or 2e-3 style on a log axis; short decimals on a linear one. */
export function tickText(v: number, log: boolean): string {
  if (v === 0) return '0';
  if (log) {
    const e = Math.log10(Math.abs(v));
    if (Math.abs(e - Math.round(e)) < 1e-9 && e >= -0.5 && e <= 3.5) return String(Math.round(v));
    return v.toExponential(0).replace('e+', 'e');
  }
  return Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3
    ? v.toExponential(0).replace('e+', 'e')
    : String(Number(v.toPrecision(4)));
}
