import { formatNumber } from './format.ts';

const STEPS = 1000;

/**
 * A range input on a log scale from `lo` to `hi`: the slider moves log10(value) in 1000 steps,
 * and each new value is rounded by `round` (3 significant figures by default).
 */
export function LogRange({
  id,
  lo,
  hi,
  value,
  onChange,
  round = (x) => Number(x.toPrecision(3)),
}: {
  id: string;
  lo: number;
  hi: number;
  value: number;
  onChange: (value: number) => void;
  round?: (x: number) => number;
}) {
  const a = Math.log10(lo);
  const b = Math.log10(hi);
  const position = Math.round(((Math.log10(value) - a) / (b - a)) * STEPS);
  return (
    <input
      id={id}
      type="range"
      min={0}
      max={STEPS}
      step={1}
      value={Number.isFinite(position) ? Math.min(STEPS, Math.max(0, position)) : 0}
      aria-valuetext={formatNumber(value)}
      onChange={(e) => onChange(round(10 ** (a + (Number(e.target.value) / STEPS) * (b - a))))}
    />
  );
}
