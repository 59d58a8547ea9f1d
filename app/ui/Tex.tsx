import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useLayoutEffect, useRef } from 'react';

/**
 * A formula typeset by KaTeX (fonts ship with the app: no request leaves the page's host). It is
 * built as DOM nodes whose styles are set one property at a time, not parsed from an HTML string,
 * so it needs no inline-style exception in the page's Content Security Policy.
 */
export function Tex({ tex, label }: { tex: string; label: string }) {
  const span = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (span.current) katex.render(tex, span.current, { throwOnError: false, output: 'html' });
  }, [tex]);
  return <span ref={span} className="tex" role="math" aria-label={label} />;
}
