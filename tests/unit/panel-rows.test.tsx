// @vitest-environment jsdom
/**
 * A long form (300 fields) stays cheap to update: a `counts` message re-renders only the rows it names.
 * Row renders are counted through the meter's text helper, which every text row calls once per render.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { Panel } from '@/components/Panel';
import { applyCounts, fromSnapshot } from '@/utils/panel/fields';
import { wordsText } from '@/utils/panel/format';
import { initialData, type PanelData } from '@/utils/panel/store';
import type { FieldInfo } from '@/utils/types';
import { fakeActions } from './panel-fakes';

vi.mock('@/utils/panel/format', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/utils/panel/format')>();
  return { ...actual, wordsText: vi.fn(actual.wordsText) };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const N = 300;
const fields: FieldInfo[] = Array.from({ length: N }, (_, i) => ({
  key: `f${i}`, label: `Pertanyaan ${i}`, help: '', section: 'other', kind: 'textarea', fact: false,
  limits: { maxWords: { value: 100, source: 'page' } }, counts: { words: 5, chars: 30, charsSubmitted: 30 },
}));
const actions = fakeActions();

describe('a form with 300 fields', () => {
  it('renders every row once, then re-renders only the row whose counts changed', () => {
    const snap = fromSnapshot({
      url: 'https://x.go.id/', formKey: 'https://x.go.id/', loadedAt: 0, title: '', profileId: 'generic', profileScores: [], profileChosen: false, fields,
      skippedFrames: 0,
    });
    let data: PanelData = { ...initialData(), status: 'form', ...snap };
    const host = document.createElement('div');
    const root = createRoot(host);
    act(() => root.render(<Panel data={data} actions={actions} profileName={(id) => id} />));
    expect(host.querySelectorAll('[data-field-key]')).toHaveLength(N);
    expect(wordsText).toHaveBeenCalledTimes(N);

    vi.mocked(wordsText).mockClear();
    data = { ...data, fields: applyCounts(data.fields, [{ key: 'f150', counts: { words: 120, chars: 700, charsSubmitted: 700 } }]) };
    act(() => root.render(<Panel data={data} actions={actions} profileName={(id) => id} />));
    expect(wordsText).toHaveBeenCalledTimes(1);
    const row = host.querySelector<HTMLElement>('[data-field-key="f150"]')!;
    expect(row.dataset).toMatchObject({ words: '120', state: 'over' });
    expect(host.querySelector('[data-profile]')!.getAttribute('data-over')).toBe('1');

    // A language switch is a different view of every row: all of them render again.
    vi.mocked(wordsText).mockClear();
    act(() => root.render(<Panel data={{ ...data, language: 'en' }} actions={actions} profileName={(id) => id} />));
    expect(wordsText).toHaveBeenCalledTimes(N);
    act(() => root.unmount());
    // jsdom and React's development build make a first render of 300 rows take seconds here (about
    // 2–3 s on two cores); the production panel is far faster. The assertions are about render counts.
  }, 30_000);
});
