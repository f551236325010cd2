import { findDuplicateSnippet, proposalKey, sameSnippet, textKey } from '../../utils/library/dedupe';
import { splitValid, validSnippet } from '../../utils/library/schema';
import { exportLibrary, parseLibrary, planMerge, type ParseResult } from '../../utils/library/transfer';
import type { Proposal, Snippet } from '../../utils/library/types';

const T0 = Date.UTC(2024, 4, 2, 9, 30);
const KIPP = { competition: 'kipp-2023-umum', year: 2023, proposal: 'Layanan Adminduk Keliling' };

function snippet(id: string, patch: Partial<Snippet> = {}): Snippet {
  return {
    id, title: 'Latar belakang jemput bola KTP-el', section: 'background',
    text: 'Sebelum inovasi, warga desa harus menempuh rata-rata 42 km ke kantor Disdukcapil untuk mengurus KTP-el.',
    tags: ['adminduk', 'pelayanan-publik'], favourite: false, source: KIPP, createdAt: T0, updatedAt: T0, ...patch,
  };
}

const SNIPPETS: Snippet[] = [
  snippet('s-1'),
  snippet('s-2', {
    title: 'Dampak posyandu digital', section: 'impact', tags: ['kesehatan', 'stunting'], favourite: true,
    text: 'Angka stunting di 14 desa turun dari 27,3% (2021) menjadi 18,9% (2023) setelah pencatatan posyandu digital.',
    source: { competition: 'iga-iid', year: 2024, url: 'https://indeks.inovasi.go.id/proposal/88' },
  }),
  snippet('s-3', {
    title: 'Manfaat bagi warga', section: 'benefit', tags: [],
    text: 'Waktu tempuh turun dari 3 jam menjadi 20 menit per pemohon; biaya transport warga hemat Rp75.000.',
  }),
];

const PROPOSAL: Proposal = {
  id: 'p-1', title: 'Layanan Adminduk Keliling', profileId: 'kipp-2023-umum', year: 2023,
  sections: [
    { section: 'summary', heading: 'Ringkasan', text: 'Layanan Adminduk Keliling membawa perekaman KTP-el ke desa terpencil.' },
    { section: 'background', section2: 'goal', heading: 'Latar Belakang dan Tujuan', text: SNIPPETS[0]!.text },
  ],
  facts: { stage: 'Penerapan', kind: 'Digital | Non-digital (hibrida)' },
  variables: { nama_inovasi: 'Layanan Adminduk Keliling', instansi: 'Disdukcapil Kabupaten Sumba Barat Daya' },
  source: KIPP, createdAt: T0, updatedAt: T0 + 60_000,
};

const LIB = { snippets: SNIPPETS, proposals: [PROPOSAL] };
const NOW = new Date('2025-06-15T12:00:00Z');

function counter(): () => string {
  let n = 0;
  return () => `baru-${++n}`;
}

/** The refusal, or a failed expectation when the file was accepted. */
function refused(result: ParseResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
}

function fileWith(body: Record<string, unknown>): string {
  return JSON.stringify({ format: 'jendela-library', version: 1, snippets: [], proposals: [], ...body });
}

describe('exportLibrary → parseLibrary', () => {
  it('round-trips the library unchanged, leaving deleted rows out of the file', () => {
    const deleted = snippet('s-9', { text: 'Teks yang sudah dibuang.', deletedAt: T0 + 1 });
    const text = exportLibrary({ snippets: [...SNIPPETS, deleted], proposals: [PROPOSAL] }, NOW);
    expect(JSON.parse(text)).toMatchObject({ format: 'jendela-library', version: 1, exportedAt: '2025-06-15T12:00:00.000Z', app: 'Jendela' });
    expect(text).toContain('\n  "snippets"'); // pretty, so a person can read a backup
    expect(parseLibrary(text)).toEqual({ ok: true, snippets: SNIPPETS, proposals: [PROPOSAL], damaged: 0 });
  });

  it('reads a file saved with a byte-order mark, and drops keys it does not know', () => {
    const text = '\uFEFF' + fileWith({ snippets: [{ ...SNIPPETS[1], warna: 'hijau' }] });
    const result = parseLibrary(text);
    expect(result).toEqual({ ok: true, snippets: [SNIPPETS[1]], proposals: [], damaged: 0 });
  });

  it('accepts an empty library', () => {
    expect(parseLibrary(exportLibrary({ snippets: [], proposals: [] }, NOW))).toEqual({ ok: true, snippets: [], proposals: [], damaged: 0 });
  });
});

