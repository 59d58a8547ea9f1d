import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';

/** A formula typeset by KaTeX (fonts ship with the app: no request leaves the page's host). */
export function Tex({ tex, label }: { tex: string; label: string }) {
  const html = useMemo(
    () => katex.renderToString(tex, { throwOnError: false, output: 'html' }),
    [tex],
  );
  return (
    <span
      className="tex"
      role="math"
      aria-label={label}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
