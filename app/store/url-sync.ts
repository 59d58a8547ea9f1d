import { decodeExperiment, encodeExperiment } from '../../src/index.ts';
import { browserLanguage } from '../i18n/i18n.ts';
import { useLab } from './store.ts';

/**
 * Opens the experiment in the page's URL (invalid values fall back to defaults and are reported in
 * a notice), then keeps the URL's query in step with the experiment, so a link reopens it.
 */
export function syncExperimentWithUrl(
  location: Location,
  history: History,
  languages: readonly string[],
): () => void {
  const { experiment, ignored } = decodeExperiment(location.search);
  useLab.setState({
    experiment,
    ignoredParams: ignored,
    browserLanguage: browserLanguage(languages),
  });
  if (ignored.length > 0) {
    const list = ignored.map((p) => (p.key ? `${p.key}=${p.value}` : p.value)).join(', ');
    useLab
      .getState()
      .addNotice({ id: 'ignored-params', key: 'noticeIgnored', vars: { list }, tone: 'warning' });
  }
  // Keep the keys of other features (embed, controls, res) that the codec leaves alone.
  const keep = new URLSearchParams(location.search);
  const passthrough = ['embed', 'controls', 'res']
    .filter((k) => keep.has(k))
    .map((k) => `${k}=${encodeURIComponent(keep.get(k)!)}`);
  const write = () => {
    const query = [encodeExperiment(useLab.getState().experiment), ...passthrough]
      .filter(Boolean)
      .join('&');
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`)
      history.replaceState(null, '', url);
  };
  write();
  return useLab.subscribe((s, prev) => {
    if (s.experiment !== prev.experiment) write();
  });
}
