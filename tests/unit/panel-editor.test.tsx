// @vitest-environment jsdom
/** The editor's rules (which limits a draft breaks, by how much, in words) and its view rendered from props. */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { Panel } from '@/components/Panel';
import { draftProblems, maxlengthWarning, type Editing } from '@/utils/panel/editor';
import { fromSnapshot } from '@/utils/panel/fields';
import { problemText } from '@/utils/panel/format';
import { initialData, type PanelData } from '@/utils/panel/store';
import { countText } from '@/utils/text/count';
import type { Limits } from '@/utils/types';
import { fakeActions, info, snapshot } from './panel-fakes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('limits a draft breaks', () => {
  const limits: Limits = {
    minWords: { value: 3, source: 'profile' },
    maxWords: { value: 5, source: 'page' },
    maxChars: { value: 20, source: 'page' },
  };

  it('names each broken limit with how far off the draft is', () => {
    expect(draftProblems(countText('satu dua tiga'), limits)).toEqual([]);
    expect(draftProblems(countText('a b c d e f g'), limits)).toEqual([{ kind: 'maxWords', limit: 5, by: 2 }]);
    expect(draftProblems(countText('satu'), limits)).toEqual([{ kind: 'minWords', limit: 3, by: 2 }]);
  });

  it('measures a page maximum on submitted characters and a maxlength on what the browser counts', () => {
    const text = 'baris satu\nbaris 2\nabc'; // 22 characters typed, 24 posted (each newline becomes CRLF)
    const counts = countText(text);
    expect(draftProblems(counts, { maxChars: { value: 22, source: 'page' } })).toEqual([{ kind: 'maxChars', limit: 22, by: 2 }]);
    expect(draftProblems(counts, { maxChars: { value: 22, source: 'maxlength' } })).toEqual([]);
    expect(draftProblems(counts, { maxChars: { value: 20, source: 'maxlength' } })).toEqual([{ kind: 'maxlength', limit: 20, by: 2 }]);
  });

  it('warns about a maxlength only the page knew, without inventing a number', () => {
    const counts = countText('x'.repeat(30));
    expect(maxlengthWarning(counts, {}).problems).toEqual([{ kind: 'maxlength', limit: null, by: null }]);
    expect(maxlengthWarning(counts, { maxChars: { value: 25, source: 'maxlength' } }).problems).toEqual([
      { kind: 'maxlength', limit: 25, by: 5 },
    ]);
  });

  it('says it in both languages, with English plurals', () => {
    expect(problemText('id', { kind: 'maxWords', limit: 200, by: 12 })).toBe('Lebih 12 kata dari batas maks. 200 kata');
    expect(problemText('en', { kind: 'maxWords', limit: 200, by: 1 })).toBe('1 word over the maximum of 200 words');
    expect(problemText('en', { kind: 'minWords', limit: 300, by: 40 })).toBe('40 words short of the minimum of 300 words');
    expect(problemText('id', { kind: 'maxlength', limit: 2000, by: 15 })).toContain('maxlength 2.000');
    expect(problemText('id', { kind: 'maxlength', limit: null, by: null })).toContain('(maxlength)');
  });
});

function render(data: PanelData) {
  const host = document.createElement('div');
  const root = createRoot(host);
  const actions = fakeActions();
  act(() => root.render(<Panel data={data} actions={actions} profileName={(id) => id} />));
  return { host, actions, unmount: () => act(() => root.unmount()) };
}

describe('the editor view from props', () => {
  const snap = fromSnapshot(snapshot([info('a', { label: '<b>Ringkasan</b>', help: 'Maks. 10 kata' })]));
  const editing: Editing = {
    key: 'a', field: snap.fields.a!, draft: 'satu dua', original: 'satu dua', status: 'ready',
  };
  const base: PanelData = { ...initialData(), status: 'form', ...snap, editing };

  it('shows the question as text, the draft, its meter, and no row', () => {
    const { host, unmount } = render(base);
    expect(host.querySelector('.editor-question')!.textContent).toBe('<b>Ringkasan</b>');
    expect(host.querySelector<HTMLTextAreaElement>('[data-role="draft"]')!.value).toBe('satu dua');
    expect(host.querySelector<HTMLElement>('[data-role="draft-meter"]')!.dataset).toMatchObject({ words: '2', state: 'fine' });
    expect(host.querySelector('[data-field-key]')).toBeNull();
    expect(host.querySelector('[data-action="undo"]')).toBeNull(); // nothing written yet
    unmount();
  });

  it('speaks English, and hands the user\'s choices to the actions', () => {
    const warning = { problems: [{ kind: 'maxWords' as const, limit: 10, by: 2 }], fromPage: false };
    const { host, actions, unmount } = render({ ...base, language: 'en', editing: { ...editing, warning } });
    expect(host.querySelector('[data-role="limit-warning"]')!.textContent).toContain('2 words over the maximum of 10 words');
    expect(host.querySelector('[data-action="apply"]')).toBeNull(); // the choice is in the warning
    act(() => host.querySelector<HTMLButtonElement>('[data-action="apply-anyway"]')!.click());
    expect(actions.apply).toHaveBeenCalledWith(true);
    act(() => host.querySelector<HTMLButtonElement>('[data-action="back"]')!.click());
    expect(actions.dismissWarning).toHaveBeenCalled();
    act(() => host.querySelector<HTMLButtonElement>('[data-action="close-editor"]')!.click());
    expect(actions.closeEditor).toHaveBeenCalled();
    unmount();
  });

  it('puts an undo button on a row whose last write can be undone', () => {
    const result = { ok: true, key: 'a', undoable: true };
    const { host, actions, unmount } = render({ ...base, editing: null, lastWrite: { a: result } });
    const undo = host.querySelector<HTMLButtonElement>('[data-field-key="a"] [data-action="undo"]')!;
    expect(undo.textContent).toBe('Batalkan');
    act(() => undo.click());
    expect(actions.undo).toHaveBeenCalledWith('a');
    expect(actions.focus).not.toHaveBeenCalled();
    unmount();
  });
});
