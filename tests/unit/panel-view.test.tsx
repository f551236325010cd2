// @vitest-environment jsdom
/** The panel as the user sees it, rendered from props (a seeded state and recorded actions). */
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '@/components/Panel';
import type { FieldView, PageInfo } from '@/utils/panel/fields';
import { initialData, type PanelData } from '@/utils/panel/store';
import { fakeActions } from './panel-fakes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement;
function render(ui: ReactElement) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(ui));
  return host;
}
function rerender(ui: ReactElement) {
  act(() => root!.render(ui));
}
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  host.remove();
});

function field(key: string, patch: Partial<FieldView> = {}): FieldView {
  return {
    key, label: `Label ${key}`, help: '', section: 'summary', kind: 'textarea', fact: false, limits: {},
    counts: { words: 0, chars: 0, charsSubmitted: 0 }, state: 'empty', ...patch,
  };
}
const page: PageInfo = {
  url: 'https://sinovik.menpan.go.id/proposal', formKey: 'https://sinovik.menpan.go.id/proposal', loadedAt: 0, title: 'Proposal', profileId: 'kipp-2023',
  profileScores: [{ id: 'kipp-2023', score: 9 }, { id: 'generic', score: 1 }], profileChosen: false, skippedFrames: 0,
};
const FIELDS = [
  field('ringkasan', {
    label: 'Ringkasan', section: 'summary', kind: 'ckeditor5', state: 'near',
    counts: { words: 190, chars: 1200, charsSubmitted: 1204 },
    limits: { maxWords: { value: 200, source: 'page' } },
  }),
  field('signifikansi', {
    label: 'Signifikansi', section: 'impact', state: 'over', counts: { words: 650, chars: 4000, charsSubmitted: 4000 },
    limits: { maxWords: { value: 600, source: 'profile' }, maxChars: { value: 5000, source: 'maxlength' } },
  }),
  field('rancang', {
    label: 'Rancang Bangun', section: 'design', section2: 'background', state: 'below',
    counts: { words: 120, chars: 800, charsSubmitted: 800 }, limits: { minWords: { value: 300, source: 'page' } },
  }),
  field('tahapan', { label: 'Tahapan Inovasi', section: 'stage', kind: 'select', fact: true, value: 'Penerapan' }),
  field('kosong', { label: 'Keberlanjutan', section: 'sustainability' }),
];
const names: Record<string, string> = { 'kipp-2023': 'KIPP 2023 (Umum)', generic: 'Umum (generik)' };
const profileName = (id: string) => names[id] ?? id;

function data(patch: Partial<PanelData> = {}): PanelData {
  const fields = Object.fromEntries(FIELDS.map((f) => [f.key, f]));
  return { ...initialData(), status: 'form', tabId: 7, page, order: FIELDS.map((f) => f.key), fields, ...patch };
}
const rows = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('[data-field-key]')];
const row = (el: HTMLElement, key: string) => el.querySelector<HTMLElement>(`[data-field-key="${key}"]`)!;

