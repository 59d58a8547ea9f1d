import {
  decodeExperimentPatch,
  decodePageOptions,
  experimentQuery,
  encodePageOptions,
} from '../../src/index.ts';
import { browserLanguage } from '../i18n/i18n.ts';
import { LESSON_SCENES } from '../lessons/lesson-loader.ts';
import { linkNotices } from './link-notices.ts';
import { useLab } from './store.ts';
import { takeDataReference } from '../data/data-reference.ts';
import { problemFor } from '../sim/problem-cache.ts';

/**
 * Opens the experiment and page options in the page's URL (invalid values fall back to defaults
 * and are reported in a notice), then keeps the URL's query in step with both, so a link reopens
 * the same view.
 */
export function syncExperimentWithUrl(
  location: Location,
  history: History,
  languages: readonly string[],
): () => void {
  const { patch, ignored } = decodeExperimentPatch(location.search);
  // Data too large to travel in a link are named by it: found in this browser, or asked for (the
  // code that does it loads only for such a link).
  const reference = takeDataReference(ignored);
  if (reference)
    void import('../data/user-data-actions.ts').then((m) =>
      m.openReferencedData(useLab, reference, patch),
    );
  const page = decodePageOptions(location.search, LESSON_SCENES);
  // A link opens a fresh experiment under the same rules as every other change.
  useLab.getState().openExperiment(patch);
  useLab.setState({
    ignoredParams: [...ignored, ...page.ignored],
    page: page.options,
    browserLanguage: browserLanguage(languages),
  });
  // Refused values are named, short and quoted: a crafted link cannot write its own message.
  for (const notice of linkNotices([...ignored, ...page.ignored]))
    useLab.getState().addNotice(notice);
  const write = () => {
    const s = useLab.getState();
    // A reference to data not yet read stays in the link until they are.
    const awaited = s.pendingDataLink ? `data=${encodeURIComponent(s.pendingDataLink.param)}` : '';
    const query = [experimentQuery(s.experiment, problemFor), awaited, encodePageOptions(s.page)]
      .filter(Boolean)
      .join('&');
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`)
      history.replaceState(null, '', url);
  };
  write();
  return useLab.subscribe((s, prev) => {
    if (
      s.experiment !== prev.experiment ||
      s.page !== prev.page ||
      s.pendingDataLink !== prev.pendingDataLink
    )
      write();
  });
}
