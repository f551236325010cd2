import { createLibrarySearch, type SearchDoc } from '../../utils/library/search';

function doc(id: string, over: Partial<SearchDoc> = {}): SearchDoc {
  return { id, kind: 'snippet', title: '', text: '', tags: [], section: 'background', updatedAt: 1, ...over };
}

const DOCS: SearchDoc[] = [
  doc('izin', {
    title: 'Perizinan satu pintu', section: 'background', updatedAt: 10,
    text: 'Pelayanan perizinan dulu memerlukan antrean panjang di kantor dinas.', tags: ['perizinan'],
  }),
  doc('app', {
    title: 'Aplikasi daring', section: 'novelty', updatedAt: 20, favourite: true,
    text: 'Kebaruan inovasi ini: warga mengantre dari rumah lewat ponsel.', tags: ['digital'],
  }),
  doc('gizi', {
    title: 'Posyandu keliling', section: 'impact', updatedAt: 30,
    text: 'Kader memantau gizi balita; angka stunting turun di desa sasaran.', tags: ['kesehatan', 'stunting'],
  }),
  doc('lapangan', {
    title: 'Lapangan desa', section: 'background', updatedAt: 40,
    text: 'Anak-anak bermain layang-layang di lapangan.', tags: [],
  }),
  doc('rapat', {
    kind: 'proposal-section', title: 'Rapat koordinasi', section: 'novelty', updatedAt: 50,
    text: 'Layanan pengaduan dibahas dalam rapat koordinasi bulanan.', tags: ['kolaborasi'],
  }),
];

function setup(docs: SearchDoc[] = DOCS) {
  const search = createLibrarySearch();
  search.reset(docs);
  const ids = (q: string, opts?: Parameters<typeof search.search>[1]) => search.search(q, opts).map((h) => h.id);
  return { search, ids };
}

describe('library search: matching', () => {
  it('finds by prefix while the user types', () => {
    const { ids } = setup();
    expect(ids('pelay')).toEqual(['izin']);
    expect(ids('posya')).toEqual(['gizi']);
  });

  it('matches a word of three letters or fewer being typed in titles and tags only', () => {
    const { ids } = setup();
    expect(ids('pos')).toEqual(['gizi']);
    // "kan" is a prefix of "kantor" in izin's text: not enough to match there.
    expect(ids('kan')).toEqual([]);
    expect(ids('kantor')).toEqual(['izin']);
  });

  it('finds other word forms', () => {
    const { ids } = setup();
    // "layanan" finds "pelayanan" (and "Layanan" itself), not "layang-layang".
    expect(ids('layanan').sort()).toEqual(['izin', 'rapat']);
    expect(ids('layanan')).not.toContain('lapangan');
    // "antre" finds "antrean" and "mengantre".
    expect(ids('antre').sort()).toEqual(['app', 'izin']);
    expect(ids('pemantauan')).toEqual(['gizi']);
  });

  it('tolerates a typo in a word of 4+ letters, not in short ones', () => {
    const { ids } = setup();
    expect(ids('pelayanna')).toEqual(['izin']);
    expect(ids('kolaborsi')).toEqual(['rapat']);
    // Four letters allow one edit: "desi" finds "desa". Three letters allow none.
    expect(ids('desi').sort()).toEqual(['gizi', 'lapangan']);
    expect(ids('dsa')).toEqual([]);
    expect(ids('pelayanna')).not.toContain('lapangan');
  });

  it('ignores case and accents', () => {
    const { ids } = setup();
    expect(ids('KEBARUÁN')).toEqual(['app']);
    expect(ids('Kebaruan')).toEqual(['app']);
    expect(ids('POSYANDU')).toEqual(['gizi']);
  });

  it('finds by tag, and ranks a title match above a text-only match', () => {
    const { ids } = setup();
    expect(ids('digital')).toEqual(['app']);
    expect(ids('stunting')).toEqual(['gizi']);
    expect(ids('koordinasi')).toEqual(['rapat']);
    // "perizinan" is in izin's title, tag and text.
    expect(ids('perizinan')[0]).toBe('izin');
  });

  it('wants all words, and falls back to any word when no doc has them all', () => {
    const { ids } = setup();
    expect(ids('pelayanan antrean')).toEqual(['izin']);
    expect(ids('layanan rapat')).toEqual(['rapat']);
    // No doc has both: the docs with either follow.
    expect(ids('posyandu perizinan').sort()).toEqual(['gizi', 'izin']);
    expect(ids('zebra unta')).toEqual([]);
  });

  it('finds nothing for words that are in no doc', () => {
    const { ids } = setup();
    expect(ids('jembatan')).toEqual([]);
    expect(ids('pariwisata')).toEqual([]);
  });
});

