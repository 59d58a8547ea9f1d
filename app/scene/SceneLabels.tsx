import { useFrame, useThree } from '@react-three/fiber';
import { useContext, useEffect, useMemo, useRef } from 'react';
import { Vector3, type Camera } from 'three';
import { LabelLayerContext } from '../lab/react/driver-context.tsx';
import { useLab } from '../lab/react/use-lab.tsx';
import { useLabelBoard, type PlacedLabel, type SceneLabel } from './label-board.tsx';
import { placeLabels, type Box, type LabelRequest } from './label-layout.ts';

/** A label's element in the layer, with its size and font as last measured. */
interface Slot {
  el: HTMLSpanElement;
  label: SceneLabel;
  w: number;
  h: number;
  font: string;
  fontSize: number;
  color: string;
  background: string | null;
  shown: string;
}

const OVERLAYS = '.probe, .badges';

/** Pane-relative boxes of the HTML overlays on the scene, which labels keep clear of. */
function overlayBoxes(layer: HTMLElement): Box[] {
  const origin = layer.getBoundingClientRect();
  const scene = layer.parentElement;
  if (!scene) return [];
  return [...scene.querySelectorAll<HTMLElement>(OVERLAYS)].map((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
  });
}

/**
 * Draws the pane's labels (the LabelBoard) as HTML over the canvas: projected with the camera on
 * every drawn frame, kept inside the pane and off the probe and badges, never overlapping each
 * other (placeLabels). HTML text follows the page's font size (presenter mode) and stays sharp;
 * the export draws the same placement into its image through board.place.
 */
export function SceneLabels() {
  const board = useLabelBoard();
  const layerRef = useContext(LabelLayerContext);
  const invalidate = useThree((s) => s.invalidate);
  const presenter = useLab((s) => s.page.presenter);
  const probe = useLab((s) => s.probe);
  const slots = useRef(new Map<string, Slot>());
  const seen = useRef({ version: -1, width: -1, height: -1, presenter: false });
  const v = useMemo(() => new Vector3(), []);

  // What the last placement was made for: a frame with the same camera, size and labels (most
  // frames while a run plays) keeps it, without reading the page's layout.
  const placed = useRef({ view: new Float64Array(32), version: -1, width: -1, height: -1, at: 0 });

  // A new label set, the probe box or the page's font size: place them again on the next frame.
  useEffect(() => {
    board.onChange = invalidate;
    placed.current.version = -1;
    invalidate();
    return () => {
      board.onChange = null;
    };
  }, [board, invalidate, presenter, probe]);

  useEffect(() => {
    const map = slots.current;
    return () => {
      for (const s of map.values()) s.el.remove();
      map.clear();
    };
  }, []);

  /** Creates, updates and removes elements to match the board; measures them when needed. */
  const sync = (layer: HTMLElement, width: number, height: number) => {
    const s = seen.current;
    const fresh = s.version !== board.version;
    const remeasure =
      fresh || s.width !== width || s.height !== height || s.presenter !== presenter;
    if (!remeasure) return;
    Object.assign(s, { version: board.version, width, height, presenter });
    const map = slots.current;
    const ids = new Set<string>();
    for (const label of board.labels()) {
      ids.add(label.id);
      let slot = map.get(label.id);
      if (!slot) {
        const el = document.createElement('span');
        el.style.position = 'absolute';
        el.style.left = '0';
        el.style.top = '0';
        el.dataset.label = label.kind;
        layer.appendChild(el);
        slot = {
          el,
          label,
          w: 0,
          h: 0,
          font: '',
          fontSize: 12,
          color: '#fff',
          background: null,
          shown: '',
        };
        map.set(label.id, slot);
      }
      slot.label = label;
      if (slot.el.textContent !== label.text) slot.el.textContent = label.text;
      slot.el.className = label.kind === 'tick' ? 'tick' : `axis-name label-${label.kind}`;
      slot.el.style.color = label.color ?? '';
    }
    for (const [id, slot] of map)
      if (!ids.has(id)) {
        slot.el.remove();
        map.delete(id);
      }
    // Reads after all writes: one layout for the whole set.
    for (const slot of map.values()) {
      slot.w = slot.el.offsetWidth;
      slot.h = slot.el.offsetHeight;
      const cs = getComputedStyle(slot.el);
      slot.fontSize = parseFloat(cs.fontSize) || 12;
      slot.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      slot.color = cs.color;
      slot.background = /^rgba\(.*,\s*0\)$|transparent/.test(cs.backgroundColor)
        ? null
        : cs.backgroundColor;
    }
  };

  /** The board's labels placed for `camera` in width × height, with their slots (same order). */
  const layout = (camera: Camera, width: number, height: number, obstacles: Box[]) => {
    const list = board
      .labels()
      .map((l) => slots.current.get(l.id))
      .filter((s) => s !== undefined);
    const requests: LabelRequest[] = list.map((slot) => {
      v.set(...slot.label.position).project(camera);
      const behind = v.z > 1;
      return {
        x: behind ? NaN : ((v.x + 1) / 2) * width,
        y: behind ? NaN : ((1 - v.y) / 2) * height,
        w: slot.w,
        h: slot.h,
        anchor: slot.label.anchor ?? 'center',
        movable: slot.label.kind !== 'tick',
        group: slot.label.group,
        slideX: slot.label.slideX,
      };
    });
    return { list, boxes: placeLabels(requests, width, height, obstacles) };
  };

  board.place = (camera, width, height): PlacedLabel[] => {
    const { list, boxes } = layout(camera, width, height, []);
    return list.flatMap((slot, k) => {
      const box = boxes[k];
      return box
        ? [
            {
              text: slot.label.text,
              box,
              font: slot.font,
              fontSize: slot.fontSize,
              color: slot.color,
              background: slot.background,
            },
          ]
        : [];
    });
  };

  useFrame(({ camera, size }) => {
    const layer = layerRef?.current;
    if (!layer) return;
    // The same view, size and labels as last time: nothing moves (the overlays are looked at again
    // at least once a second, in case the page's layout moved them).
    const p = placed.current;
    const now = performance.now();
    let same =
      p.version === board.version &&
      p.width === size.width &&
      p.height === size.height &&
      now - p.at < 1000;
    const m = camera.matrixWorld.elements;
    const q = camera.projectionMatrix.elements;
    for (let i = 0; i < 16; i++) {
      if (p.view[i] !== m[i] || p.view[16 + i] !== q[i]) same = false;
      p.view[i] = m[i]!;
      p.view[16 + i] = q[i]!;
    }
    if (same) return;
    Object.assign(p, { version: board.version, width: size.width, height: size.height, at: now });
    sync(layer, size.width, size.height);
    const { list, boxes } = layout(camera, size.width, size.height, overlayBoxes(layer));
    list.forEach((slot, k) => {
      const box = boxes[k];
      const shown = box ? `translate(${Math.round(box.x)}px, ${Math.round(box.y)}px)` : 'hidden';
      if (shown === slot.shown) return;
      slot.shown = shown;
      slot.el.style.visibility = box ? 'visible' : 'hidden';
      if (box) slot.el.style.transform = shown;
    });
  });
  return null;
}
