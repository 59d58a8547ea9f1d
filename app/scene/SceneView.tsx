import { useEffect } from 'react';
import { formatNumber } from '../format.ts';
import { localized } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../i18n/use-t.ts';
import { useLab } from '../store/store.ts';
import { Fallback2D } from './Fallback2D.tsx';
import { Scene3D } from './Scene3D.tsx';
import { SceneErrorBoundary } from './SceneErrorBoundary.tsx';
import { hasWebGL } from './webgl.ts';
import { useLandscape } from '../sim/use-landscape.ts';

/** The 3-D view, or a flat map with a notice when WebGL is missing or the scene fails. */
export function SceneView() {
  const t = useT();
  const language = useLanguage();
  const webgl = useLab((s) => s.webgl);
  const setWebgl = useLab((s) => s.setWebgl);
  const addNotice = useLab((s) => s.addNotice);
  const problem = useLab((s) => s.problem);
  const w1 = useLab((s) => s.summary.w1);
  const w2 = useLab((s) => s.summary.w2);
  const landscape = useLandscape();
  useEffect(() => {
    if (webgl !== 'unknown') return;
    const ok = hasWebGL();
    setWebgl(ok ? 'available' : 'missing');
    if (!ok) addNotice({ id: 'no-webgl', key: 'noticeNoWebgl', tone: 'warning' });
  }, [webgl, setWebgl, addNotice]);
  const label = t('sceneLabel', {
    surface: problem ? localized(problem.surface.name, language) : '',
    w1: formatNumber(w1),
    w2: formatNumber(w2),
  });
  const fallback = <Fallback2D label={label} />;
  return (
    <div className="scene">
      {webgl === 'available' ? (
        <SceneErrorBoundary
          fallback={fallback}
          onError={() => {
            setWebgl('failed');
            addNotice({ id: 'scene-error', key: 'noticeSceneError', tone: 'warning' });
          }}
        >
          <Scene3D label={label} />
        </SceneErrorBoundary>
      ) : webgl === 'unknown' ? null : (
        fallback
      )}
      <div className="badges">
        <span className="badge" data-testid="height-badge">
          {landscape.heightMap.kind === 'log' ? t('logBadge') : t('linearBadge')}
        </span>
        {landscape.frame.stretched ? (
          <span className="badge badge-warning" data-testid="stretched-badge">
            {t('stretchedBadge')}
          </span>
        ) : null}
      </div>
    </div>
  );
}
