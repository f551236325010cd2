// @vitest-environment node
/** The pure rules of the rewrite view: what Terima writes, what is flagged, how the key is shown. */
import { describe, expect, it } from 'vitest';
import { maskKey, placeholderRuns, rewriteView, validBaseUrl } from '../../utils/panel/rewrite';
import type { Limits } from '../../utils/types';

const limits: Limits = { maxWords: { value: 8, source: 'page' } };

describe('rewriteView', () => {
  it('keeps Kembangkan questions out of the text, counts placeholders, flags only numbers not in the sources', () => {
    const view = rewriteView(
      {
        mode: 'kembangkan',
        sources: ['Antrean turun dari 3 jam menjadi 30 menit.', 'Pertanyaan: dampak tahun 2024'],
        answer: 'Antrean 30 menit, 2024, bagi 1.250 warga [data: loket 2].\n<pertanyaan_untuk_pengguna>\n- Berapa loket?\n</pertanyaan_untuk_pengguna>',
      },
      limits,
    );
    expect(view.text).toBe('Antrean 30 menit, 2024, bagi 1.250 warga [data: loket 2].');
    expect(view.questions).toEqual(['Berapa loket?']);
    expect(view.placeholders).toBe(1);
    // "2" inside a placeholder is the model asking, not claiming.
    expect(view.newNumbers).toEqual(['1.250']);
    expect(view.over).toEqual([{ kind: 'maxWords', limit: 8, by: 2 }]);
  });

  it('leaves a question block in the text for modes that do not ask (the model was not told to)', () => {
    const view = rewriteView({ mode: 'perjelas', sources: [''], answer: ' Teks <pertanyaan_untuk_pengguna>x</pertanyaan_untuk_pengguna> ' }, {});
    expect(view.text).toBe('Teks <pertanyaan_untuk_pengguna>x</pertanyaan_untuk_pengguna>');
    expect(view.over).toEqual([]);
  });
});

describe('placeholderRuns', () => {
  it('splits text around [data: …] placeholders, losing nothing', () => {
    const runs = placeholderRuns('A [data: x] b [data: y]');
    expect(runs).toEqual([
      { text: 'A ', placeholder: false }, { text: '[data: x]', placeholder: true },
      { text: ' b ', placeholder: false }, { text: '[data: y]', placeholder: true },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe('A [data: x] b [data: y]');
  });
});

describe('maskKey and validBaseUrl', () => {
  it('never shows more than the start and the last four characters of a key', () => {
    expect(maskKey('sk-ant-api03-abcdefghijklmnop-WXYZ')).toBe('sk-ant-…WXYZ');
    expect(maskKey('short-key')).toBe('•••••••••');
    expect(maskKey('  ')).toBe('');
  });

  it('accepts http(s) base URLs only, without credentials, query or fragment', () => {
    expect(validBaseUrl('https://api.anthropic.com')).toBe(true);
    expect(validBaseUrl('https://gateway.pontianak.go.id/anthropic/')).toBe(true);
    expect(validBaseUrl('http://127.0.0.1:8787')).toBe(true);
    for (const bad of ['api.anthropic.com', 'ftp://x.org', 'https://user:pw@x.org', 'https://x.org/?k=1', 'javascript:alert(1)', '']) {
      expect(validBaseUrl(bad), bad).toBe(false);
    }
  });
});