describe('field rows', () => {
  it('lists every field in page order with the attributes the tests read', () => {
    const el = render(<Panel data={data()} actions={fakeActions()} profileName={profileName} />);
    expect(el.querySelector('[data-status]')!.getAttribute('data-status')).toBe('form');
    // Text fields first in page order, then the facts.
    expect(rows(el).map((r) => r.dataset.fieldKey)).toEqual(['ringkasan', 'signifikansi', 'rancang', 'kosong', 'tahapan']);
    const r = row(el, 'signifikansi');
    expect(r.dataset).toMatchObject({
      section: 'impact', words: '650', chars: '4000', state: 'over', kind: 'textarea',
      maxWords: '600', maxChars: '5000', limitSource: 'profile',
    });
    expect(r.hasAttribute('data-min-words')).toBe(false);
    expect(row(el, 'rancang').dataset).toMatchObject({ minWords: '300', limitSource: 'page', state: 'below' });
    expect(row(el, 'kosong').hasAttribute('data-limit-source')).toBe(false);
  });

  it('shows the section by its human name, the counts and where each limit came from', () => {
    const el = render(<Panel data={data()} actions={fakeActions()} profileName={profileName} />);
    const sig = row(el, 'signifikansi');
    expect(sig.textContent).toContain('Signifikansi / Dampak');
    expect(sig.textContent).toContain('650 / 600 kata');
    expect(sig.textContent).toContain('4.000 / 5.000 karakter');
    expect(sig.textContent).toContain('maks. 600 kata · dari profil');
    expect(sig.textContent).toContain('maks. 5.000 karakter · dari maxlength');
    const ring = row(el, 'ringkasan');
    expect(ring.textContent).toContain('maks. 200 kata · dari halaman');
    // A posted form counts newlines as two characters: shown when it differs.
    expect(ring.textContent).toContain('1.200 karakter (1.204 saat dikirim)');
    expect(row(el, 'rancang').textContent).toContain('Rancang Bangun + Latar Belakang');
    expect(row(el, 'rancang').textContent).toContain('min. 300 kata · dari halaman');
  });

  it('names each meter state in words, not only in colour', () => {
    const el = render(<Panel data={data()} actions={fakeActions()} profileName={profileName} />);
    const label = (key: string) => row(el, key).querySelector('.meter-state')!.textContent;
    expect(label('ringkasan')).toBe('Hampir batas');
    expect(label('signifikansi')).toBe('Melebihi');
    expect(label('rancang')).toBe('Kurang');
    expect(label('kosong')).toBe('Kosong');
    expect(el.querySelectorAll('[data-state="over"]')).toHaveLength(1); // only rows carry the state
    expect(row(el, 'signifikansi').querySelector<HTMLElement>('.meter-fill')!.style.width).toBe('100%');
  });

  it('renders a label with markup as text, never as HTML', () => {
    const evil = '<img src=x onerror="window.__pwned=1">Nama <b>Inovasi</b>';
    const d = data({ order: ['x'], fields: { x: field('x', { label: evil, help: '<script>alert(1)</script>' }) } });
    const el = render(<Panel data={d} actions={fakeActions()} profileName={profileName} />);
    const r = row(el, 'x');
    expect(r.querySelector('img, b, script')).toBeNull();
    expect(r.querySelector('.field-label')!.textContent).toBe(evil);
    expect(r.querySelector('.field-help')!.textContent).toBe('<script>alert(1)</script>');
  });

  it('lists facts compactly with their value and no meter', () => {
    const el = render(<Panel data={data()} actions={fakeActions()} profileName={profileName} />);
    const fact = row(el, 'tahapan');
    expect(fact.closest('.facts')).not.toBeNull();
    expect(fact.querySelector('.meter')).toBeNull();
    expect(fact.textContent).toContain('Penerapan');
    expect(fact.textContent).toContain('Tahapan Inovasi');
  });

  it('asks to show a field on the page when its row is clicked, once per click, and is keyboard reachable', () => {
    const actions = fakeActions();
    const el = render(<Panel data={data()} actions={actions} profileName={profileName} />);
    const button = row(el, 'rancang').querySelector('button')!;
    act(() => button.click());
    expect(actions.focus).toHaveBeenCalledTimes(1);
    expect(actions.focus).toHaveBeenCalledWith('rancang');
    act(() => row(el, 'tahapan').click());
    expect(actions.focus).toHaveBeenLastCalledWith('tahapan');
    expect(button.type).toBe('button');
  });
});

