// @vitest-environment jsdom
/**
 * DOM tier: the detector is a pure function of a document and its URL, so it runs here on the committed
 * fixture pages without a browser (static pages only; rich editors need the real browser, see tests/e2e).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../utils/content/scan';
import { parseExpected } from '../fixtures/expected';

const DIR = resolve(import.meta.dirname, '../fixtures');
const STATIC = ['kipp-sinovik', 'iga-profil', 'regional-kipp-2020', 'kipp-khusus', 'no-ids', 'no-form',
  // Issue 11's real-portal patterns that need no editor (jsdom has no contenteditable: those run end to end).
  'regional-label-for', 'regional-limit-label', 'regional-shared-id', 'regional-wording-kipp', 'regional-wording-iga'];

function load(name: string) {
  const html = readFileSync(resolve(DIR, `${name}.html`), 'utf8');
  const expected = parseExpected(JSON.parse(readFileSync(resolve(DIR, `${name}.expected.json`), 'utf8')), name);
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  return expected;
}

describe.each(STATIC)('scanPage on %s', (name) => {
  it('lists the expected fields in page order, each mapped and limited as expected', () => {
    const expected = load(name);
    const { snapshot } = scanPage(document, `http://${expected.host}/form`);
    if (!expected.form) {
      expect(snapshot).toBeNull();
      return;
    }
    expect(snapshot?.profileId).toBe(expected.profile);
    const got = snapshot!.fields.map((f) => ({
      key: f.key, section: f.section, kind: f.kind, fact: f.fact,
      maxWords: f.limits.maxWords?.value, minWords: f.limits.minWords?.value, maxChars: f.limits.maxChars?.value,
    }));
    const want = expected.fields.map((f, i) => ({
      key: f.key ?? got[i]?.key, section: f.section, kind: f.kind, fact: f.fact,
      maxWords: f.maxWords, minWords: f.minWords, maxChars: f.maxChars,
    }));
    expect(got).toEqual(want);
    for (const [i, f] of expected.fields.entries()) expect(snapshot!.fields[i]!.label).toContain(f.label);
  });
});

describe('keys and labels', () => {
  it('gives fields without name or id a key that survives a re-render', () => {
    load('no-ids');
    const url = 'http://litbang.pekanbaru.go.id/inovasi/edit?id=4&_=1733';
    const before = scanPage(document, url).snapshot!;
    const first = before.fields.map((f) => f.key);
    const html = document.body.innerHTML;
    document.body.innerHTML = html; // the page re-renders the same form: new elements, same fields
    const after = scanPage(document, url.replace('1733', '1800')).snapshot!;
    const again = after.fields.map((f) => f.key);
    expect(again).toEqual(first);
    // Local drafts are keyed by form and field: both survive the re-render (and a new cache buster).
    expect(after.formKey).toBe(before.formKey);
    expect(new Set(first).size).toBe(first.length);
  });

  it('reads markup in a label as text', () => {
    document.body.innerHTML = `<form><label for="a">Ringkasan &lt;script&gt;alert(1)&lt;/script&gt; (maksimal 200 kata)</label>
      <textarea id="a" name="a"></textarea></form>`;
    const field = scanPage(document, 'http://x.go.id/').snapshot!.fields[0]!;
    expect(field.label).toContain('<script>alert(1)</script>');
    expect(field.section).toBe('summary');
    expect(field.limits.maxWords).toEqual({ value: 200, source: 'page' });
  });

  it('caps the list and says how many there were', () => {
    document.body.innerHTML = `<form>${'<label>Uraian</label><textarea></textarea>'.repeat(320)}</form>`;
    const snap = scanPage(document, 'http://x.go.id/').snapshot!;
    expect(snap.fields).toHaveLength(300);
    expect(snap.truncated).toEqual({ total: 320, shown: 300 });
  });

  it('skips hidden, disabled, password, search and captcha inputs', () => {
    document.body.innerHTML = `<form role="form">
      <input type="hidden" name="_token"><input type="password" name="pw"><input name="captcha_code">
      <input type="text" name="judul" disabled><input type="search" name="cari">
      <label for="r">Ringkasan</label><textarea id="r" name="ringkasan"></textarea></form>`;
    const keys = scanPage(document, 'http://x.go.id/').snapshot!.fields.map((f) => f.key);
    expect(keys).toEqual(['ringkasan']);
  });
});

describe('labels real portals get wrong', () => {
  const scan = (html: string) => {
    document.body.innerHTML = `<form>${html}</form>`;
    return scanPage(document, 'http://x.go.id/').snapshot!.fields;
  };

  it('does not believe a for copied from the field above; the label before each box is its question', () => {
    const [a, b] = scan(`
      <div><label for="ringkasan_x">Ringkasan</label><textarea id="t1" name="t1"></textarea></div>
      <div><label for="t1">Latar Belakang dan Tujuan</label><textarea id="t2" name="t2"></textarea></div>`);
    expect([a!.label, a!.section]).toEqual(['Ringkasan', 'summary']);
    expect([b!.label, b!.section]).toEqual(['Latar Belakang dan Tujuan', 'background']);
  });

  it('keeps a floating label placed after its box', () => {
    const [f] = scan('<div class="form-floating"><textarea id="m" name="m"></textarea><label for="m">Manfaat Inovasi</label></div>');
    expect(f!.section).toBe('benefit');
  });

  it('takes a label that states only a limit as help, and the question from further back', () => {
    const fields = scan(`
      <div><label>Signifikansi *</label><div><label for="s" class="text-danger">Maksimal 600 kata</label>
        <textarea id="s" name="s"></textarea></div></div>
      <div><b>Sumber Daya</b><textarea id="d" name="d"></textarea><label for="d">(wajib diisi)</label>
        <label for="d">maksimal 200 kata</label></div>
      <div><label>Adaptabilitas</label><textarea name="a"></textarea><label>wajib diisi</label><span>— paling banyak 150 kata</span></div>`);
    expect(fields.map((f) => [f.label, f.section, f.limits.maxWords?.value])).toEqual([
      ['Signifikansi *', 'impact', 600], ['Sumber Daya', 'resources', 200], ['Adaptabilitas', 'replication', 150],
    ]);
  });

  it('reads guidance lists inside a label as help, not as the question', () => {
    const [f] = scan(`<label for="k">F. SIGNIFIKANSI (30%) :<ul><li>Dampak sebelum dan sesudah, manfaat bagi warga.</li>
      <li>Maksimal 600 kata.</li></ul></label><textarea id="k" name="k"></textarea>`);
    expect(f!.label).toBe('F. SIGNIFIKANSI (30%) :');
    expect(f!.section).toBe('impact');
    expect(f!.limits.maxWords?.value).toBe(600);
    expect(f!.help).toContain('Dampak sebelum dan sesudah');
  });

  it('prefers a short title over the sentence of guidance between it and the box', () => {
    const [f] = scan(`<div><div class="judul">1. Latar Belakang</div>
      <p>Gambarkan kondisi sebelum inovasi: masalah, data awal, dan dasar hukum. Maksimal 250 kata.</p>
      <textarea name="lb"></textarea></div>`);
    expect([f!.label, f!.section, f!.limits.maxWords?.value]).toEqual(['1. Latar Belakang', 'background', 250]);
  });

  it('skips a table cell that holds only a colon', () => {
    const [f] = scan(`<table><tr><td><b>Jenis Inovasi</b></td><td>:</td><td>
      <label><input type="radio" name="jenis" value="d"> Digital</label>
      <label><input type="radio" name="jenis" value="n"> Non Digital</label></td></tr></table>
      <label for="r">Ringkasan</label><textarea id="r" name="r"></textarea>`);
    expect([f!.label, f!.section]).toEqual(['Jenis Inovasi', 'kind']);
  });
});
