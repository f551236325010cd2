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

describe('library search: the fast path', () => {
  /** 600 snippets of mixed proposal words (seeded), so scores tie and differ as in a real library. */
  function many(): SearchDoc[] {
    const vocab = ['pelayanan', 'layanan', 'melayani', 'antrean', 'mengantre', 'perizinan', 'desa', 'warga', 'kesehatan',
      'ibu', 'balita', 'pengaduan', 'masyarakat', 'aplikasi', 'daring', 'keberlanjutan', 'regulasi', 'anggaran', 'publik',
      'kolaborasi', 'swasta', 'pemantauan', 'evaluasi', 'replikasi', 'sampah', 'pemberdayaan', 'perempuan', 'di', 'dan'];
    let a = 7;
    const rand = () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = () => vocab[Math.floor(rand() * vocab.length)]!;
    const sections = ['background', 'novelty', 'impact', 'sustainability'] as const;
    return Array.from({ length: 600 }, (_, i) => doc(`d${i}`, {
      title: Array.from({ length: 3 }, pick).join(' '), text: Array.from({ length: 20 + (i % 40) }, pick).join(' '),
      tags: [pick()], section: sections[i % 4]!, updatedAt: i,
    }));
  }

  it('answers exactly as MiniSearch.search would: same hits, same order, same scores', () => {
    const docs = many();
    const fast = createLibrarySearch();
    const slow = createLibrarySearch({ publicOnly: true });
    fast.reset(docs);
    slow.reset(docs);
    const queries = ['p', 'pel', 'pelayanan', 'layanan publik', 'layanan ', 'pelayanna', 'desa warga', 'swasta kolaborasi x', 'ibu balita kese'];
    for (const q of queries) {
      for (const opts of [{}, { section: 'impact' as const }, { section: 'novelty' as const, only: true }, { limit: 5 }]) {
        const a = fast.search(q, opts);
        const b = slow.search(q, opts);
        expect(a.map((h) => h.id), `${q} ${JSON.stringify(opts)}`).toEqual(b.map((h) => h.id));
        a.forEach((h, i) => expect(h.score).toBeCloseTo(b[i]!.score, 9));
      }
    }
  });

  it('forgets kept word results when the library changes', () => {
    const { search, ids } = setup();
    expect(ids('posyandu keliling')).toEqual(['gizi']);
    search.add(doc('baru', { title: 'Posyandu keliling kedua', text: 'Posyandu keliling di kelurahan.' }));
    expect(ids('posyandu keliling').sort()).toEqual(['baru', 'gizi']);
    search.remove('gizi');
    expect(ids('posyandu keliling')).toEqual(['baru']);
  });

  it('waits for a third letter before a new word narrows the hits', () => {
    const { ids } = setup();
    expect(ids('layanan p')).toEqual(ids('layanan'));
    expect(ids('layanan pe')).toEqual(ids('layanan '));
    expect(ids('layanan pen')).toContain('rapat');
  });
});
