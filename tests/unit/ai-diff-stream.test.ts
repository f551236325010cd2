// @vitest-environment node
/** The streaming diff: the same picture as a full partial diff, re-diffing only the unsettled tail. */
import { describe, expect, it } from 'vitest';
import { createStreamingDiff, diffStats, diffText, sidesOf } from '../../utils/ai/diff';

/** A deterministic 1,000-word original and a result that edits about a fifth of it. */
function texts(seed: number): { before: string; after: string } {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const vocab = 'layanan warga puskesmas antrean daring petugas kelurahan data izin usaha waktu tunggu hari inovasi'.split(' ');
  const before = Array.from({ length: 1000 }, (_, i) => (i % 12 === 11 ? `${vocab[Math.floor(rnd() * vocab.length)]}.` : vocab[Math.floor(rnd() * vocab.length)]!));
  const after: string[] = [];
  for (const w of before) {
    const r = rnd();
    if (r < 0.07) continue; // dropped
    if (r < 0.14) after.push(`baru${Math.floor(rnd() * 50)}`); // replaced
    else after.push(w);
    if (rnd() < 0.06) after.push(`sisip${Math.floor(rnd() * 50)}`); // inserted
  }
  return { before: before.join(' '), after: after.join(' ') };
}

/** The result streamed in chunks of a few characters, as the API sends text deltas. */
function prefixes(text: string, seed: number): string[] {
  const out: string[] = [];
  let at = 0;
  let x = seed;
  while (at < text.length) {
    x = (x * 69069 + 1) % 4294967296;
    at = Math.min(text.length, at + 3 + (x % 25));
    out.push(text.slice(0, at));
  }
  return out;
}

describe('createStreamingDiff', () => {
  it.each([1, 2, 3])('shows the result exactly at every chunk, never the unreached original as removed (seed %i)', (seed) => {
    const { before, after } = texts(seed);
    const stream = createStreamingDiff(before);
    for (const prefix of prefixes(after, seed)) {
      const parts = stream.update(prefix);
      expect(sidesOf(parts).after).toBe(prefix);
      expect(parts.at(-1)?.kind).not.toBe('removed');
      // The original it shows is a prefix of the original (kept words carry the result's spacing: compare without it).
      const squash = (s: string) => s.replace(/\s+/g, '');
      expect(squash(before).startsWith(squash(sidesOf(parts).before))).toBe(true);
    }
  });

  it('ends up close to the full diff: the same words kept, within a few words', () => {
    const { before, after } = texts(7);
    const stream = createStreamingDiff(before);
    let parts = stream.update('');
    for (const prefix of prefixes(after, 7)) parts = stream.update(prefix);
    const streamed = diffStats(parts);
    const full = diffStats(diffText(before, after, { partial: true }));
    expect(Math.abs(streamed.sameWords - full.sameWords)).toBeLessThanOrEqual(full.sameWords * 0.01 + 2);
  });

  it('starts over when the result does not extend the previous one (Ulangi)', () => {
    const stream = createStreamingDiff('satu dua tiga empat');
    stream.update('satu dua tiga empat');
    expect(stream.update('lima enam')).toEqual(diffText('satu dua tiga empat', 'lima enam', { partial: true }));
  });

  it('shows a translation as a replacement, as the full diff does', () => {
    const before = 'Warga kini mengurus izin usaha dari rumah tanpa antre di kantor kecamatan setiap hari kerja.';
    const after = 'Residents now apply for business permits from home without queuing at the district office every working day.';
    expect(createStreamingDiff(before).update(after)).toEqual([{ kind: 'added', text: after }]);
  });
});
