// @vitest-environment jsdom
/**
 * Filling facts from a saved proposal, on real DOM controls: an option chosen by what the user reads, a radio
 * by its label, a date in the forms Indonesians write it; an option the form lacks is reported with the
 * options it has, never guessed. Also the fact plan.
 */
import { findCandidates } from '../../utils/content/candidates';
import { isoDate, writeFact } from '../../utils/content/write/fact';
import { planFacts } from '../../utils/library/plan';
import type { Proposal } from '../../utils/library/types';
import { countText } from '../../utils/text/count';
import type { FieldInfo } from '../../utils/types';

function setup(html: string) {
  document.body.innerHTML = `<form>${html}</form>`;
  return findCandidates(document);
}

it('chooses the option that reads the same, or the only one that contains it, and fires change', () => {
  const [c] = setup('<select name="u"><option value="">Pilih</option><option value="1">Pelayanan Publik</option><option value="2">Tata Kelola Pemerintahan Daerah</option></select>');
  const changes: string[] = [];
  c!.editable.addEventListener('change', () => changes.push((c!.editable as HTMLSelectElement).value));
  expect(writeFact('u', c!, 'pelayanan publik')).toMatchObject({ ok: true, value: 'Pelayanan Publik' });
  expect(writeFact('u', c!, 'Tata Kelola')).toMatchObject({ ok: true, value: 'Tata Kelola Pemerintahan Daerah' });
  expect(changes).toEqual(['1', '2']);
  expect(writeFact('u', c!, 'Kesehatan')).toEqual({ ok: false, key: 'u', value: 'Tata Kelola Pemerintahan Daerah', error: 'no-option', options: ['Pelayanan Publik', 'Tata Kelola Pemerintahan Daerah'] });
});

it('checks the radio whose label reads the value; "Digital" is not "Non Digital"', () => {
  const [c] = setup('<label><input type="radio" name="j" value="d"> Digital</label><label><input type="radio" name="j" value="n"> Non Digital</label>');
  expect(writeFact('j', c!, 'Digital')).toMatchObject({ ok: true, value: 'Digital' });
  expect(writeFact('j', c!, 'non digital')).toMatchObject({ ok: true, value: 'Non Digital' });
  expect(writeFact('j', c!, 'Umum')).toMatchObject({ ok: false, error: 'no-option', options: ['Digital', 'Non Digital'] });
});

it('writes a date given as Indonesians write it', () => {
  const [c] = setup('<input type="date" name="t">');
  expect(writeFact('t', c!, '1 Maret 2023')).toMatchObject({ ok: true, value: '2023-03-01' });
  expect(['2023-03-01', '01/03/2023', '1-3-2023', '1 maret 2023', 'March 1, 2023'].map(isoDate)).toEqual(Array(5).fill('2023-03-01'));
  expect([isoDate('kemarin'), isoDate('2023-13-01'), isoDate('32/01/2023')]).toEqual([null, null, null]);
});

it('plans facts: one saved value for the first field of its section, ticked when the field is empty', () => {
  const f = (key: string, section: FieldInfo['section'], kind: FieldInfo['kind'], value?: string): FieldInfo => ({
    key, label: key, help: '', section, kind, fact: kind !== 'input', limits: {}, counts: countText(kind === 'input' ? (value ?? '') : ''), ...(value && kind !== 'input' ? { value } : {}),
  });
  const p = { facts: { stage: 'Penerapan', dates: '2023-03-01', initiator: 'Kepala Dinas' } } as unknown as Proposal;
  const plan = planFacts(p, [f('tahap', 'stage', 'radio', 'Uji Coba'), f('uji', 'dates', 'date'), f('terap', 'dates', 'date'), f('nama_ini', 'initiator', 'input'), f('file', 'budget', 'file')]);
  expect(plan.map((x) => [x.key, x.value, x.choose, x.include])).toEqual([
    ['tahap', 'Penerapan', true, false], ['uji', '2023-03-01', true, true], ['nama_ini', 'Kepala Dinas', false, true],
  ]);
});
