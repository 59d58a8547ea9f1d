import { encodePageOptions, DEFAULT_PAGE_OPTIONS } from '../../src/index.ts';
import { useMemo } from 'react';
import { fillTemplate, localized } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../lab/react/use-t.tsx';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { goToScene } from './lesson-actions.ts';
import { sceneFacts } from './scene-facts.ts';
import { LESSON } from './scenes.ts';
import './lessons.css';

/** The current lesson scene: its explanation, one thing to try, and the way to the others. */
export function LessonCard() {
  const t = useT();
  const lab = useLabApi();
  const language = useLanguage();
  const lesson = useLab((s) => s.page.lesson);
  const presenter = useLab((s) => s.page.presenter);
  const setPage = useLab((s) => s.setPage);
  const scene = lesson === null ? null : LESSON[lesson - 1]!;
  // The numbers the text quotes, simulated from the scene's own setup (not typed into the text).
  const facts = useMemo(
    () => (scene ? sceneFacts(scene.setup(), lab.problemFor) : {}),
    [scene, lab],
  );
  if (lesson === null || !scene) return null;
  const link = (n: number) =>
    `?${encodePageOptions({ ...DEFAULT_PAGE_OPTIONS, presenter, lesson: n })}`;
  return (
    <section className="card lesson" aria-labelledby="lesson-heading" data-testid="lesson-card">
      <p className="muted lesson-progress" data-testid="lesson-progress">
        {t('lessonScene', { n: lesson, total: LESSON.length })}
      </p>
      <h2 id="lesson-heading" className="lesson-title">
        {localized(scene.title, language)}
      </h2>
      <p data-testid="lesson-text">{fillTemplate(localized(scene.text, language), facts)}</p>
      <p>
        <strong>{t('lessonTry')}</strong> {localized(scene.tryThis, language)}
      </p>
      <nav className="lesson-nav" aria-label={t('lessonStart')}>
        <button
          type="button"
          disabled={lesson <= 1}
          onClick={() => goToScene(lab, lesson - 1)}
          data-testid="lesson-prev"
        >
          ‹ {t('lessonPrev')}
        </button>
        <ol className="lesson-dots">
          {LESSON.map((s, k) => (
            <li key={s.id}>
              <a
                href={link(k + 1)}
                aria-current={k + 1 === lesson ? 'step' : undefined}
                aria-label={t('lessonGoTo', { n: k + 1, title: localized(s.title, language) })}
                onClick={(e) => {
                  e.preventDefault();
                  goToScene(lab, k + 1);
                }}
              >
                {k + 1}
              </a>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="primary"
          disabled={lesson >= LESSON.length}
          onClick={() => goToScene(lab, lesson + 1)}
          data-testid="lesson-next"
        >
          {t('lessonNext')} ›
        </button>
        <button type="button" className="small" onClick={() => setPage({ lesson: null })}>
          {t('lessonExit')}
        </button>
      </nav>
    </section>
  );
}
