import { useState } from 'react';
import { useLanguage, useT } from '../lab/react/use-t.tsx';
import { goToSceneSoon } from '../lessons/lesson-loader.ts';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import './chrome.css';

/** Title, language switch and share link. */
export function Header() {
  const t = useT();
  const language = useLanguage();
  const lab = useLabApi();
  const lesson = useLab((s) => s.page.lesson);
  const presenter = useLab((s) => s.page.presenter);
  const setPage = useLab((s) => s.setPage);
  const setHelpOpen = useLab((s) => s.setHelpOpen);
  const [copied, setCopied] = useState(false);
  const share = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      window.prompt(t('share'), window.location.href);
    }
  };
  return (
    <header className="header">
      <div>
        <h1>{t('appTitle')}</h1>
        <p className="tagline">{t('appTagline')}</p>
      </div>
      <div className="header-actions">
        <button
          type="button"
          onClick={() => (lesson === null ? void goToSceneSoon(lab, 1) : setPage({ lesson: null }))}
          aria-pressed={lesson !== null}
          data-testid="lesson-toggle"
        >
          {lesson === null ? t('lessonStart') : t('lessonExit')}
        </button>
        <button
          type="button"
          aria-pressed={presenter}
          onClick={() => setPage({ presenter: !presenter })}
          data-testid="presenter-toggle"
        >
          {presenter ? t('presenterOff') : t('presenterOn')}
        </button>
        <button
          type="button"
          onClick={() => setHelpOpen(true)}
          aria-label={t('helpTitle')}
          title={t('helpTitle')}
        >
          ?
        </button>
        <button type="button" onClick={share} data-testid="share">
          {copied ? t('shareCopied') : t('share')}
        </button>
        <button
          type="button"
          lang={language === 'en' ? 'zh-TW' : 'en'}
          aria-label={t('switchLanguage')}
          data-testid="language-switch"
          onClick={() => lab.change({ language: language === 'en' ? 'zh-TW' : 'en' })}
        >
          {t('otherLanguage')}
        </button>
      </div>
    </header>
  );
}
