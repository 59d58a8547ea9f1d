import { NORMALIZATIONS, type Normalization } from '../../src/index.ts';
import { formatNumber } from '../ui/format.ts';
import type { MessageKey } from '../i18n/i18n.ts';
import { useT } from '../lab/react/use-t.tsx';
import type { LabNetwork } from '../workers/run-network.ts';
import { NETWORK_STYLE } from './network-style.ts';
import {
  compareValues,
  MEASURES,
  measureMedians,
  measuresSmallerWithBatchNorm,
  networkLabel,
} from './readings.ts';
import { SeriesChart } from './SeriesChart.tsx';

const TITLES: Record<(typeof MEASURES)[number], MessageKey> = {
  lossRange: 'netMeasureLossRange',
  gradientChange: 'netMeasureGradient',
  effectiveBeta: 'netMeasureBeta',
};

/**
 * Santurkar et al.'s three measures over training, one chart each with a line per network, each
 * with its medians in words, and a one-line reading of what they show together. A stuck network's
 * figures are marked as not meaningful: they describe a network at its start.
 */
export function SmoothnessCharts({
  networks,
}: {
  networks: Partial<Record<Normalization, LabNetwork>>;
}) {
  const t = useT();
  const present = NORMALIZATIONS.filter((n) => networks[n]);
  const medians = measureMedians(networks);
  const smaller = measuresSmallerWithBatchNorm(networks);
  const xs = networks[present[0]!]?.smoothness.map((s) => s.step) ?? [];
  const verdict =
    smaller === null
      ? null
      : smaller === 3
        ? t('netSmoothAll')
        : smaller === 0
          ? t('netSmoothNone')
          : t('netSmoothSome', { count: smaller });
  const stuck = present.filter((n) => networks[n]!.stuck);
  return (
    <section className="net-section" aria-labelledby="net-smooth-heading">
      <h3 id="net-smooth-heading">{t('netSmoothTitle')}</h3>
      {verdict ? (
        <p className="net-reading" data-testid="net-smooth-reading">
          {verdict}
        </p>
      ) : null}
      {stuck.length > 0 ? (
        <p className="net-reading net-stuck" data-testid="net-smooth-stuck">
          {t('netSmoothStuck', { names: stuck.map((n) => t(NETWORK_STYLE[n].name)).join(', ') })}
        </p>
      ) : null}
      <div className="net-grid">
        {MEASURES.map((key) => {
          const m = medians;
          const ratio = compareValues(m.none?.[key], m.batch?.[key]);
          const value = (n: Normalization) => {
            const v = formatNumber(m[n]?.[key], 3);
            return networks[n]?.stuck ? t('netNotMeaningful', { value: v }) : v;
          };
          return (
            <figure key={key} className="net-figure">
              <figcaption>{t(TITLES[key])}</figcaption>
              <SeriesChart
                xs={xs}
                log
                yLabel=""
                label={t(TITLES[key])}
                testId={`net-measure-${key}`}
                series={present.map((n) => ({
                  label: networkLabel(t, NETWORK_STYLE[n].name, networks[n]!),
                  color: NETWORK_STYLE[n].color,
                  ys: networks[n]!.smoothness.map((s) => s[key]),
                }))}
              />
              <p className="net-note" data-testid={`net-measure-${key}-reading`}>
                {t('netMeasureReading', {
                  plain: value('none'),
                  bn: value('batch'),
                  ln: value('layer'),
                  ratio:
                    ratio.kind === 'unknown'
                      ? '—'
                      : ratio.kind === 'same'
                        ? t('netSame')
                        : t(ratio.kind === 'smaller' ? 'netTimesSmaller' : 'netTimesLarger', {
                            x: ratio.times,
                          }),
                })}
              </p>
            </figure>
          );
        })}
      </div>
    </section>
  );
}