describe('library search: sections and the empty query', () => {
  it('puts the row section first and keeps the others after it', () => {
    const { ids } = setup();
    expect(ids('desa', { section: 'background' })).toEqual(['lapangan', 'gizi']);
    expect(ids('desa', { section: 'impact' })).toEqual(['gizi', 'lapangan']);
  });

  it('filters to the section with `only`', () => {
    const { ids } = setup();
    expect(ids('desa', { section: 'impact', only: true })).toEqual(['gizi']);
    expect(ids('antre', { section: 'novelty', only: true })).toEqual(['app']);
    expect(ids('posyandu', { section: 'novelty', only: true })).toEqual([]);
  });

  it('lists on an empty query: section first, favourites first, newest first', () => {
    const { ids } = setup();
    expect(ids('')).toEqual(['app', 'rapat', 'lapangan', 'gizi', 'izin']);
    expect(ids('  ', { section: 'background' })).toEqual(['lapangan', 'izin', 'app', 'rapat', 'gizi']);
    expect(ids('', { section: 'novelty', only: true })).toEqual(['app', 'rapat']);
    expect(ids('', { limit: 2 })).toEqual(['app', 'rapat']);
  });

  it('returns each hit with its section and a score', () => {
    const { search } = setup();
    const [hit] = search.search('posyandu');
    expect(hit).toMatchObject({ id: 'gizi', section: 'impact' });
    expect(hit?.score).toBeGreaterThan(0);
  });
});

describe('library search: keeping the index current', () => {
  it('removes a doc', () => {
    const { search, ids } = setup();
    search.remove('gizi');
    expect(ids('posyandu')).toEqual([]);
    expect(ids('')).not.toContain('gizi');
    expect(() => search.remove('gizi')).not.toThrow();
  });

  it('replaces a doc: the old words no longer find it, the new ones do', () => {
    const { search, ids } = setup();
    search.replace(doc('gizi', { title: 'Bank sampah', text: 'Pengelolaan sampah oleh warga.', section: 'impact' }));
    expect(ids('posyandu')).toEqual([]);
    expect(ids('kelola')).toEqual(['gizi']);
  });

  it('adds a doc, and adding an id twice replaces it', () => {
    const { search, ids } = setup();
    search.add(doc('baru', { title: 'Pemantauan banjir' }));
    expect(ids('banjir')).toEqual(['baru']);
    search.add(doc('baru', { title: 'Pemantauan kebakaran' }));
    expect(ids('banjir')).toEqual([]);
    expect(ids('kebakaran')).toEqual(['baru']);
  });

  it('reset replaces the whole index', () => {
    const { search, ids } = setup();
    search.reset([doc('x', { title: 'Jembatan desa' })]);
    expect(ids('jembatan')).toEqual(['x']);
    expect(ids('posyandu')).toEqual([]);
    expect(ids('')).toEqual(['x']);
  });

  it('indexes a 20,000-word text and finds a word in it', () => {
    const filler = Array.from({ length: 20_000 }, (_, i) => ['warga', 'program', 'kegiatan', 'daerah'][i % 4]);
    filler[15_321] = 'swakelola';
    const { ids } = setup([...DOCS, doc('long', { title: 'Laporan tahunan', text: filler.join(' ') })]);
    expect(ids('swakelola')).toEqual(['long']);
    expect(ids('kegiatan')).toEqual(['long']);
    expect(ids('posyandu')).toEqual(['gizi']);
  });
});