describe('parseLibrary refuses a file it cannot trust, and says why', () => {
  it('a package.json is not ours, and the detail says what it looks like', () => {
    const pkg = JSON.stringify({ name: 'jendela', version: '0.1.0', private: true, type: 'module', scripts: {}, dependencies: {} }, null, 2);
    expect(refused(parseLibrary(pkg))).toEqual({
      ok: false, reason: 'not-ours', detail: 'Not a Jendela library file: it is an object with keys name, version, private, type, scripts, ….',
    });
  });

  it('a JSON array (a list of snippets copied out of somewhere) is not ours', () => {
    const r = refused(parseLibrary(JSON.stringify([SNIPPETS[0]])));
    expect(r.reason).toBe('not-ours');
    expect(r.detail).toContain('a JSON array');
  });

  it('a file from a newer Jendela names both versions and asks for an update', () => {
    const r = refused(parseLibrary('{"format":"jendela-library","version":2}'));
    expect(r.reason).toBe('newer-version');
    expect(r.detail).toBe('The file is library version 2; this Jendela reads up to version 1. Update Jendela to import it.');
  });

  it.each([
    ['{"format":"jendela-library","version":"x"}', 'The file\'s version is "x", not a positive whole number.'],
    ['{"format":"jendela-library","version":0,"snippets":[],"proposals":[]}', 'The file\'s version is 0, not a positive whole number.'],
    ['{"format":"jendela-library","snippets":[],"proposals":[]}', 'The file\'s version is missing.'],
    ['{"format":"jendela-library","version":1,"snippets":{},"proposals":[]}', 'The file\'s snippets are not a list.'],
    ['{"format":"jendela-library","version":1,"snippets":[]}', 'The file\'s proposals are not a list.'],
  ])('a damaged header is refused: %s', (text, detail) => {
    expect(refused(parseLibrary(text))).toEqual({ ok: false, reason: 'damaged', detail });
  });

  it('a file cut off halfway (an interrupted download) is not JSON', () => {
    const text = exportLibrary(LIB, NOW);
    const r = refused(parseLibrary(text.slice(0, Math.floor(text.length / 2))));
    expect(r.reason).toBe('not-json');
    expect(r.detail).toMatch(/^Not JSON: ./);
  });

  it('a 60 MB file is refused before it is parsed', () => {
    const r = refused(parseLibrary('x'.repeat(60_000_000)));
    expect(r).toEqual({ ok: false, reason: 'too-big', detail: 'The file is larger than 50.0 MB, the most Jendela imports.' });
  });

  it('measures the size in UTF-8 bytes, as on disk', () => {
    const text = '"Pelayanan publik tercepat — ✓✓✓"'; // 33 UTF-16 units, 41 bytes: the dash and ticks take 3 each
    expect(refused(parseLibrary(text, 40)).reason).toBe('too-big');
    expect(refused(parseLibrary(text, 41)).detail).toBe('Not a Jendela library file: it is a JSON string.');
  });
});

describe('damaged rows', () => {
  const bad = [
    { ...SNIPPETS[0], id: 's-rusak', section: 'lain-lain' },
    { ...SNIPPETS[1], id: 's-angka', text: 12345 },
  ];

  it('are left out and counted while the rest of the file imports', () => {
    const text = fileWith({ snippets: [SNIPPETS[0], bad[0], SNIPPETS[1], SNIPPETS[2]], proposals: [{ ...PROPOSAL, year: 1890 }, PROPOSAL] });
    expect(parseLibrary(text)).toEqual({ ok: true, snippets: SNIPPETS, proposals: [PROPOSAL], damaged: 2 });
  });

  it('make the whole file damaged when nothing else is left', () => {
    expect(refused(parseLibrary(fileWith({ snippets: bad })))).toEqual({
      ok: false, reason: 'damaged', detail: 'All 2 entries in the file are damaged.',
    });
  });

  it('are set aside by splitValid when reading the store', () => {
    expect(splitValid([SNIPPETS[2], null, bad[1]], validSnippet)).toEqual({ ok: [SNIPPETS[2]], damaged: [null, bad[1]] });
  });
});