describe('header', () => {
  it('shows the matched profile and the counts: filled, over, under', () => {
    const el = render(<Panel data={data()} actions={fakeActions()} profileName={profileName} />);
    const header = el.querySelector<HTMLElement>('[data-profile]')!;
    expect(header.dataset).toMatchObject({ profile: 'kipp-2023', filled: '3', over: '1', under: '1' });
    expect(header.textContent).toContain('3 dari 4 kolom terisi');
    expect(header.textContent).toContain('1 melebihi batas');
    expect(header.textContent).toContain('1 kurang dari minimum');
  });

  it('offers the fitting profiles by name and sends the choice', () => {
    const actions = fakeActions();
    const el = render(<Panel data={data()} actions={actions} profileName={profileName} />);
    const select = el.querySelector<HTMLSelectElement>('select[data-setting="profile"]')!;
    expect([...select.options].map((o) => [o.value, o.text])).toEqual([
      ['kipp-2023', 'KIPP 2023 (Umum)'],
      ['generic', 'Umum (generik)'],
    ]);
    expect(select.value).toBe('kipp-2023');
    act(() => {
      select.value = 'generic';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(actions.setProfile).toHaveBeenCalledWith('generic');
  });

  it('keeps the current profile in the picker when detection did not list it, and offers a way back', () => {
    const actions = fakeActions();
    const chosen = { ...page, profileId: 'iga-2025', profileChosen: true };
    const el = render(<Panel data={data({ page: chosen })} actions={actions} profileName={profileName} />);
    const select = el.querySelector<HTMLSelectElement>('select[data-setting="profile"]')!;
    expect([...select.options].map((o) => o.value)).toEqual(['iga-2025', 'kipp-2023', 'generic', '']);
    act(() => {
      select.value = '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(actions.setProfile).toHaveBeenCalledWith(null);
  });
});

describe('notices and states', () => {
  it('says when the list was cut short and when frames were skipped', () => {
    const p = { ...page, truncated: { total: 2000, shown: 300 }, skippedFrames: 2 };
    const el = render(<Panel data={data({ page: p })} actions={fakeActions()} profileName={profileName} />);
    expect(el.textContent).toContain('Menampilkan 300 dari 2.000 kolom');
    expect(el.textContent).toContain('2 bingkai dari situs lain dilewati');
  });

  it('shows each connection state with data-status and no rows', () => {
    const actions = fakeActions();
    const el = render(<Panel data={data({ status: 'connecting' })} actions={actions} profileName={profileName} />);
    const status = () => el.querySelector('main')!.getAttribute('data-status');
    expect(status()).toBe('connecting');
    expect(rows(el)).toHaveLength(0);
    rerender(<Panel data={data({ status: 'no-form' })} actions={actions} profileName={profileName} />);
    expect(status()).toBe('no-form');
    expect(el.textContent).toContain('Tidak ada formulir proposal di halaman ini');
    expect(el.querySelector('[data-profile]')).toBeNull();
    rerender(<Panel data={data({ status: 'error' })} actions={actions} profileName={profileName} />);
    act(() => el.querySelector<HTMLButtonElement>('[data-action="retry"]')!.click());
    expect(actions.retry).toHaveBeenCalled();
  });

  it('offers to switch Jendela on, remembering the site when ticked', () => {
    const actions = fakeActions();
    const site = { origin: 'https://example.org', auto: false, remembered: false, injectable: true };
    const el = render(<Panel data={data({ status: 'inactive', site })} actions={actions} profileName={profileName} />);
    expect(el.textContent).toContain('example.org');
    const button = el.querySelector<HTMLButtonElement>('[data-action="activate"]')!;
    expect(button.textContent).toBe('Aktifkan di halaman ini');
    const remember = el.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(remember.closest('label')!.textContent).toContain('Ingat situs ini');
    act(() => button.click());
    expect(actions.activate).toHaveBeenLastCalledWith(false);
    act(() => remember.click());
    act(() => button.click());
    expect(actions.activate).toHaveBeenLastCalledWith(true);
  });

  it('shows a failed action as an alert that can be dismissed', () => {
    const actions = fakeActions();
    const notice = { key: 'notice.activateFailed' as const, params: { error: 'unsupported-page' } };
    const el = render(<Panel data={data({ status: 'inactive', notice })} actions={actions} profileName={profileName} />);
    expect(el.querySelector('[role="alert"]')!.textContent).toContain('Gagal mengaktifkan Jendela: unsupported-page');
    act(() => el.querySelector<HTMLButtonElement>('.notice-close')!.click());
    expect(actions.dismissNotice).toHaveBeenCalled();
  });
});

describe('language', () => {
  it('switches between Bahasa Indonesia and English', () => {
    const actions = fakeActions();
    const p = { ...page, truncated: { total: 2000, shown: 300 }, skippedFrames: 1 };
    const el = render(<Panel data={data({ page: p })} actions={actions} profileName={profileName} />);
    const select = el.querySelector<HTMLSelectElement>('select[data-setting="language"]')!;
    expect(select.value).toBe('id');
    act(() => {
      select.value = 'en';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(actions.setLanguage).toHaveBeenCalledWith('en');
    rerender(<Panel data={data({ page: p, language: 'en' })} actions={actions} profileName={profileName} />);
    expect(el.querySelector('main')!.getAttribute('lang')).toBe('en');
    expect(el.textContent).toContain('Showing 300 of 2,000 fields');
    expect(el.textContent).toContain('1 frame from another site skipped');
    expect(el.textContent).toContain('3 of 4 fields filled');
    expect(row(el, 'signifikansi').textContent).toContain('max. 600 words · from the profile');
    expect(row(el, 'signifikansi').textContent).toContain('Significance / Impact');
    expect(row(el, 'signifikansi').querySelector('.meter-state')!.textContent).toBe('Over');
  });
});
