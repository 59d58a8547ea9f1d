import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../app/i18n/i18n.ts';
import { sceneFacts } from '../../../app/lessons/scene-facts.ts';
import { LESSON } from '../../../app/lessons/scenes.ts';
import { LANGUAGES } from '../../../src/text.ts';

describe('lesson text', () => {
  it('every number a scene quotes is filled from its simulated facts, in both languages', () => {
    for (const scene of LESSON) {
      const facts = sceneFacts(scene.setup());
      for (const language of LANGUAGES) {
        const text = fillTemplate(scene.text[language], facts);
        expect(text, `${scene.id} ${language}`).not.toMatch(/\{\w+\}/);
        expect(text).not.toMatch(/NaN|undefined/);
      }
      for (const claim of scene.claims ?? [])
        if (claim.withinFact)
          expect(Number(facts[claim.withinFact]!.replace(/,/g, ''))).toBeGreaterThan(0);
    }
  });

  it('scene 2 quotes the lecture valley’s κ as the simulator computes it (13,040), not “in the thousands”', () => {
    const scene = LESSON.find((s) => s.id === 'valley')!;
    const facts = sceneFacts(scene.setup());
    expect(facts.kappa).toBe('13,040');
    expect(fillTemplate(scene.text['zh-TW'], facts)).toContain('κ = 13,040');
    expect(scene.text['zh-TW']).not.toContain('上千');
  });

  it('scene 4’s numbers are the simulator’s: raw diverges, standardized converges in the quoted steps', () => {
    const facts = sceneFacts(LESSON.find((s) => s.id === 'normalization')!.setup());
    expect(facts.rawEnd).toBe('diverged');
    expect(facts.standardizedEnd).toBe('converged');
    expect(Number(facts.standardizedSteps)).toBeLessThan(30);
  });
});
