import { useEffect, useRef } from 'react';
import { gridSurface, type Normalization } from '../../src/index.ts';
import { formatNumber } from '../ui/format.ts';
import { translate, type MessageKey } from '../i18n/i18n.ts';
import { useT } from '../lab/react/use-t.tsx';
import { useLab, useLabApi, type LabStore } from '../lab/react/use-lab.tsx';
import type { LabNetwork } from '../workers/run-network.ts';
import { prepareCanvas } from '../ui/prepare-canvas.ts';
import { drawPathMap, sliceImage } from './draw-path-map.ts';
import { NETWORK_STYLE } from './network-style.ts';
import { NETWORK_STATUS, networkStatus } from './readings.ts';

/** A share of the path's variance in per cent, as the panel states it. */
const percent = (share: number) => formatNumber(100 * share, 3);

/** The names of the plane's axes: α along d1, β along d2, with the variance each holds. */
export function planeAxes(explained: readonly [number, number]): [string, string] {
  return [`α · d1 (${percent(explained[0])} %)`, `β · d2 (${percent(explained[1])} %)`];
}

/**
 * The slice as a surface for the main 3-D view, with the path drawn on it, the plane named in the
 * banner and on the axes, and the network's readouts in place of the hidden lecture run's.
 */
function showInMainView(store: LabStore, normalization: Normalization, network: LabNetwork) {
  const slice = network.slice!;
  const { values, n } = sliceImage(slice);
  const name = NETWORK_STYLE[normalization].name;
  const both = (key: MessageKey, vars?: (language: 'en' | 'zh-TW') => Record<string, string>) => ({
    en: translate('en', key, vars?.('en')),
    'zh-TW': translate('zh-TW', key, vars?.('zh-TW')),
  });
  const label = both('netLandscapeOf', (l) => ({ name: translate(l, name) }));
  const { explained, alpha, beta } = network.plane;
  const status = NETWORK_STATUS[networkStatus(network)];
  store.getState().setOverlay({
    surface: gridSurface(values, n, slice.range, {
      id: `network-slice-${normalization}`,
      name: label,
      description: label,
    }),
    label,
    axes: planeAxes(explained),
    plane: both('netPlaneAxes', () => ({ d1: percent(explained[0]), d2: percent(explained[1]) })),
    run: {
      name: both('netNetworkName', (l) => ({ name: translate(l, name) })),
      steps: network.recordedAt.at(-1) ?? 0,
      loss: network.losses.at(-1)!,
      coordinates: ['α', 'β'],
      position: [alpha[alpha.length - 1] ?? 0, beta[beta.length - 1] ?? 0],
      status: both(status.key),
      tone: status.tone,
    },
    path: {
      alpha: network.plane.alpha,
      beta: network.plane.beta,
      color: NETWORK_STYLE[normalization].color,
    },
  });
}

/**
 * One network's loss slice in the plane of its training path, the path on it, the variance the
 * plane holds and the loss range; a coarse preview until the slice is complete. When the main
 * view shows this slice, a refined slice replaces it there too.
 */
export function PathLandscape({
  normalization,
  network,
}: {
  normalization: Normalization;
  network: LabNetwork;
}) {
  const t = useT();
  const lab = useLabApi();
  const canvas = useRef<HTMLCanvasElement>(null);
  const slice = network.slice;
  const style = NETWORK_STYLE[normalization];
  const name = t(style.name);
  // The axes take the theme's chart colours: redrawn when the theme changes, and at every new
  // size (the row of maps reflows as the networks come in).
  const theme = useLab((s) => s.theme);
  useEffect(() => {
    const el = canvas.current;
    if (!el || !slice) return;
    const draw = () => {
      const c = prepareCanvas(el);
      if (!c) return;
      const css = getComputedStyle(el);
      const color = (name: string, fallback: string) =>
        css.getPropertyValue(name).trim() || fallback;
      drawPathMap(
        c.ctx,
        c.width,
        c.height,
        slice,
        network.plane,
        style.color,
        { alpha: 'α (d1)', beta: 'β (d2)', start: t('netPathStart'), end: t('netPathEnd') },
        { text: color('--chart-text', '#c4d0e0'), axis: color('--chart-axis', '#8496b0') },
      );
    };
    draw();
    let width = el.clientWidth;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === width) return;
      width = el.clientWidth;
      draw();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [slice, network.plane, style.color, t, theme]);
  useEffect(() => {
    const shown = lab.store.getState().overlay;
    if (slice?.complete && shown?.surface.id === `network-slice-${normalization}`)
      showInMainView(lab.store, normalization, network);
  }, [slice, normalization, network, lab]);
  const image = slice ? sliceImage(slice) : null;
  const testId = `net-landscape-${normalization}`;
  return (
    <figure className="net-figure net-landscape" data-testid={`${testId}-figure`}>
      <figcaption>
        <span className="dot" style={{ background: style.color }} /> {name}
      </figcaption>
      <canvas
        ref={canvas}
        className="net-map"
        role="img"
        aria-label={t('netLandscapeOf', { name })}
        data-testid={testId}
        data-complete={String(!!slice?.complete)}
      />
      <p className="net-note" data-testid={`${testId}-explained`}>
        {t('netExplained', {
          d1: percent(network.plane.explained[0]),
          d2: percent(network.plane.explained[1]),
        })}{' '}
        {image
          ? t('netLossScale', {
              lo: formatNumber(image.map.lo, 3),
              hi: formatNumber(image.map.hi, 3),
              scale: t(image.map.kind === 'log' ? 'netScaleLog' : 'netScaleLinear'),
            })
          : null}
      </p>
      {slice && !slice.complete ? <p className="net-note">{t('netCoarse')}</p> : null}
      <button
        type="button"
        className="small"
        disabled={!slice}
        data-testid={`net-show-${normalization}`}
        onClick={() => showInMainView(lab.store, normalization, network)}
      >
        {t('netShowMain')}
      </button>
    </figure>
  );
}
