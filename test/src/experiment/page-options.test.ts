import { describe, expect, it } from 'vitest';
import { decodePageOptions, DEFAULT_PAGE_OPTIONS, encodePageOptions } from '../../../src/index.ts';
import { decodeExperiment } from '../../../src/experiment/url-codec.ts';
import { normalizeOrigin } from '../../../src/experiment/page-options.ts';

describe('page options', () => {
  it('reads embed, controls, presenter, lesson, origins, res and theme, and round-trips', () => {
    const q =
      'embed=1&controls=lr,scaling&present=1&lesson=3&origins=https://notes.example.edu,http://localhost:8000&res=128&theme=light';
    const { options, ignored } = decodePageOptions(q, 7);
    expect(ignored).toEqual([]);
    expect(options).toEqual({
      embed: true,
      controls: ['lr', 'scaling'],
      presenter: true,
      lesson: 3,
      origins: ['https://notes.example.edu', 'http://localhost:8000'],
      resolution: 128,
      theme: 'light',
    });
    expect(decodePageOptions(encodePageOptions(options), 7).options).toEqual(options);
    expect(encodePageOptions(DEFAULT_PAGE_OPTIONS)).toBe('');
  });

  it('falls back to the default for each bad value and lists it', () => {
    const { options, ignored } = decodePageOptions(
      'embed=yes&controls=lr,rocket&lesson=99&origins=javascript:alert(1)&res=5',
      7,
    );
    // A malformed origins= fails closed: the embed obeys nobody (an empty list), never anybody.
    expect(options).toEqual({ ...DEFAULT_PAGE_OPTIONS, origins: [] });
    expect(ignored.map((x) => x.key)).toEqual(['embed', 'controls', 'lesson', 'origins', 'res']);
  });

  it('normalizes origins (scheme, host, port) and refuses everything else', () => {
    expect(normalizeOrigin('HTTPS://Notes.Example.EDU:443')).toBe('https://notes.example.edu');
    expect(normalizeOrigin('http://example.edu:80')).toBe('http://example.edu');
    expect(normalizeOrigin('http://example.edu:8080')).toBe('http://example.edu:8080');
    expect(normalizeOrigin('https://example.edu:0443')).toBe('https://example.edu');
    expect(normalizeOrigin('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(normalizeOrigin('http://[::1]:8080')).toBe('http://[::1]:8080');
    for (const bad of [
      'https://example.edu/', // a path, even "/"
      'https://example.edu/notes',
      'example.edu', // no scheme
      '//example.edu',
      'ftp://example.edu',
      'javascript:alert(1)',
      'https://user@example.edu',
      'https://example.edu?x=1',
      'https://example.edu#top',
      'https://example.edu:99999',
      'https://example.edu:0',
      'https://exa mple.edu',
      'https://-example.edu',
      'https://example..edu',
      'https://例え.jp', // not written as browsers write it (punycode)
      'null',
      '*',
      '',
    ])
      expect(normalizeOrigin(bad), bad).toBeUndefined();
  });

  it('fails closed for each malformed origins= form, and keeps it closed when written back', () => {
    for (const bad of [
      'https://example.edu/',
      'example.edu',
      'https://a.edu,example.edu',
      'https://a.edu;https://b.edu',
      '*',
      'null',
      '',
      ',',
      'https://a.edu%2Fx',
    ]) {
      const { options, ignored } = decodePageOptions(`embed=1&origins=${bad}`, 7);
      expect(options.origins, bad).toEqual([]);
      expect(ignored.map((x) => x.key)).toEqual(['origins']);
      // The page writes its options back to the URL: a reload must stay closed.
      const again = decodePageOptions(encodePageOptions(options), 7);
      expect(again.options.origins).toEqual([]);
    }
    // A second origins= cannot reopen an embed that the first closed, nor widen one.
    expect(
      decodePageOptions('origins=example.edu&origins=https://a.edu', 7).options.origins,
    ).toEqual([]);
    expect(
      decodePageOptions('origins=https://a.edu&origins=https://b.edu', 7).options.origins,
    ).toEqual([]);
    expect(
      decodePageOptions('origins=HTTPS://A.edu:443, https://b.edu:8443 ,', 7).options.origins,
    ).toEqual(['https://a.edu', 'https://b.edu:8443']);
  });

  it('the experiment codec leaves page options alone', () => {
    expect(
      decodeExperiment('embed=1&present=1&lesson=2&controls=lr&origins=https://a.b').ignored,
    ).toEqual([]);
  });
});
