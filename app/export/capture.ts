/** Renders a pane's scene at `scale` × its current pixel ratio and returns it as a PNG data URL. */
export type Capture = (scale: number) => string;

const captures = new Map<number, Capture>();

/** Scenes register how to capture themselves (they own the WebGL renderer). */
export function registerCapture(pane: number, capture: Capture): () => void {
  captures.set(pane, capture);
  return () => {
    if (captures.get(pane) === capture) captures.delete(pane);
  };
}

export function capturePane(pane: number, scale: number): string | null {
  return captures.get(pane)?.(scale) ?? null;
}

/** Offers `href` (a data or blob URL) as a file download named `name`. */
export function download(href: string, name: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}
