import { OPTIMIZERS, surfaceInfo } from '../../src/index.ts';
import { useT } from '../lab/react/use-t.tsx';
import { useProblem } from '../lab/react/use-problem.tsx';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { Field, Select } from '../ui/Field.tsx';

/** Batch normalization on or off, the batch size, and training or inference statistics. */
export function BatchNormControl() {
  const t = useT();
  const e = useLab((s) => s.experiment);
  const problem = useProblem();
  const lab = useLabApi();
  const data = surfaceInfo(e.surface).data;
  // A batch is never larger than the data: the label shows the size in use, not a link's larger one.
  const batchInUse = Math.min(e.batchSize, problem?.data?.data.y.length ?? e.batchSize);
  return (
    <>
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={e.batchNorm}
            disabled={!data}
            onChange={(ev) => lab.change({ batchNorm: ev.target.checked })}
          />
          {t('batchNorm')}
        </label>
      </div>
      {data && (e.batchNorm || OPTIMIZERS[e.optimizer].stochastic) ? (
        <Field label={`${t('batchSize')}: ${batchInUse}`}>
          {(id) => (
            <input
              id={id}
              type="range"
              min={1}
              max={Math.min(4096, problem?.data?.data.y.length ?? 100)}
              step={1}
              value={e.batchSize}
              onChange={(ev) => lab.change({ batchSize: Number(ev.target.value) })}
            />
          )}
        </Field>
      ) : null}
      {data && e.batchNorm ? (
        <>
          <Field label={t('batchNormMode')}>
            {(id) => (
              <Select
                id={id}
                value={e.batchNormMode}
                options={[
                  { value: 'train', label: t('modeTrain') },
                  { value: 'inference', label: t('modeInference') },
                ]}
                onChange={(batchNormMode) => lab.change({ batchNormMode })}
              />
            )}
          </Field>
        </>
      ) : null}
    </>
  );
}
