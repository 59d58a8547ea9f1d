import { NORMALIZATIONS, type Normalization } from '../../src/index.ts';
import { formatNumber } from '../ui/format.ts';
import type { MessageKey } from '../i18n/i18n.ts';
import { useT } from '../lab/react/use-t.tsx';
import type { LabNetwork } from '../workers/run-network.ts';
import { NETWORK_STYLE } from './network-style.ts';
import { MEASURES, measureMedians, measuresSmallerWithBatchNorm } from './readings.ts';
import { SeriesChart } from './SeriesChart.tsx';

/** A ratio of medians: one decimal below 10 (1.0×, 2.4×), whole numbers above (55×). */
const times = (x: number) => x.toFixed(x < 10 ? 1 : 0);

const TITLES: Record<(typeof MEASURES)[number], MessageKey> = {
  lossRange: 'netMeasureLossRange',
  gradientChange: 'netMeasureGradient',
  effectiveBeta: 'netMeasureBeta',
};

/**
 * Santurkar et al.'s three measures over training, one chart each with a line per network, each
 * with its medians in words, and a one-line reading of what they show together.
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
  return (
    <section className="net-section" aria-labelledby="net-smooth-heading">
      <h3 id="net-smooth-heading">{t('netSmoothTitle')}</h3>
      {verdict ? (
        <p className="net-reading" data-testid="net-smooth-reading">
          {verdict}
        </p>
      ) : null}
      <div className="net-grid">
        {MEASURES.map((key) => {
          const m = medians;
          const ratio = m.none && m.batch ? m.none[key] / m.batch[key] : NaN;
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
                  label: t(NETWORK_STYLE[n].name),
                  color: NETWORK_STYLE[n].color,
                  ys: networks[n]!.smoothness.map((s) => s[key]),
                }))}
              />
              <p className="net-note" data-testid={`net-measure-${key}-reading`}>
                {t('netMeasureReading', {
                  plain: formatNumber(m.none?.[key], 3),
                  bn: formatNumber(m.batch?.[key], 3),
                  ln: formatNumber(m.layer?.[key], 3),
                  ratio: !Number.isFinite(ratio)
                    ? '—'
                    : ratio >= 1
                      ? t('netTimesSmaller', { x: times(ratio) })
                      : t('netTimesLarger', { x: times(1 / ratio) }),
                })}
              </p>
            </figure>
          );
        })}
      </div>
    </section>
  );
}
