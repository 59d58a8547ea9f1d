import type { AxisView, CameraPreset, HeightScale } from '../../src/index.ts';
import { useT } from '../lab/react/use-t.tsx';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { Field, Select } from '../ui/Field.tsx';

/** Camera presets, height scale and axis scaling. */
export function ViewPanel() {
  const t = useT();
  const e = useLab((s) => s.experiment);
  const lab = useLabApi();
  const resetCamera = useLab((s) => s.resetCamera);
  const wireframe = useLab((s) => s.wireframe);
  const setWireframe = useLab((s) => s.setWireframe);
  return (
    <section className="card" aria-labelledby="view-heading">
      <h2 id="view-heading">{t('sectionView')}</h2>
      <div className="buttons" role="group" aria-label={t('camera')}>
        {(
          [
            ['3d', 'camera3d'],
            ['top', 'cameraTop'],
            ['side', 'cameraSide'],
          ] as const
        ).map(([value, key]) => (
          <button
            key={value}
            type="button"
            aria-pressed={e.camera === value}
            onClick={() => {
              lab.change({ camera: value as CameraPreset });
              resetCamera();
            }}
          >
            {t(key)}
          </button>
        ))}
        <button type="button" onClick={resetCamera}>
          {t('resetCamera')}
        </button>
      </div>
      {e.camera === 'top' ? (
        <p className="hint" data-testid="camera-top-hint">
          {t('cameraTopHint')}
        </p>
      ) : null}
      <Field label={t('heightScale')}>
        {(id) => (
          <Select<HeightScale>
            id={id}
            value={e.heightScale}
            options={[
              { value: 'auto', label: t('heightAuto') },
              { value: 'linear', label: t('heightLinear') },
              { value: 'log', label: t('heightLog') },
            ]}
            onChange={(heightScale) => lab.change({ heightScale })}
          />
        )}
      </Field>
      <Field label={t('axisView')}>
        {(id) => (
          <Select<AxisView>
            id={id}
            value={e.axisView}
            options={[
              { value: 'equal', label: t('axisEqual') },
              { value: 'fit', label: t('axisFit') },
            ]}
            onChange={(axisView) => lab.change({ axisView })}
          />
        )}
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={wireframe}
          onChange={(e) => setWireframe(e.target.checked)}
        />
        {t('wireframe')}
      </label>
    </section>
  );
}
