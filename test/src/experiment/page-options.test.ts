import { describe, expect, it } from 'vitest';
import {
  decodeExperiment,
  decodePageOptions,
  DEFAULT_PAGE_OPTIONS,
  encodePageOptions,
} from '../../../src/index.ts';

describe('page options', () => {
  it('reads embed, controls, presenter, lesson, origins and res, and round-trips', () => {
    const q =
      'embed=1&controls=lr,scaling&present=1&lesson=3&origins=https://notes.example.edu,http://localhost:8000&res=128';
    const { options, ignored } = decodePageOptions(q, 7);
    expect(ignored).toEqual([]);
    expect(options).toEqual({
      embed: true,
      controls: ['lr', 'scaling'],
      presenter: true,
      lesson: 3,
      origins: ['https://notes.example.edu', 'http://localhost:8000'],
      resolution: 128,
    });
    expect(decodePageOptions(encodePageOptions(options), 7).options).toEqual(options);
    expect(encodePageOptions(DEFAULT_PAGE_OPTIONS)).toBe('');
  });

  it('falls back to the default for each bad value and lists it', () => {
    const { options, ignored } = decodePageOptions(
      'embed=yes&controls=lr,rocket&lesson=99&origins=javascript:alert(1)&res=5',
      7,
    );
    expect(options).toEqual(DEFAULT_PAGE_OPTIONS);
    expect(ignored.map((x) => x.key)).toEqual(['embed', 'controls', 'lesson', 'origins', 'res']);
  });

  it('the experiment codec leaves page options alone', () => {
    expect(
      decodeExperiment('embed=1&present=1&lesson=2&controls=lr&origins=https://a.b').ignored,
    ).toEqual([]);
  });
});
