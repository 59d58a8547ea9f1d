import { describe, expect, it } from 'vitest';
import { decodePageOptions, encodePageOptions } from '../../../src/index.ts';

describe('the theme page option', () => {
  it('reads theme=light|dark, writes it back, and follows the system when absent', () => {
    expect(decodePageOptions('theme=light', 7).options.theme).toBe('light');
    expect(decodePageOptions('theme=dark', 7).options.theme).toBe('dark');
    expect(decodePageOptions('', 7).options.theme).toBeNull();
    const { options, ignored } = decodePageOptions('theme=neon', 7);
    expect(options.theme).toBeNull();
    expect(ignored).toEqual([{ key: 'theme', value: 'neon', reason: 'invalid' }]);
    expect(encodePageOptions({ ...options, theme: 'light' })).toBe('theme=light');
  });
});
