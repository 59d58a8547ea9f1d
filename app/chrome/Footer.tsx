import { BUILD_ID } from '../ui/build-info.ts';
import { useT } from '../lab/react/use-t.tsx';
import './chrome.css';

/** Sources the lesson draws on (docs/domain.md §3) and credits. */
export function Footer() {
  const t = useT();
  return (
    <footer className="footer">
      <details>
        <summary>{t('learnMore')}</summary>
        <ul>
          <li>
            S. Ioffe, C. Szegedy, “Batch Normalization: Accelerating Deep Network Training by
            Reducing Internal Covariate Shift”, ICML 2015.
          </li>
          <li>
            S. Santurkar, D. Tsipras, A. Ilyas, A. Madry, “How Does Batch Normalization Help
            Optimization?”, NeurIPS 2018.
          </li>
          <li>
            H. Li, Z. Xu, G. Taylor, C. Studer, T. Goldstein, “Visualizing the Loss Landscape of
            Neural Nets”, NeurIPS 2018.
          </li>
          <li>G. Goh, “Why Momentum Really Works”, Distill 2017.</li>
        </ul>
      </details>
      <p>{t('credits')}</p>
      <p data-testid="build-id">{t('buildId', { id: BUILD_ID })}</p>
    </footer>
  );
}
