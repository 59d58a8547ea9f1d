import { useRef, useState } from 'react';
import { formatNumber } from '../ui/format.ts';
import { useT } from '../lab/react/use-t.tsx';
import { paneCaptures } from '../scene/capture-port.ts';
import { download } from './download.ts';
import type { VideoFormat } from './record.ts';
import { useDriver } from '../lab/react/driver-context.tsx';
import { useLab } from '../lab/react/use-lab.tsx';
import { Field, Select } from '../ui/Field.tsx';
import { JobButton, JobProgress } from '../ui/JobStatus.tsx';

const SIZES = ['640x360', '1280x720', '1920x1080'] as const;
const LENGTHS = ['2', '5', '10'] as const;
/** 25 frames a second: a whole number of GIF centiseconds (40 ms) a frame. */
const FPS = 25;

/** Whether MediaRecorder can write WebM here (checked once; jsdom and some browsers cannot). */
function canRecordWebm(): boolean {
  return (
    typeof MediaRecorder !== 'undefined' &&
    typeof MediaRecorder.isTypeSupported === 'function' &&
    MediaRecorder.isTypeSupported('video/webm') &&
    'captureStream' in HTMLCanvasElement.prototype
  );
}

/**
 * "Record the animation": replays the experiment from its start into a WebM video (MediaRecorder)
 * or a GIF (gifenc), at a chosen size and length, with a progress bar. The recorder's code and the
 * GIF encoder load only when a recording starts.
 */
export function VideoExport({ titles }: { titles?: readonly string[] }) {
  const t = useT();
  const driver = useDriver();
  const speed = useLab((s) => s.experiment.speed);
  const webm = useRef(canRecordWebm()).current;
  const [size, setSize] = useState<(typeof SIZES)[number]>('1280x720');
  const [length, setLength] = useState<(typeof LENGTHS)[number]>('5');
  const [format, setFormat] = useState<VideoFormat>(webm ? 'webm' : 'gif');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const start = async () => {
    const [width, height] = size.split('x').map(Number) as [number, number];
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setSaved(null);
    setProgress({ done: 0, total: Number(length) * FPS });
    try {
      const { recordAnimation } = await import('./record.ts');
      const blob = await recordAnimation(driver, paneCaptures, {
        width,
        height,
        seconds: Number(length),
        fps: FPS,
        stepsPerSecond: speed,
        format,
        titles,
        signal: controller.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      const name = `error-surface-lab.${blob.type === 'image/gif' ? 'gif' : 'webm'}`;
      download(URL.createObjectURL(blob), name);
      setSaved(t('exportSaved', { name, size: `${formatNumber(blob.size / 1024, 3)} KB` }));
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError'))
        setError(t('exportFailed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  return (
    <fieldset className="video-export" data-testid="video-export">
      <legend>{t('exportVideo')}</legend>
      <p className="hint">{t('exportVideoHint', { speed })}</p>
      <div className="video-options">
        <Field label={t('exportVideoSize')}>
          {(id) => (
            <Select
              id={id}
              value={size}
              options={SIZES.map((s) => ({ value: s, label: s.replace('x', ' × ') }))}
              onChange={setSize}
            />
          )}
        </Field>
        <Field label={t('exportVideoLength')}>
          {(id) => (
            <Select
              id={id}
              value={length}
              options={LENGTHS.map((n) => ({ value: n, label: t('exportVideoSeconds', { n }) }))}
              onChange={setLength}
            />
          )}
        </Field>
        <Field label={t('exportVideoFormat')}>
          {(id) => (
            <Select
              id={id}
              value={format}
              options={[
                ...(webm ? [{ value: 'webm' as const, label: t('exportWebm') }] : []),
                { value: 'gif' as const, label: t('exportGif') },
              ]}
              onChange={setFormat}
            />
          )}
        </Field>
      </div>
      {webm ? null : <p className="hint">{t('exportWebmMissing')}</p>}
      <JobButton
        running={progress !== null}
        label={t('exportRecord')}
        onStart={() => void start()}
        onCancel={() => abort.current?.abort()}
        testId="video"
      />
      <JobProgress
        progress={progress}
        error={error}
        text={progress ? t('exportRecording', { frame: progress.done, total: progress.total }) : ''}
        testId="video"
      />
      {saved ? (
        <p className="hint" role="status" data-testid="video-saved">
          {saved}
        </p>
      ) : null}
    </fieldset>
  );
}