describe('planMerge', () => {
  const incoming = (snippets: Snippet[], proposals: Proposal[] = [], damaged = 0) => ({ snippets, proposals, damaged });

  it('re-importing the same export adds nothing and counts what was already there', () => {
    const parsed = parseLibrary(exportLibrary(LIB, NOW));
    if (!parsed.ok) throw new Error(parsed.detail);
    expect(planMerge(LIB, parsed, counter())).toEqual({
      addSnippets: [], addProposals: [], skippedSnippets: 3, skippedProposals: 1, damaged: 0,
    });
  });

  it('treats the same text with other spacing, case and invisible characters as a duplicate', () => {
    const messy = snippet('dari-laptop-lain', {
      title: 'Judul lain', tags: ['adminduk'],
      text: '  sebelum inovasi,\u00A0warga desa harus\n\nmenempuh rata-rata 42 km ke kantor DISDUKCAPIL untuk meng\u200Burus KTP-el ',
    });
    const reworded = { ...PROPOSAL, id: 'p-lain', sections: PROPOSAL.sections.map((s) => ({ ...s, text: `${s.text.toUpperCase()}\n` })) };
    const plan = planMerge(LIB, incoming([messy], [reworded]), counter());
    expect(plan).toMatchObject({ addSnippets: [], addProposals: [], skippedSnippets: 1, skippedProposals: 1 });
  });

  it('gives a new id to a row whose id is taken by different content', () => {
    const other = snippet('s-1', { section: 'sustainability', text: 'Anggaran rutin APBD Disdukcapil menjamin layanan berlanjut.' });
    const otherProposal = { ...PROPOSAL, title: 'Posyandu Digital', sections: [] };
    const plan = planMerge(LIB, incoming([other], [otherProposal], 1), counter());
    expect(plan.addSnippets).toEqual([{ ...other, id: 'baru-1' }]);
    expect(plan.addProposals).toEqual([{ ...otherProposal, id: 'baru-2' }]);
    expect(plan).toMatchObject({ skippedSnippets: 0, skippedProposals: 0, damaged: 1 });
  });

  it('keeps ids that are free, and adds a row the file holds twice only once', () => {
    const plan = planMerge({ snippets: [], proposals: [] }, incoming([SNIPPETS[0]!, { ...SNIPPETS[0]!, id: 's-copy' }, SNIPPETS[1]!]), counter());
    expect(plan.addSnippets).toEqual([SNIPPETS[0], SNIPPETS[1]]);
    expect(plan.skippedSnippets).toBe(1);
  });

  it('does not import a row deleted in the file', () => {
    const gone = snippet('s-buang', { section: 'novelty', text: 'Draf kebaruan yang dibuang.', deletedAt: T0 });
    expect(planMerge(LIB, incoming([gone], [{ ...PROPOSAL, id: 'p-buang', title: 'Lama', deletedAt: T0 }]), counter()))
      .toEqual({ addSnippets: [], addProposals: [], skippedSnippets: 0, skippedProposals: 0, damaged: 0 });
  });

  it('brings back a row deleted here, under a new id since the deleted copy keeps its own', () => {
    const trashed = { ...SNIPPETS[2]!, deletedAt: T0 + 5 };
    const plan = planMerge({ snippets: [trashed], proposals: [] }, incoming([SNIPPETS[2]!]), counter());
    expect(plan.addSnippets).toEqual([{ ...SNIPPETS[2], id: 'baru-1' }]);
  });

  it('fails loudly when the id source keeps repeating itself', () => {
    expect(() => planMerge(LIB, incoming([snippet('s-1', { text: 'Teks baru.' })]), () => 's-1')).toThrow(/newId/);
  });
});

describe('the same text', () => {
  it('textKey ignores width, case, spacing, invisible characters and a final full stop', () => {
    expect(textKey('  ＫＴＰ-el\u00A0dan  Akta\u200D Kelahiran.  ')).toBe('ktp-el dan akta kelahiran');
    expect(textKey('Rp75.000 per warga')).not.toBe(textKey('Rp75.000 per desa'));
  });

  it('findDuplicateSnippet finds the saved copy whichever side is messy', () => {
    const clean = SNIPPETS[1]!;
    const messy = { section: clean.section, text: `\u200B${clean.text.toUpperCase().replace(/ /g, '  ')}!!` };
    expect(findDuplicateSnippet(SNIPPETS, messy)).toBe(clean);
    const stored = [snippet('s-messy', messy)];
    expect(findDuplicateSnippet(stored, { section: clean.section, text: clean.text })).toBe(stored[0]);
    expect(sameSnippet(messy, clean)).toBe(sameSnippet(clean, messy));
  });

  it('findDuplicateSnippet is null for another section, a deleted copy, or the snippet itself', () => {
    const s = SNIPPETS[0]!;
    expect(findDuplicateSnippet(SNIPPETS, { section: 'problem', text: s.text })).toBeNull();
    expect(findDuplicateSnippet([{ ...s, deletedAt: T0 }], s)).toBeNull();
    expect(findDuplicateSnippet(SNIPPETS, s)).toBeNull();
    expect(findDuplicateSnippet(SNIPPETS, { section: s.section, text: `${s.text} Kini juga akta kematian.` })).toBeNull();
  });

  it('proposalKey is short, stable, and changes when a section changes', () => {
    const key = proposalKey(PROPOSAL);
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    const copy: Proposal = { ...PROPOSAL, id: 'p-lain', title: ' layanan adminduk keliling ', updatedAt: T0 + 1 };
    expect(proposalKey(copy)).toBe(key);
    expect(proposalKey({ ...PROPOSAL, year: 2024 })).not.toBe(key);
    expect(proposalKey({ ...PROPOSAL, sections: [PROPOSAL.sections[0]!] })).not.toBe(key);
  });
});
