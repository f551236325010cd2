// @vitest-environment jsdom
/** The text of a rich field as the panel reads it: paragraphs as lines, layout-only white space left out. */
import { describe, expect, it } from 'vitest';
import { plainText } from '../../utils/content/dom';

const el = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
};

describe('plainText', () => {
  it('does not turn the line breaks CKEditor 4 writes between blocks into blank lines', () => {
    expect(plainText(el('<p>Satu</p>\n\n<p>Dua</p>\n\n<ul>\n\t<li>Tiga</li>\n\t<li>Empat</li>\n</ul>\n'))).toBe('Satu\nDua\nTiga\nEmpat');
    expect(plainText(el('<p>Satu</p><p>Dua</p>'))).toBe('Satu\nDua');
  });

  it('keeps white space that is part of the text', () => {
    expect(plainText(el('<p>Satu <b>dua</b> tiga</p>'))).toBe('Satu dua tiga');
    expect(plainText(el('Satu<br>Dua'))).toBe('Satu\nDua');
    expect(plainText(el('<p>kata</p> <p>kata</p>'))).toBe('kata\nkata');
    expect(plainText(el('<p>Satu<b> </b>dua <i>tiga</i> <i>empat</i></p>'))).toBe('Satu dua tiga empat');
  });
});
