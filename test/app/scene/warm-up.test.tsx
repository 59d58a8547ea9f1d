// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BoxGeometry,
  Group,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  PerspectiveCamera,
  Scene,
  type Material,
  type Object3D,
  type WebGLRenderer,
} from 'three';
import { warmsUp, warmUpInSlices } from '../../../app/scene/warm-up.tsx';

/**
 * A renderer that records, task by task, what it was asked: which object it compiled and which
 * program's link it waited for (its uniforms read). Two materials of one kind share a program, as
 * in three.js.
 */
function recordingRenderer(log: string[]) {
  const programs = new Map<string, { getUniforms(): void }>();
  const state = new Map<Material, { currentProgram?: { getUniforms(): void } }>();
  const renderer = {
    compile(object: Object3D) {
      log.push(`compile ${object.name}`);
      const material = (object as Mesh).material as Material;
      const kind = material.type;
      if (!programs.has(kind)) programs.set(kind, { getUniforms: () => log.push(`link ${kind}`) });
      state.set(material, { currentProgram: programs.get(kind) });
    },
    properties: { get: (m: Material) => state.get(m) ?? {} },
  };
  return renderer as unknown as WebGLRenderer;
}

function scene() {
  const s = new Scene();
  const mesh = (name: string, material: Material) => {
    const m = new Mesh(new BoxGeometry(), material);
    m.name = name;
    return m;
  };
  const group = new Group();
  group.add(mesh('ball', new MeshStandardMaterial()), mesh('ring', new MeshBasicMaterial()));
  s.add(mesh('surface', new MeshStandardMaterial()), group);
  return s;
}

describe('a pane warming up before its first frame', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does one thing per task: the objects’ own steps, then each object’s program and its link', () => {
    const log: string[] = [];
    const done = vi.fn(() => log.push('done'));
    const s = scene();
    const camera = new PerspectiveCamera();
    warmUpInSlices(recordingRenderer(log), s, camera, [() => log.push('lay out surface')], done);
    expect(log).toEqual([]); // nothing in the task that asked
    const perTask: string[][] = [];
    while (!done.mock.calls.length) {
      const before = log.length;
      vi.advanceTimersToNextTimer();
      perTask.push(log.slice(before));
    }
    // No task does more than one of these things (the listing of the objects does none).
    expect(perTask.every((t) => t.length <= 1)).toBe(true);
    // Each link is waited for right after its program is made (a wait after several programs
    // would wait for all their links: the GPU answers in order); the ball shares the surface's
    // program, whose link is waited for once.
    expect(log).toEqual([
      'lay out surface',
      'compile surface',
      'link MeshStandardMaterial',
      'compile ball',
      'compile ring',
      'link MeshBasicMaterial',
      'done',
    ]);
  });

  it('lists the objects after the steps before, so an object they add is compiled too', () => {
    const log: string[] = [];
    const s = new Scene();
    const added = new Mesh(new BoxGeometry(), new MeshBasicMaterial());
    added.name = 'trail';
    warmUpInSlices(recordingRenderer(log), s, new PerspectiveCamera(), [() => s.add(added)], () =>
      log.push('done'),
    );
    vi.runAllTimers();
    expect(log).toEqual(['compile trail', 'link MeshBasicMaterial', 'done']);
  });

  it('once cancelled (the pane closed), does nothing more', () => {
    const log: string[] = [];
    const cancel = warmUpInSlices(
      recordingRenderer(log),
      scene(),
      new PerspectiveCamera(),
      [],
      () => log.push('done'),
    );
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    cancel();
    vi.runAllTimers();
    expect(log).toEqual(['compile surface']);
  });
});

describe('which panes warm up', () => {
  it('every pane opened beside another, and the first only when its grid is finer than the default', () => {
    // The default page's first picture is not delayed (its first frame blocks as it always has).
    expect(warmsUp(0, 256)).toBe(false);
    expect(warmsUp(0, 128)).toBe(false);
    // A 512² surface's first frame would block the page far longer than the default page's.
    expect(warmsUp(0, 512)).toBe(true);
    // A second or third compare pane opens once the page is drawn, whatever its grid.
    expect(warmsUp(1, 128)).toBe(true);
    expect(warmsUp(2, 256)).toBe(true);
  });
});
