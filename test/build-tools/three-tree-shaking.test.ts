import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { build } from 'vite';
import { threeTreeShaking, wrapPrototypeWrites } from '../../build-tools/three-tree-shaking.ts';

/** Evaluates an ES module's text and returns its exports. */
const load = (code: string) =>
  import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`) as Promise<
    Record<string, { prototype: Record<string, unknown> } & Record<string, unknown>>
  >;

const SOURCE = `
class Track { constructor(n) { this.n = n; } }
function helper() { return Float32Array; }
Track.prototype.kind = '';
Track.prototype.Buffer = helper();
class Bool extends Track {}
Bool.Composite = Track;
Bool.prototype.kind = 'bool';
class Plain {}
Plain.DEFAULT = 1;
export { Track, Bool, Plain, helper };
`;

describe("three's prototype writes (build)", () => {
  it('keeps every class exactly as it was: its prototype and static values, subclasses, hoisted helpers', async () => {
    const before = await load(SOURCE);
    const after = await load(wrapPrototypeWrites(SOURCE));
    for (const name of ['Track', 'Bool']) {
      expect(after[name]!.prototype.kind).toBe(before[name]!.prototype.kind);
      expect(after[name]!.prototype.Buffer).toBe(Float32Array);
    }
    expect(after.Bool!.Composite).toBe(after.Track);
    expect(Object.getPrototypeOf(after.Bool!)).toBe(after.Track);
    expect(after.Plain!.DEFAULT).toBe(1);
    expect(typeof after.helper).toBe('function');
  });

  it('wraps only classes whose prototypes are written after them', () => {
    const out = wrapPrototypeWrites(SOURCE);
    expect(out).toMatch(/const Track = \/\* @__PURE__ \*\/ \(\(\) => \{/);
    expect(out).toMatch(/const Bool = \/\* @__PURE__ \*\//);
    expect(out).toContain('class Plain {}\nPlain.DEFAULT = 1;');
  });

  it("leaves three's unused animation classes out of a bundle and keeps those in use working", async () => {
    const bundle = async (entry: string) => {
      const result = await build({
        configFile: false,
        logLevel: 'silent',
        plugins: [
          {
            name: 'entry',
            resolveId: (id) => (id === 'entry' ? id : null),
            load: (id) => (id === 'entry' ? entry : null),
          },
          threeTreeShaking(),
        ],
        build: {
          write: false,
          minify: false,
          rolldownOptions: { input: 'entry', preserveEntrySignatures: 'strict' },
        },
      });
      const output = (Array.isArray(result) ? result[0]! : result) as {
        output: { code?: string }[];
      };
      return output.output[0]!.code!;
    };
    const vectorOnly = await bundle(
      `import { Vector3 } from 'three'; console.log(new Vector3(1, 2, 3).length());`,
    );
    expect(vectorOnly).not.toContain('KeyframeTrack');
    expect(vectorOnly).not.toContain('PropertyBinding');
    const tracks = await bundle(
      `import { NumberKeyframeTrack } from 'three'; export const kind = new NumberKeyframeTrack('x', [0, 1], [0, 1]).ValueTypeName;`,
    );
    expect((await load(tracks)).kind).toBe('number');
    // The plugin found three's classes: its source still has the pattern it removes.
    expect(readFileSync('node_modules/three/build/three.core.js', 'utf8')).toContain(
      'KeyframeTrack.prototype.ValueTypeName',
    );
  }, 60_000);
});
