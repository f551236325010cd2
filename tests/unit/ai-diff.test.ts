import { diffStats, diffText, sidesOf, type DiffPart } from '../../utils/ai/diff';

const kinds = (parts: DiffPart[]) => parts.map((p) => [p.kind, p.text.trim()]);

describe('diffText', () => {
  it('identical texts are one same part', () => {
    expect(diffText('Satu dua tiga.', 'Satu dua tiga.')).toEqual([{ kind: 'same', text: 'Satu dua tiga.' }]);
  });

  it('an added word', () => {
    expect(kinds(diffText('Layanan cepat.', 'Layanan sangat cepat.'))).toEqual([
      ['same', 'Layanan'], ['added', 'sangat'], ['same', 'cepat.'],
    ]);
  });

  it('a removed word', () => {
    expect(kinds(diffText('Layanan yang sangat cepat.', 'Layanan yang cepat.'))).toEqual([
      ['same', 'Layanan yang'], ['removed', 'sangat'], ['same', 'cepat.'],
    ]);
  });

  it('a replaced word is removed then added', () => {
    const parts = diffText('Antrean tiga jam setiap hari.', 'Antrean dua jam setiap hari.');
    expect(kinds(parts)).toEqual([
      ['same', 'Antrean'], ['removed', 'tiga'], ['added', 'dua'], ['same', 'jam setiap hari.'],
    ]);
  });

  it('the result is rebuilt exactly from the parts (newlines kept), the original up to whitespace', () => {
    const before = 'Paragraf satu berisi masalah.\n\nParagraf dua berisi solusi lama.';
    const after = 'Paragraf satu berisi masalah utama.\n\nParagraf dua berisi solusi baru dan hasil.';
    const parts = diffText(before, after);
    const sides = sidesOf(parts);
    expect(sides.after).toBe(after);
    expect(sides.before.replace(/\s+/g, '')).toBe(before.replace(/\s+/g, ''));
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['utama', 'baru dan hasil']);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['lama']);
  });

  it('empty sides', () => {
    expect(diffText('', 'Baru.')).toEqual([{ kind: 'added', text: 'Baru.' }]);
    expect(diffText('Lama.', '')).toEqual([{ kind: 'removed', text: 'Lama.' }]);
    expect(diffText('', '')).toEqual([]);
  });

  it('while streaming, the unreached tail of the original is not shown as removed', () => {
    const before = 'Satu dua tiga empat lima enam tujuh.';
    expect(kinds(diffText(before, 'Satu dua ti', { partial: true }))).toEqual([['same', 'Satu dua'], ['added', 'ti']]);
    expect(kinds(diffText(before, 'Satu tiga ena', { partial: true }))).toEqual([
      ['same', 'Satu'], ['removed', 'dua'], ['same', 'tiga'], ['added', 'ena'],
    ]);
    expect(kinds(diffText(before, 'Satu dua ti'))).toEqual([
      ['same', 'Satu dua'], ['removed', 'tiga empat lima enam tujuh.'], ['added', 'ti'],
    ]);
  });

  it('a result that shares almost no words (a translation) is a plain replacement', () => {
    const before = 'Inovasi ini memangkas waktu antrean di puskesmas kota dari tiga jam menjadi tiga puluh menit.';
    const after = 'This innovation cut the queueing time at the city health centres from three hours to thirty minutes.';
    expect(diffText(before, after)).toEqual([{ kind: 'removed', text: before }, { kind: 'added', text: after }]);
  });
});

describe('diffStats', () => {
  it('counts words per kind and the share of the original that changed', () => {
    const s = diffStats(diffText('Antrean tiga jam setiap hari.', 'Antrean dua jam setiap hari kerja.'));
    // Punctuation is its own token, so "hari." keeps "hari" and the full stop.
    expect(s).toEqual({ sameWords: 4, addedWords: 2, removedWords: 1, changedShare: 1 / 5 });
    expect(diffStats([]).changedShare).toBe(0);
  });
});

describe('a 1,000-word text re-diffed on every streamed chunk', () => {
  // A deterministic pseudo-random rewrite: about 15% of words replaced, 5% dropped, some inserted.
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const vocab = ('inovasi layanan publik masyarakat data kota warga antrean digital pelayanan kesehatan puskesmas ' +
    'sistem aplikasi hasil dampak sebelum sesudah meningkat menurun persen hari petugas desa kecamatan dinas ' +
    'program anggaran regulasi kolaborasi keberlanjutan evaluasi survei kepuasan pengaduan').split(' ');
  const pick = () => vocab[Math.floor(rnd() * vocab.length)]!;
  const original = Array.from({ length: 1000 }, pick);
  const rewritten: string[] = [];
  for (const w of original) {
    const r = rnd();
    if (r < 0.05) continue;
    rewritten.push(r < 0.2 ? pick() : w);
    if (rnd() < 0.03) rewritten.push(pick());
  }
  const before = original.join(' ');
  const after = rewritten.join(' ');

  it('is correct on the final text and on every chunk', () => {
    const final = diffText(before, after);
    expect(sidesOf(final)).toEqual({ before, after });
    const stats = diffStats(final);
    expect(stats.sameWords + stats.removedWords).toBe(1000);
    expect(stats.sameWords + stats.addedWords).toBe(rewritten.length);
    expect(stats.sameWords).toBeGreaterThan(700); // most words survive a 20% rewrite

    const chunks = 100;
    const started = performance.now();
    let last: DiffPart[] = [];
    for (let i = 1; i <= chunks; i++) {
      const partialText = after.slice(0, Math.ceil((after.length * i) / chunks));
      last = diffText(before, partialText, { partial: true });
      expect(sidesOf(last).after).toBe(partialText);
    }
    const perChunk = (performance.now() - started) / chunks;
    expect(sidesOf(last).after).toBe(after);
    // Measured, not asserted (machines differ); the bench reports the figure.
    console.info(`diff of a 1,000-word text: ${perChunk.toFixed(2)} ms per streamed chunk (${chunks} chunks)`);
  });
});
