import { useState } from 'react';
import {
  CONTROL_IDS,
  experimentQuery,
  encodePageOptions,
  DEFAULT_PAGE_OPTIONS,
  type ControlId,
} from '../../src/index.ts';
import { download } from './download.ts';
import { savePng } from './save-png.ts';
import { trajectoriesCsv } from './trajectories-csv.ts';
import { localized, type MessageKey } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../lab/react/use-t.tsx';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { useProblem } from '../lab/react/use-problem.tsx';
import { PANE_NAMES } from '../ui/pane-names.ts';
import { VideoExport } from './VideoExport.tsx';
import './export.css';

/** The label of each control an embed can show. */
const CONTROL_LABELS: Record<ControlId, MessageKey> = {
  play: 'play',
  surface: 'surface',
  scaling: 'scaling',
  batchnorm: 'batchNorm',
  optimizer: 'optimizer',
  lr: 'learningRate',
  runs: 'sectionRuns',
  speed: 'speed',
  view: 'sectionView',
};

/** The page's address without its query, for links and embeds. */
const base = () => `${window.location.origin}${window.location.pathname}`;

/** A ready <iframe> for course notes: the experiment, embed mode and the chosen controls, titled. */
/** Iframe sizes offered for an embed (width × height in CSS pixels), smallest to largest. */
export const EMBED_SIZES = [
  [320, 240],
  [480, 360],
  [720, 480],
  [800, 500],
] as const;

export function iframeSnippet(src: string, title: string, width = 720, height = 480): string {
  const escape = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(src)}" width="${width}" height="${height}" title="${escape(title)}" loading="lazy" style="border:0;max-width:100%" allow="fullscreen"></iframe>`;
}

/** Copy the link or an embed snippet; save the view as PNG, its animation as video, the trajectories as CSV. */
export function SharePanel() {
  const t = useT();
  const language = useLanguage();
  const lab = useLabApi();
  const { driver } = lab;
  const experiment = useLab((s) => s.experiment);
  const problem = useProblem();
  const [controls, setControls] = useState<ControlId[]>(['play', 'lr']);
  const [copied, setCopied] = useState<string | null>(null);
  const [size, setSize] = useState(2);
  const [preview, setPreview] = useState(false);
  const [width, height] = EMBED_SIZES[size]!;
  const query = experimentQuery(experiment, lab.problemFor);
  const link = `${base()}${query ? `?${query}` : ''}`;
  const embedQuery = [query, encodePageOptions({ ...DEFAULT_PAGE_OPTIONS, embed: true, controls })]
    .filter(Boolean)
    .join('&');
  const title = `${t('appTitle')}: ${problem ? localized(problem.surface.name, language) : ''}`;
  const embedSrc = `${base()}?${embedQuery}`;
  const snippet = iframeSnippet(embedSrc, title, width, height);
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
      setTimeout(() => setCopied(null), 2000);
    } catch {
      window.prompt(t('shareCopy'), text);
    }
  };
  // Side-by-side panes are titled in exported images as in their headers.
  const titles = driver.panes.length > 1 ? driver.panes.map((p) => t(PANE_NAMES[p.id])) : undefined;
  const png = (scale: number) => savePng(scale, titles);
  const csv = () => {
    const runs = driver.panes.flatMap((p) =>
      p.runners.map((runner, run) => ({ pane: p.id, run: run + 1, runner })),
    );
    download(
      URL.createObjectURL(new Blob([trajectoriesCsv(runs)], { type: 'text/csv' })),
      'error-surface-lab-trajectories.csv',
    );
  };
  return (
    <section className="card" aria-labelledby="share-heading" data-testid="share-panel">
      <h2 id="share-heading">{t('sectionExport')}</h2>
      <label className="field">
        <span>{t('shareLink')}</span>
        <span className="copy-row">
          <input
            type="text"
            readOnly
            value={link}
            data-testid="share-link"
            onFocus={(e) => e.target.select()}
          />
          <button type="button" onClick={() => copy(link, 'link')}>
            {copied === 'link' ? t('shareCopiedShort') : t('shareCopy')}
          </button>
        </span>
      </label>
      <fieldset>
        <legend>{t('shareControls')}</legend>
        <div className="control-choices">
          {CONTROL_IDS.map((id) => (
            <label key={id} className="checkbox">
              <input
                type="checkbox"
                checked={controls.includes(id)}
                onChange={(e) =>
                  setControls((c) => (e.target.checked ? [...c, id] : c.filter((x) => x !== id)))
                }
              />
              {t(CONTROL_LABELS[id])}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field embed-size-row">
        <label htmlFor="embed-size">{t('shareSize')}</label>
        <select
          id="embed-size"
          value={size}
          data-testid="embed-size"
          onChange={(e) => setSize(Number(e.target.value))}
        >
          {EMBED_SIZES.map(([w, h], k) => (
            <option key={k} value={k}>
              {`${w} × ${h}`}
            </option>
          ))}
        </select>
        <button
          type="button"
          aria-pressed={preview}
          data-testid="embed-preview-toggle"
          onClick={() => setPreview((p) => !p)}
        >
          {preview ? t('sharePreviewHide') : t('sharePreview')}
        </button>
      </div>
      {preview ? (
        // The embed as course notes will show it, at its true size (the box scrolls when wider).
        <div className="embed-preview">
          <iframe
            src={embedSrc}
            width={width}
            height={height}
            title={t('sharePreviewTitle', { title })}
            data-testid="embed-preview"
          />
        </div>
      ) : null}
      <label className="field">
        <span>{t('shareEmbed')}</span>
        <textarea
          readOnly
          value={snippet}
          rows={4}
          data-testid="share-snippet"
          onFocus={(e) => e.target.select()}
        />
      </label>
      <div className="buttons">
        <button type="button" onClick={() => copy(snippet, 'snippet')}>
          {copied === 'snippet' ? t('shareCopiedShort') : t('shareCopy')}
        </button>
        <button type="button" onClick={() => png(1)} data-testid="export-png">
          {t('exportPng')}
        </button>
        <button type="button" onClick={() => png(2)} data-testid="export-png-2x">
          {t('exportPng2x')}
        </button>
        <button type="button" onClick={csv} data-testid="export-csv">
          {t('exportCsv')}
        </button>
      </div>
      <VideoExport titles={titles} />
    </section>
  );
}
