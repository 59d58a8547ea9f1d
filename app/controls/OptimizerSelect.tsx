import { OPTIMIZER_IDS, OPTIMIZERS, type OptimizerId } from '../../src/index.ts';
import { localized, type MessageKey } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../lab/react/use-t.tsx';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { Field, Select } from '../ui/Field.tsx';

const EXTRA: Partial<
  Record<'momentum' | 'rho' | 'beta1' | 'beta2', { key: MessageKey; max: number }>
> = {
  momentum: { key: 'momentum', max: 0.99 },
  rho: { key: 'rho', max: 0.999 },
  beta1: { key: 'beta1', max: 0.99 },
  beta2: { key: 'beta2', max: 0.9999 },
};

/** The optimizer (η is LearningRateControl, its other settings OptimizerSettings). */
export function OptimizerSelect() {
  const t = useT();
  const language = useLanguage();
  const optimizer = useLab((s) => s.experiment.optimizer);
  const lab = useLabApi();
  return (
    <Field label={t('optimizer')}>
      {(id) => (
        <Select<OptimizerId>
          id={id}
          value={optimizer}
          options={OPTIMIZER_IDS.map((o) => ({
            value: o,
            label: localized(OPTIMIZERS[o].name, language),
          }))}
          onChange={(next) => lab.change({ optimizer: next })}
        />
      )}
    </Field>
  );
}

/** The settings the optimizer reads besides η: momentum, ρ, β1, β2. */
export function OptimizerSettings() {
  const t = useT();
  const e = useLab((s) => s.experiment);
  const lab = useLabApi();
  const info = OPTIMIZERS[e.optimizer];
  return (
    <>
      {(['momentum', 'rho', 'beta1', 'beta2'] as const)
        .filter((k) => info.params.includes(k))
        .map((k) => (
          <Field key={k} label={`${t(EXTRA[k]!.key)}: ${e[k]}`}>
            {(id) => (
              <input
                id={id}
                type="range"
                min={0}
                max={Math.max(EXTRA[k]!.max, e[k])}
                step={0.001}
                value={e[k]}
                onChange={(ev) => lab.change({ [k]: Number(ev.target.value) })}
              />
            )}
          </Field>
        ))}
    </>
  );
}
