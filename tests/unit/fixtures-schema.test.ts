/**
 * Every fixture page has a valid expected file, and the expected file agrees with the page: each listed key
 * is a control the page really has (and one that may be listed), each label is text the page shows.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { EditorKind } from '../../utils/types';
import { validateExpected, type Expected, type ExpectedField } from '../fixtures/expected';

const DIR = resolve(__dirname, '../fixtures');
const pages = readdirSync(DIR).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -'.html'.length));
const read = (name: string): unknown => JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'));
const squash = (s: string) => s.replace(/\s+/g, ' ');

// jsdom ships no type declarations (and @types/jsdom is not a dependency): type the two calls we make.
interface Jsdom {
  JSDOM: new (html: string, options: object) => { window: { document: Document } };
  VirtualConsole: new () => object;
}
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as Jsdom;

/** The page after its inline scripts ran (external scripts and styles are not loaded). */
function load(name: string): Document {
  const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
  const dom = new JSDOM(html, { runScripts: 'dangerously', virtualConsole: new VirtualConsole() });
  return dom.window.document;
}

const PLAIN_KINDS: readonly EditorKind[] = ['input', 'textarea', 'select', 'radio', 'checkbox', 'date', 'file'];

/** Fields a static look at the page can check: not built later, not inside a shadow root or frame. */
const checkable = (f: ExpectedField) => (f.step ?? 1) === 1 && f.where === undefined;

test('there are fixture pages', () => {
  expect(pages.length).toBeGreaterThanOrEqual(10);
});

test('every expected file belongs to a page', () => {
  const orphans = readdirSync(DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .filter((f) => !existsSync(join(DIR, f.replace('.expected.json', '.html'))));
  expect(orphans).toEqual([]);
});

test('the validator rejects what it should', () => {
  const field = { key: 'a', label: 'Ringkasan', section: 'summary', kind: 'textarea', fact: false, maxWords: 200 };
  const ok = { host: 'sinovik.menpan.go.id', profile: 'kipp-2023-umum', form: true, fields: [field] };
  expect(validateExpected(ok)).toEqual([]);
  const bad = (patch: object, f: object = {}) => validateExpected({ ...ok, ...patch, fields: [{ ...field, ...f }] });
  expect(bad({ profile: 'kipp-2099' })).toHaveLength(1);
  expect(bad({}, { kind: 'select' })).toEqual(expect.arrayContaining([expect.stringMatching(/fact must be true/)]));
  expect(bad({}, { section: 'ringkasan' })).toHaveLength(1);
  expect(bad({}, { minWords: 300 })).toHaveLength(1);
  expect(bad({}, { maxLength: 9 })).toHaveLength(1);
  expect(bad({ form: false })).toHaveLength(1);
  expect(validateExpected({ ...ok, fields: [field, field] })).toHaveLength(1);
});

describe.each(pages)('%s', (name) => {
  test('has a valid expected file', () => {
    expect(existsSync(join(DIR, `${name}.expected.json`))).toBe(true);
    expect(validateExpected(read(name))).toEqual([]);
  });

  test('the page has what the expected file says', () => {
    if (!existsSync(join(DIR, `${name}.expected.json`))) return; // reported by the test above
    const expected = read(name) as Expected;
    const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
    expect(html).toMatch(/<meta charset="utf-8">/);
    if (html.includes('/bundles/')) return; // rendered by a bundled script: checked end to end only
    const doc = load(name);
    doc.querySelectorAll('script, style').forEach((el) => el.remove());
    const shown = squash([doc.body.textContent, ...[...doc.querySelectorAll('[placeholder]')]
      .map((el) => el.getAttribute('placeholder'))].join(' '));
    for (const field of expected.fields.filter(checkable)) {
      expect(shown, `label of ${field.key ?? field.label}`).toContain(squash(field.label));
      if (field.key === undefined) continue;
      // A name the page uses twice is keyed `name#2` for the second one.
      const name = field.key.replace(/#\d+$/, '');
      const control = doc.querySelector(`[name="${name.replace(/["\\]/g, '\\$&')}"]`) ?? doc.getElementById(name);
      expect(control, `control ${field.key}`).not.toBeNull();
      // A rich editor's key is the hidden field it syncs to; any other listed control must be listable.
      if (PLAIN_KINDS.includes(field.kind)) {
        expect(control?.matches('[type=hidden], [type=password], [type=search], :disabled')).toBe(false);
      }
    }
    if (expected.form) expect(doc.querySelector('form[method="post"][action="/submit"]')).not.toBeNull();
  });
});
