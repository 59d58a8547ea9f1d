import { parseAst, type Plugin } from 'vite';

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/** The class a statement writes a property of (`C.x = …` or `C.prototype.x = …`), else null. */
function writtenClass(statement: Node): { name: string; prototype: boolean } | null {
  if (statement.type !== 'ExpressionStatement') return null;
  const e = statement.expression as Node;
  if (e.type !== 'AssignmentExpression' || e.operator !== '=') return null;
  const left = e.left as Node;
  if (left.type !== 'MemberExpression') return null;
  const target = left.object as Node;
  if (target.type === 'Identifier') return { name: target.name as string, prototype: false };
  const base = target.object as Node | undefined;
  const property = target.property as Node | undefined;
  if (
    target.type === 'MemberExpression' &&
    base?.type === 'Identifier' &&
    property?.type === 'Identifier' &&
    property.name === 'prototype' &&
    !target.computed
  )
    return { name: base.name as string, prototype: true };
  return null;
}

/**
 * three.js gives some classes their defaults after the class body (`KeyframeTrack.prototype.
 * ValueTypeName = ''`). A bundler takes each such write for a side effect, so the class, and all it
 * uses, stays in every bundle: the animation classes (keyframe tracks, interpolants, property
 * bindings), about 4 KiB gzip the app never runs. This turns each top-level class followed by writes
 * to its prototype into a pure expression of the same class, those writes included:
 *
 *   const C = /* @__PURE__ *\/ (() => { class C {…} C.prototype.x = …; return C; })();
 *
 * The writes run right after the class, as before (only hoisted function declarations may stand
 * between them in three's source); a class nobody uses is left out of the bundle, and one in use is
 * exactly what it was.
 */
export function wrapPrototypeWrites(code: string): string {
  const body = parseAst(code).body as unknown as Node[];
  const edits: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i < body.length; i++) {
    const declaration = body[i]!;
    if (declaration.type !== 'ClassDeclaration') continue;
    const name = (declaration.id as Node | null)?.name as string | undefined;
    if (!name) continue;
    // The writes that follow the class; function declarations between them stay where they are
    // (they are hoisted: the writes may use them either way).
    const writes: Node[] = [];
    let j = i + 1;
    for (; j < body.length; j++) {
      if (body[j]!.type === 'FunctionDeclaration') continue;
      if (writtenClass(body[j]!)?.name !== name) break;
      writes.push(body[j]!);
    }
    if (!writes.some((w) => writtenClass(w)!.prototype)) continue;
    const text = [declaration, ...writes].map((n) => code.slice(n.start, n.end)).join('\n');
    edits.push({
      start: declaration.start,
      end: declaration.end,
      text: `const ${name} = /* @__PURE__ */ (() => {\n${text}\nreturn ${name};\n})();`,
    });
    for (const w of writes) edits.push({ start: w.start, end: w.end, text: '' });
    i = j - 1;
  }
  let out = code;
  for (const edit of edits.reverse())
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** Build plugin: wrapPrototypeWrites on three's core module, so its unused classes are left out. */
export const threeTreeShaking = (): Plugin => ({
  name: 'esl-three-tree-shaking',
  apply: 'build',
  transform: {
    filter: { id: /[\\/]three[\\/]build[\\/]three\.core\.js$/ },
    handler: (code) => ({ code: wrapPrototypeWrites(code), map: null }),
  },
});
