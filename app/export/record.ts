import type { Driver } from '../lab/engine/driver.ts';
import type { PaneCapture } from '../scene/capture-port.ts';
import { composeFrame, frameCanvas, type FrameLayout } from './compose.ts';

export type VideoFormat = 'webm' | 'gif';

/** What to record: the frame's size in pixels, its length and rate, the format. */
export interface RecordOptions {
  width: number;
  height: number;
  seconds: number;
  fps: number;
  /** Steps of the runs per second of video (the page's speed). */
  stepsPerSecond: number;
  format: VideoFormat;
  /** Pane titles (compare layout). */
  titles?: readonly string[];
  onProgress(done: number, total: number): void;
  signal?: AbortSignal;
}

/** The WebM type this browser's MediaRecorder can write, or null (then the export makes a GIF). */
export function webmType(): string | null {
  if (typeof MediaRecorder === 'undefined' || !('captureStream' in HTMLCanvasElement.prototype))
    return null;
  return (
    ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'].find((t) =>
      MediaRecorder.isTypeSupported(t),
    ) ?? null
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Steps to take before each frame of a recording at `fps` frames and `stepsPerSecond` steps a
 * second: frame 0 shows the start, frame k follows ⌊k·r⌋ − ⌊(k−1)·r⌋ steps, r = stepsPerSecond/fps.
 */
export function frameSteps(seconds: number, fps: number, stepsPerSecond: number): number[] {
  const frames = Math.max(1, Math.round(seconds * fps));
  const r = stepsPerSecond / fps;
  return Array.from({ length: frames }, (_, k) =>
    k === 0 ? 0 : Math.floor(k * r) - Math.floor((k - 1) * r),
  );
}

/**
 * The layout of a width × height frame: labels as large against the scene as on screen, but never
 * below their on-screen size (scale ≥ 1): the frame is drawn at CSS height min(screen, height).
 */
function frameLayout(
  panes: readonly PaneCapture[],
  o: Pick<RecordOptions, 'width' | 'height' | 'titles'>,
): FrameLayout {
  const screen = Math.max(1, ...panes.map((p) => p.size().height));
  const cssHeight = Math.min(screen, o.height);
  const scale = o.height / cssHeight;
  return { width: o.width / scale, height: cssHeight, scale, titles: o.titles };
}

/**
 * Records the current experiment from its start: resets the runs, then for each frame takes its
 * steps (frameSteps) and draws every pane with its axes and labels into a frame of the chosen
 * size. WebM goes through MediaRecorder on the canvas's stream, one requested frame each, with the
 * recorder paused while a frame is drawn so the video keeps its frame rate however slow the
 * drawing; GIF frames are quantized to 256 colours and written by gifenc.
 */
export async function recordAnimation(
  driver: Driver,
  panes: () => readonly PaneCapture[],
  o: RecordOptions,
): Promise<Blob> {
  const first = panes();
  if (first.length === 0) throw new Error('no 3-D view to record');
  const layout = frameLayout(first, o);
  const { canvas, ctx } = frameCanvas(layout);
  canvas.width = o.width;
  canvas.height = o.height;
  const steps = frameSteps(o.seconds, o.fps, o.stepsPerSecond);
  const draw = (k: number) => {
    if (o.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
    if (k === 0) driver.reset();
    else driver.stepNow(steps[k]!);
    composeFrame(ctx, panes(), layout);
  };
  const type = o.format === 'webm' ? webmType() : null;
  if (type) return recordWebm(canvas, type, steps.length, o, draw);
  const { GIFEncoder, applyPalette, quantize } = await import('gifenc');
  const gif = GIFEncoder();
  for (let k = 0; k < steps.length; k++) {
    draw(k);
    const { data } = ctx.getImageData(0, 0, o.width, o.height);
    const palette = quantize(data, 256);
    gif.writeFrame(applyPalette(data, palette), o.width, o.height, {
      palette,
      delay: Math.round(1000 / o.fps),
    });
    o.onProgress(k + 1, steps.length);
    await sleep(0); // let the page paint the progress
  }
  gif.finish();
  return new Blob([gif.bytes().slice().buffer], { type: 'image/gif' });
}

async function recordWebm(
  canvas: HTMLCanvasElement,
  type: string,
  frames: number,
  o: RecordOptions,
  draw: (k: number) => void,
): Promise<Blob> {
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack;
  const recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: 5e6 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  };
  const stopped = new Promise((resolve) => (recorder.onstop = resolve));
  recorder.start();
  try {
    for (let k = 0; k < frames; k++) {
      draw(k);
      if (recorder.state === 'paused') recorder.resume();
      track.requestFrame();
      await sleep(1000 / o.fps);
      recorder.pause();
      o.onProgress(k + 1, frames);
    }
  } finally {
    recorder.stop();
    for (const t of stream.getTracks()) t.stop();
    await stopped;
  }
  return new Blob(chunks, { type: 'video/webm' });
}
