import { formatNumber } from '../ui/format.ts';
import { useT } from '../lab/react/use-t.tsx';
import { usePane } from '../lab/react/driver-context.tsx';
import { useLab } from '../lab/react/use-lab.tsx';

/** The gradient under the pointer, and for data surfaces why one slope dwarfs the other. */
export function ProbeOverlay() {
  const t = useT();
  const { index, pane } = usePane();
  const probe = useLab((s) => (s.probe?.pane === index ? s.probe : null));
  if (!probe) return null;
  const p = pane();
  const g = p.landscape.surface.gradient(probe.w1, probe.w2, new Float64Array(2));
  const ratio = Math.abs(g[1]!) / Math.abs(g[0]!);
  const whole = p.whole;
  return (
    <div className="probe" data-testid="probe" role="status">
      <strong>{t('probeTitle')}</strong>
      <span>
        w = ({formatNumber(probe.w1)}, {formatNumber(probe.w2)})
      </span>
      <span data-testid="probe-g1">∂L/∂w1 = {formatNumber(g[0])}</span>
      <span data-testid="probe-g2">∂L/∂w2 = {formatNumber(g[1])}</span>
      <span>{t('probeRatio', { ratio: formatNumber(ratio, 3) })}</span>
      {whole ? (
        <span className="probe-note">
          {t('probeScales', {
            s1: formatNumber(whole[0].std, 3),
            s2: formatNumber(whole[1].std, 3),
            ratio: formatNumber(whole[1].std / whole[0].std, 3),
          })}
        </span>
      ) : null}
    </div>
  );
}
