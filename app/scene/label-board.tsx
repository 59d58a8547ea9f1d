import { createContext, useContext } from 'react';
import type { Camera } from 'three';
import type { Box, LabelAnchor } from './label-layout.ts';

/** What a label names: a tick value, an axis, or where a run left the surface (highest precedence). */
export type LabelKind = 'exit' | 'axis-name' | 'tick';

/** A text at a point of the 3-D scene, drawn in the pane's label layer and into exported images. */
export interface SceneLabel {
  id: string;
  text: string;
  position: readonly [number, number, number];
  kind: LabelKind;
  anchor?: LabelAnchor;
  /** A colour of its own (a run's), else its kind's. */
  color?: string;
  /** The axis a tick belongs to (a crowded axis is thinned evenly). */
  group?: string;
  /** May slide sideways to stay in the pane (a height tick). */
  slideX?: boolean;
}

/** A label as placed for an image: its box in CSS pixels and the font and colour to draw it in. */
export interface PlacedLabel {
  text: string;
  box: Box;
  /** CSS font shorthand at 1× (e.g. "600 13px system-ui"). */
  font: string;
  fontSize: number;
  color: string;
  /** Its box's fill ("left the surface" sits on a dark pill), or null. */
  background: string | null;
}

/** Places the pane's labels for `camera` in a width × height image (CSS pixels). */
export type PlaceLabels = (camera: Camera, width: number, height: number) => PlacedLabel[];

const ORDER: Record<LabelKind, number> = { exit: 0, 'axis-name': 1, tick: 2 };

/**
 * A pane's labels, set in groups by the scene's components (the axes, each run's exit mark) and
 * drawn by SceneLabels. Mutable and outside React: a run's exit label changes between renders.
 */
export class LabelBoard {
  private groups = new Map<string, readonly SceneLabel[]>();
  private sorted: SceneLabel[] = [];
  /** Bumps whenever a group changes. */
  version = 0;
  /** Called after a change (SceneLabels asks for a frame). */
  onChange: (() => void) | null = null;
  /** Set by SceneLabels: the labels as they would be placed in an image, for the export. */
  place: PlaceLabels | null = null;

  set(group: string, labels: readonly SceneLabel[]): void {
    const old = this.groups.get(group);
    if (old ? sameLabels(old, labels) : labels.length === 0) return;
    if (labels.length === 0) this.groups.delete(group);
    else this.groups.set(group, labels);
    this.sorted = [...this.groups.values()].flat().sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
    this.version++;
    this.onChange?.();
  }

  /** Every label, in order of precedence (exits, then axis names, then ticks). */
  labels(): readonly SceneLabel[] {
    return this.sorted;
  }
}

function sameLabels(a: readonly SceneLabel[], b: readonly SceneLabel[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, k) => {
      const y = b[k]!;
      return (
        x.id === y.id &&
        x.text === y.text &&
        x.kind === y.kind &&
        x.color === y.color &&
        x.group === y.group &&
        x.position.every((v, i) => v === y.position[i])
      );
    })
  );
}

export const LabelBoardContext = createContext<LabelBoard | null>(null);

/** The label board of this pane's scene. */
export function useLabelBoard(): LabelBoard {
  const board = useContext(LabelBoardContext);
  if (!board) throw new Error('useLabelBoard outside a scene');
  return board;
}
