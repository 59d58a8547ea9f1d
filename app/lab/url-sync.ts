import {
  decodeExperimentPatch,
  decodePageOptions,
  experimentQuery,
  encodePageOptions,
  type Experiment,
  type PageOptions,
} from '../../src/index.ts';
import { browserLanguage } from '../i18n/i18n.ts';
import { takeDataReference, type DataReference } from './data-reference.ts';
import type { Lab } from './lab.ts';
import { linkNotices } from './link-notices.ts';

/** What a link says: its experiment fields, its page options, and what it refused. */
export interface LinkRead {
  patch: Partial<Experiment>;
  page: PageOptions;
  ignored: ReturnType<typeof decodeExperimentPatch>['ignored'];
  /** Data too large to travel in a link, named by it (to be found in this browser, or asked for). */
  reference: DataReference | null;
}

/** Reads a link's query string (`lessonScenes`: how many lesson scenes `lesson=` may name). */
export function readLink(search: string, lessonScenes: number): LinkRead {
  const { patch, ignored } = decodeExperimentPatch(search);
  const reference = takeDataReference(ignored);
  const page = decodePageOptions(search, lessonScenes);
  return { patch, page: page.options, ignored: [...ignored, ...page.ignored], reference };
}

/**
 * Opens a link in the lab (invalid values fall back to defaults and are reported in a notice),
 * then keeps the URL's query in step with the experiment and the page options, so a link reopens
 * the same view. Returns the function that stops following.
 */
export function syncExperimentWithUrl(
  lab: Lab,
  link: LinkRead,
  location: Location,
  history: History,
  languages: readonly string[],
): () => void {
  const { store } = lab;
  store.setState({
    ignoredParams: link.ignored,
    page: link.page,
    browserLanguage: browserLanguage(languages),
  });
  // A link opens a fresh experiment under the same rules as every other change.
  lab.open(link.patch);
  // Refused values are named, short and quoted: a crafted link cannot write its own message.
  for (const notice of linkNotices(link.ignored)) store.getState().addNotice(notice);
  const write = () => {
    const s = store.getState();
    // A reference to data not yet read stays in the link until they are.
    const awaited = s.pendingDataLink ? `data=${encodeURIComponent(s.pendingDataLink.param)}` : '';
    const query = [
      experimentQuery(s.experiment, lab.problemFor),
      awaited,
      encodePageOptions(s.page),
    ]
      .filter(Boolean)
      .join('&');
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`)
      history.replaceState(null, '', url);
  };
  write();
  return store.subscribe((s, prev) => {
    if (
      s.experiment !== prev.experiment ||
      s.page !== prev.page ||
      s.pendingDataLink !== prev.pendingDataLink
    )
      write();
  });
}
