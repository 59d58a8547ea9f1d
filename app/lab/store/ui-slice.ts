import type { StateCreator } from 'zustand/vanilla';
import {
  DEFAULT_PAGE_OPTIONS,
  type Language,
  type LocalizedText,
  type PageOptions,
  type Theme,
  type Surface,
} from '../../../src/index.ts';
import type { MessageKey } from '../../i18n/i18n.ts';
import type { LabState } from './lab-store.ts';

/** A message shown above the scene until dismissed; its text is translated when shown. */
export interface Notice {
  id: string;
  key: MessageKey;
  vars?: Record<string, string | number>;
  tone: 'info' | 'warning';
}

/** The point under the pointer on a pane's surface. */
export interface Probe {
  pane: number;
  w1: number;
  w2: number;
}

/** Another surface shown in the main view in place of the experiment's (a network's loss slice). */
export interface SurfaceOverlay {
  surface: Surface;
  label: LocalizedText;
  /** Names of the two axes (a network's slice: α along d1, β along d2, with their variance). */
  axes: readonly [string, string];
  /** What the two axes are, said in the banner (the plane of the path, and what it holds). */
  plane?: LocalizedText;
  /** A path drawn on the surface (a network's training path in the plane of its slice). */
  path?: { alpha: ArrayLike<number>; beta: ArrayLike<number>; color: string };
  /**
   * What the readouts show while the overlay hides the experiment's runs: the network's name,
   * its steps, final loss, where its path ends on the plane (named `coordinates`), and its status.
   */
  run?: {
    name: LocalizedText;
    steps: number;
    loss: number;
    coordinates: readonly [string, string];
    position: readonly [number, number];
    status: LocalizedText;
    /** The status's colour: 'converged' (trained), 'too-slow' (stuck or slow) or 'diverged'. */
    tone: 'converged' | 'too-slow' | 'diverged';
  };
}

export interface UiSlice {
  overlay: SurfaceOverlay | null;
  setOverlay(overlay: SurfaceOverlay | null): void;
  /** Embed, presenter mode, lesson scene: how the page is shown (kept in the URL too). */
  page: PageOptions;
  setPage(patch: Partial<PageOptions>): void;
  /** The first frame has been drawn (or the page gave up waiting): secondary panels may load. */
  sceneReady: boolean;
  /** The keyboard-shortcut help overlay is open. */
  helpOpen: boolean;
  setHelpOpen(open: boolean): void;
  /** Where the pointer hovers on a surface, for the gradient probe. */
  probe: Probe | null;
  setProbe(probe: Probe | null): void;
  /** The browser's language, used while the experiment leaves the language on auto. */
  browserLanguage: Language;
  notices: Notice[];
  /** Bumped to put the camera back to the current preset. */
  cameraResets: number;
  /** 'unknown' until the first scene has its WebGL context ('available') or failed to get one. */
  webgl: 'unknown' | 'available' | 'missing' | 'failed';
  /** The theme in use: the page option's, or the system's while it is on auto. */
  theme: Theme;
  /** Draw the mesh's wireframe over the surface. */
  wireframe: boolean;
  setWireframe(on: boolean): void;
  addNotice(notice: Notice): void;
  dismissNotice(id: string): void;
  resetCamera(): void;
  setWebgl(state: UiSlice['webgl']): void;
}

export const createUiSlice: StateCreator<LabState, [], [], UiSlice> = (set) => ({
  browserLanguage: 'en',
  notices: [],
  cameraResets: 0,
  webgl: 'unknown',
  theme: 'dark',
  page: DEFAULT_PAGE_OPTIONS,
  setPage: (patch) => set((s) => ({ page: { ...s.page, ...patch } })),
  sceneReady: false,
  overlay: null,
  setOverlay: (overlay) => set({ overlay }),
  helpOpen: false,
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  wireframe: false,
  probe: null,
  setProbe: (probe) => set({ probe }),
  setWireframe: (wireframe) => set({ wireframe }),
  addNotice: (notice) =>
    set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  resetCamera: () => set((s) => ({ cameraResets: s.cameraResets + 1 })),
  setWebgl: (webgl) => set({ webgl }),
});
