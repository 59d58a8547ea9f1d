import { NORMALIZATIONS, type Normalization } from '../../src/index.ts';
import { formatNumber } from '../ui/format.ts';
import { useT } from '../lab/react/use-t.tsx';
import type { LabNetwork } from '../workers/run-network.ts';
import { NETWORK_STYLE } from './network-style.ts';
import { drifts, networkLabel } from './readings.ts';
import { SeriesChart } from './SeriesChart.tsx';

/** The dash of the 15 % and 85 % lines, in the chart and its legend. */
const BAND_DASH = [4, 4];

/**
 * Internal covariate shift as Ioffe & Szegedy measured it (their Fig. 1): the 15th, 50th and 85th
 * percentiles of one hidden unit's input over training, for each network (median solid, the band
 * dashed), with how far the median moved and how the band changed.
 */
export function CovariateShift({
  networks,
}: {
  networks: Partial<Record<Normalization, LabNetwork>>;
}) {
  const t = useT();
  const present = NORMALIZATIONS.filter((n) => networks[n]);
  const xs = networks[present[0]!]?.unitInput.map((u) => u.step) ?? [];
  const d = drifts(networks);
  const f = (x: number | undefined) => formatNumber(x, 2);
  return (
    <section className="net-section" aria-labelledby="net-ics-heading">
      <h3 id="net-ics-heading">{t('netIcsTitle')}</h3>
      <SeriesChart
        xs={xs}
        log={false}
        yLabel=""
        label={t('netIcsTitle')}
        testId="net-ics-chart"
        legend={[
          ...present.map((n) => ({
            label: networkLabel(t, NETWORK_STYLE[n].name, networks[n]!),
            color: NETWORK_STYLE[n].color,
          })),
          { label: t('netLegendMedian') },
          { label: t('netLegendBand'), dash: BAND_DASH },
        ]}
        series={present.flatMap((n) => {
          const name = t(NETWORK_STYLE[n].name);
          const color = NETWORK_STYLE[n].color;
          const u = networks[n]!.unitInput;
          return [
            { label: `${name} 15 %`, color, dash: BAND_DASH, ys: u.map((p) => p.p15) },
            { label: `${name} 50 %`, color, ys: u.map((p) => p.p50) },
            { label: `${name} 85 %`, color, dash: BAND_DASH, ys: u.map((p) => p.p85) },
          ];
        })}
      />
      <p className="net-reading" data-testid="net-ics-reading">
        {t('netIcsReading', {
          plain: f(d.none?.medianDrift),
          bn: f(d.batch?.medianDrift),
          ln: f(d.layer?.medianDrift),
          plainStart: f(d.none?.bandStart),
          plainEnd: f(d.none?.bandEnd),
          bnStart: f(d.batch?.bandStart),
          bnEnd: f(d.batch?.bandEnd),
        })}{' '}
        {t('netIcsNote')}
      </p>
    </section>
  );
}
