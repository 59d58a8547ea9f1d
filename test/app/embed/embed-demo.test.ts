import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { grouped } from '../../../app/ui/format.ts';
import {
  buildProblem,
  decodeExperimentPatch,
  freshExperiment,
  simulate,
  simulationConfig,
} from '../../../src/index.ts';

const html = readFileSync('public/embed-demo.html', 'utf8');
const script = readFileSync('public/embed-demo.js', 'utf8');

/** The numbers the demo's text states, by name ("raw:kappa" → "13,040"). */
const stated = new Map(
  [...html.matchAll(/<span data-fact="([\w:-]+)">([^<]+)<\/span>/g)].map((m) => [m[1]!, m[2]!]),
);

/** What the simulator says of an embed's params. */
function facts(params: Record<string, string | number>) {
  const query = Object.entries(params)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const e = freshExperiment(decodeExperimentPatch(query).patch);
  const p = buildProblem(e);
  const run = simulate(simulationConfig(e, p, 1_000_000));
  return { kappa: grouped(p.curvature.conditionNumber!), rate: String(p.learningRate), run };
}

describe('the course-notes demo page says what its embeds do', () => {
  it('states the simulator’s numbers for the raw and standardized embeds', () => {
    const raw = facts({ surface: 'lecture', lr: 0.0009 });
    const standardized = facts({ surface: 'lecture', scaling: 'standardize', lr: 0.41 });
    const rawFast = facts({ surface: 'lecture', lr: 0.41 });
    expect(script).toContain("params: { surface: 'lecture', lr: 0.0009 }");
    expect(script).toContain("params: { surface: 'lecture', scaling: 'standardize', lr: 0.41 }");
    // Nothing inline: the page runs under the app's strict Content Security Policy.
    expect(html).not.toMatch(/<script>|<style>|\sstyle=|\son\w+=/);
    expect(stated.get('raw:kappa')).toBe(raw.kappa);
    expect(stated.get('raw:rate')).toBe(raw.rate);
    expect(raw.run.status).toBe('converged');
    expect(stated.get('raw:steps')).toBe(grouped(raw.run.steps));
    expect(stated.get('standardized:kappa')).toBe(standardized.kappa);
    expect(stated.get('standardized:rate')).toBe(standardized.rate);
    expect(standardized.run.status).toBe('converged');
    expect(stated.get('standardized:steps')).toBe(String(standardized.run.steps));
    expect(rawFast.run.status).toBe('diverged');
    expect(stated.get('raw-fast:steps')).toBe(String(rawFast.run.steps));
  });
});
