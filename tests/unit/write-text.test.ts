// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { htmlToText, paragraphs, sameText, textToHtml } from '../../utils/content/write/text';

describe('text for rich editors', () => {
  it('makes one escaped paragraph per line, with no stray empty paragraphs', () => {
    expect(textToHtml('Satu <b>dua</b>\n\nTiga & empat\n')).toBe('<p>Satu &lt;b&gt;dua&lt;/b&gt;</p><p>Tiga &amp; empat</p>');
    expect(textToHtml('')).toBe('');
    expect(paragraphs('a\r\nb\rc\n\n\nd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reads editor HTML back as paragraphs, without running it', () => {
    const html = '<p>Latar&nbsp;belakang</p><p>Tujuan <img src=x onerror="window.__ran=1"></p>';
    expect(htmlToText(html)).toBe('Latar\u00a0belakang\nTujuan ');
    expect((window as unknown as { __ran?: number }).__ran).toBeUndefined();
  });

  it('compares texts by words and paragraphs, not by how spaces are spelled', () => {
    expect(sameText('Satu  dua\n\nTiga', 'Satu\u00a0dua\nTiga')).toBe(true);
    expect(sameText('Satu dua Tiga', 'Satu dua\nTiga')).toBe(false);
    expect(sameText('Satu dua', 'Satu dua tiga')).toBe(false);
  });
});
