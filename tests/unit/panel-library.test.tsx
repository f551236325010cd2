// @vitest-environment jsdom
/**
 * The library's views with a seeded store: the search box and its section filter, editing a snippet's
 * details, deleting with Urungkan, the suggestions of a field's own section first with the words each leaves,
 * and the fill plan with its facts and the options a form lacks.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it } from 'vitest';
import { Panel } from '@/components/Panel';
import { fromSnapshot } from '@/utils/panel/fields';
import { initialLibrary } from '@/utils/panel/library-state';
import { initialData, type PanelData } from '@/utils/panel/store';
import type { Snippet } from '@/utils/library/types';
import { countText } from '@/utils/text/count';
import type { FieldInfo } from '@/utils/types';
import { fakeActions } from './panel-fakes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const snip = (id: string, section: Snippet['section'], text: string, extra: Partial<Snippet> = {}): Snippet => ({
  id, title: `Judul ${id}`, section, text, tags: ['adminduk'], favourite: false, source: { year: 2023 }, createdAt: 1, updatedAt: 1, ...extra,
});
const snippets = [snip('a', 'impact', 'Waktu tunggu turun dari 14 hari menjadi 1 hari.'), snip('b', 'novelty', 'Layanan jemput bola ke desa.', { favourite: true })];
const field: FieldInfo = {
  key: 'keb', label: 'Kebaruan/Nilai Tambah', help: '', section: 'novelty', kind: 'textarea', fact: false,
  limits: { maxWords: { value: 8, source: 'page' } }, counts: countText('Satu dua tiga empat lima'),
};

function render(patch: Partial<PanelData>) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const actions = fakeActions();
  const data: PanelData = {
    ...initialData(), status: 'form', ...fromSnapshot({
      url: 'https://x.go.id/', formKey: 'https://x.go.id/', loadedAt: 0, title: '', profileId: 'kipp-2023-umum', profileScores: [],
      profileChosen: false, skippedFrames: 0, fields: [field, { ...field, key: 'tgl', label: 'Waktu Uji Coba', section: 'dates', kind: 'date', fact: true }],
    }), ...patch,
  };
  act(() => createRoot(host).render(<Panel data={data} actions={actions} />));
  return { host, actions };
}
const click = (el: Element | null) => act(() => (el as HTMLElement).click());

it('searches as the user types, edits a snippet and deletes it with undo', () => {
  const { host, actions } = render({ view: 'library', library: { ...initialLibrary(), status: 'ready', indexed: true, snippets, results: ['b', 'a'], deleted: { table: 'snippets', id: 'z' } } });
  const box = host.querySelector('[role="searchbox"]') as HTMLInputElement;
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(box, 'layanan');
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  expect(actions.searchLibrary).toHaveBeenCalledWith('layanan');
  expect([...host.querySelectorAll('[data-snippet-id]')].map((e) => e.getAttribute('data-snippet-id'))).toEqual(['b', 'a']);
  click(host.querySelector('[data-snippet-id="a"] [data-action="edit-snippet"]'));
  const form = host.querySelector('[data-role="snippet-form"]')!;
  const set = (sel: string, v: string) => act(() => {
    const el = form.querySelector(sel) as HTMLInputElement;
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')!.set!.call(el, v);
    el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  });
  set('[data-field="title"]', 'Hasil utama');
  set('[data-field="tags"]', 'dukcapil, waktu layanan');
  set('[data-field="section"]', 'benefit');
  set('[data-field="year"]', '2024');
  click(form.querySelector('[data-action="save-edit"]'));
  expect(actions.editSnippet).toHaveBeenCalledWith('a', {
    title: 'Hasil utama', section: 'benefit', tags: ['dukcapil', 'waktu layanan'], source: { year: 2024, competition: undefined },
  });
  click(host.querySelector('[data-snippet-id="b"] [data-action="delete-snippet"]'));
  expect(actions.deleteSnippet).toHaveBeenCalledWith('b');
  click(host.querySelector('[data-action="undo-delete"]'));
  expect(actions.undoDelete).toHaveBeenCalled();
});

it("offers the field's own section first, with the words the field would hold after each way of inserting", () => {
  const { host, actions } = render({
    editing: { key: 'keb', field: fromSnapshot({ url: '', formKey: '', loadedAt: 0, title: '', profileId: 'generic', profileScores: [], profileChosen: false, skippedFrames: 0, fields: [field] }).fields.keb!, draft: 'Satu dua tiga empat lima', original: '', status: 'ready' },
    library: { ...initialLibrary(), status: 'ready', snippets },
  });
  const items = [...host.querySelectorAll('[data-role="suggestions"] [data-snippet-id]')];
  expect(items.map((e) => e.getAttribute('data-snippet-id'))).toEqual(['b', 'a']);
  const replace = items[0]!.querySelector('[data-mode="replace"]')!;
  const insert = items[0]!.querySelector('[data-mode="insert"]')!;
  expect([replace.getAttribute('data-words'), insert.getAttribute('data-words')]).toEqual(['5', '10']);
  expect(insert.querySelector('.over')).not.toBeNull(); // 10 words into an 8-word box
  click(replace);
  expect(actions.insertSnippet).toHaveBeenCalledWith('keb', 'b', 'replace');
});

it('shows the fill plan with its facts, and the options a form lacks after filling', () => {
  const { host } = render({
    view: 'library',
    library: { ...initialLibrary(), status: 'ready', proposals: [{ id: 'p', title: 'Si Jempol', profileId: 'kipp-2023-umum', year: 2023, sections: [], facts: {}, variables: {}, source: {}, createdAt: 1, updatedAt: 1 }],
      fill: { proposalId: 'p', overwrite: false, status: 'done', written: ['keb'], failed: [],
        items: [{ key: 'keb', label: 'Kebaruan', section: 'novelty', from: ['Kebaruan/Nilai Tambah'], text: 'x', words: 12, state: 'over', current: 0, include: true, combined: false }],
        facts: [{ key: 'tgl', label: 'Waktu Uji Coba', section: 'dates', value: '2023-03-01', choose: true, include: true }],
        missing: [{ key: 'tgl', value: '1 Juni', options: ['2023'] }] } },
  });
  expect(host.querySelector('[data-plan-key="keb"]')?.getAttribute('data-state')).toBe('over');
  expect(host.querySelector('[data-plan-key="keb"] [data-action="rewrite"][data-mode="ringkas"]')).not.toBeNull();
  expect(host.querySelector('[data-plan-key="tgl"][data-fact]')?.textContent).toContain('2023-03-01');
  expect(host.querySelector('[data-missing="tgl"]')?.textContent).toContain('"1 Juni"');
});
