import { formKeyOf } from '../../utils/content/form-key';

describe('formKeyOf', () => {
  it.each([
    ['https://sinovik.menpan.go.id/index.php/proposal/isi', 'https://sinovik.menpan.go.id/index.php/proposal/isi'],
    ['https://sinovik.menpan.go.id/index.php/proposal/isi/', 'https://sinovik.menpan.go.id/index.php/proposal/isi'],
    // Which proposal is open stays; tracking, tokens, wizard steps and cache busters go; order does not matter.
    ['https://x.go.id/edit?id=7&utm_source=wa&_=1733&token=abc', 'https://x.go.id/edit?id=7'],
    ['https://x.go.id/edit?tahun=2025&id=7&step=3', 'https://x.go.id/edit?id=7&tahun=2025'],
    ['https://x.go.id/edit?id=7#bagian-2', 'https://x.go.id/edit?id=7'],
    // A single-page app's route is in the hash.
    ['https://x.go.id/app#/proposal/12?tab=2', 'https://x.go.id/app#/proposal/12'],
    ['https://x.go.id/app#!/proposal/12', 'https://x.go.id/app#/proposal/12'],
  ])('%s → %s', (url, key) => expect(formKeyOf(url)).toBe(key));

  it('tells proposals and portals apart', () => {
    expect(formKeyOf('https://x.go.id/edit?id=7')).not.toBe(formKeyOf('https://x.go.id/edit?id=8'));
    expect(formKeyOf('https://a.go.id/edit')).not.toBe(formKeyOf('https://b.go.id/edit'));
  });
});
