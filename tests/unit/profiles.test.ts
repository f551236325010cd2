import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Profile } from '../../utils/profiles/define';
import { GENERIC_PROFILE_ID, getProfile, PROFILES } from '../../utils/profiles';
import { GENERIC_RULES } from '../../utils/sections';
import { normalizeLabel } from '../../utils/text/normalize';
import { FACT_SECTIONS, PROSE_SECTIONS } from '../../utils/types';

const SECTION_KEYS: readonly string[] = [...PROSE_SECTIONS, ...FACT_SECTIONS];
const PROFILE_DIR = fileURLToPath(new URL('../../utils/profiles/', import.meta.url));
const NOT_PROFILES = ['define.ts', 'index.ts'];

describe('profile registry', () => {
  it('lists exactly the expected ids, once each, generic last', () => {
    expect(PROFILES.map((p) => p.id)).toEqual(['kipp-2023-umum', 'kipp-khusus', 'kipp-2020', 'iga-iid', 'generic']);
    expect(PROFILES.at(-1)?.id).toBe(GENERIC_PROFILE_ID);
  });

  it('registers every profile file in the folder, named after its id', async () => {
    const files = readdirSync(PROFILE_DIR).filter((f) => f.endsWith('.ts') && !NOT_PROFILES.includes(f));
    expect(files.length).toBe(PROFILES.length);
    for (const file of files) {
      const mod = (await import(`../../utils/profiles/${file.slice(0, -3)}.ts`)) as { default: Profile };
      expect(PROFILES, file).toContain(mod.default);
      expect(`${mod.default.id}.ts`).toBe(file);
    }
  });

  it('getProfile finds by id and falls back to generic', () => {
    expect(getProfile('iga-iid').id).toBe('iga-iid');
    expect(getProfile('kipp-2020').id).toBe('kipp-2020');
    expect(getProfile('no-such-profile').id).toBe('generic');
    expect(getProfile(undefined).id).toBe('generic');
    expect(getProfile(null).id).toBe('generic');
  });
});

describe.each(PROFILES.map((p) => [p.id, p] as const))('profile %s', (id, profile) => {
  it('is well formed', () => {
    expect(profile.name.trim()).not.toBe('');
    expect(['KIPP', 'IGA', 'generic']).toContain(profile.competition);
    if (id !== GENERIC_PROFILE_ID) expect(profile.year).toBeGreaterThanOrEqual(2018);
    expect(profile.sections.length).toBeGreaterThan(0);
  });

  it('names hosts as bare lowercase host names', () => {
    for (const host of profile.hosts) expect(host).toMatch(/^\.?[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    if (id === GENERIC_PROFILE_ID) expect(profile.hosts).toEqual([]);
    else expect(profile.hosts.length).toBeGreaterThan(0);
  });

  it('uses only canonical section keys', () => {
    for (const rule of profile.sections) {
      expect(SECTION_KEYS).toContain(rule.section);
      if (rule.section2 !== undefined) {
        expect(SECTION_KEYS).toContain(rule.section2);
        expect(rule.section2).not.toBe(rule.section);
      }
    }
  });

  it('has non-empty labels, none of them shared by two rules', () => {
    const seen = new Map<string, string>();
    for (const rule of profile.sections) {
      expect(rule.labels.length).toBeGreaterThan(0);
      for (const label of rule.labels) {
        const key = normalizeLabel(label);
        expect(key, label).not.toBe('');
        expect(seen.get(key), `${label} in ${rule.section} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, rule.section);
      }
    }
  });

  it('has sane limits, weights and criteria', () => {
    for (const rule of profile.sections) {
      for (const n of [rule.minWords, rule.maxWords, rule.maxChars]) {
        if (n !== undefined) expect(Number.isInteger(n) && n > 0, `${rule.section}: ${n}`).toBe(true);
      }
      if (rule.minWords !== undefined && rule.maxWords !== undefined) {
        expect(rule.minWords).toBeLessThan(rule.maxWords);
      }
      if (rule.weight !== undefined) expect(rule.weight >= 0 && rule.weight <= 100).toBe(true);
      if (rule.criterion !== undefined) expect(rule.criterion.length).toBeGreaterThan(20);
      // Every weighted section tells the writer what the judges look for.
      if (rule.weight) expect(rule.criterion, rule.section).toBeDefined();
      if (id === GENERIC_PROFILE_ID) {
        expect([rule.minWords, rule.maxWords, rule.maxChars, rule.weight]).toEqual([undefined, undefined, undefined, undefined]);
      }
    }
  });
});

describe('profile data from COMPETITIONS.md', () => {
  const rule = (id: string, label: string) =>
    getProfile(id).sections.find((r) => r.labels.some((l) => normalizeLabel(l) === normalizeLabel(label)));

  it('KIPP 2023 weights sum to 100', () => {
    const total = getProfile('kipp-2023-umum').sections.reduce((sum, r) => sum + (r.weight ?? 0), 0);
    expect(total).toBe(100);
  });

  it('carries the stated limits and weights', () => {
    expect(rule('kipp-2023-umum', 'Signifikansi')).toMatchObject({ section: 'impact', maxWords: 600, weight: 30 });
    expect(rule('kipp-2023-umum', 'Ringkasan')).toMatchObject({ maxWords: 200, weight: 0 });
    expect(rule('kipp-2023-umum', 'Latar Belakang dan Tujuan')).toMatchObject({ section2: 'goal', maxWords: 300 });
    expect(rule('kipp-2023-umum', 'Strategi Keberlanjutan')).toMatchObject({ maxWords: 500, weight: 15 });
    expect(rule('kipp-khusus', 'Evaluasi')).toMatchObject({ section: 'monitoring', maxWords: 300 });
    expect(rule('kipp-khusus', 'Pembaruan/Peningkatan Inovasi')).toMatchObject({ section: 'novelty', maxWords: 200 });
    expect(rule('kipp-2020', 'Ide Inovatif')).toMatchObject({ maxWords: 600 });
    expect(rule('kipp-2020', 'Adaptabilitas')).toMatchObject({ maxWords: 400 });
    expect(rule('kipp-2020', 'Inspirasi')).toMatchObject({ section: 'replication', maxWords: 100 });
    expect(rule('kipp-2020', 'Proses Replikasi')).toMatchObject({ section: 'replication', maxWords: 200 });
    expect(rule('kipp-2020', 'Faktor Pembeda')).toMatchObject({ section: 'novelty', maxWords: 100 });
    expect(rule('iga-iid', 'Rancang bangun dan pokok perubahan yang dilakukan')).toMatchObject({
      section: 'design', section2: 'background', minWords: 300,
    });
    expect(rule('iga-iid', 'Hasil Inovasi')?.section).toBe('impact');
  });

  it('gives IGA its fact fields', () => {
    const sections = new Set(getProfile('iga-iid').sections.map((r) => r.section));
    for (const s of ['title', 'stage', 'initiator', 'kind', 'sector', 'dates', 'budget']) expect(sections).toContain(s);
  });

  it('gives the generic profile every canonical section', () => {
    const generic = getProfile('generic');
    expect(generic.sections).toBe(GENERIC_RULES);
    expect(new Set(generic.sections.map((r) => r.section))).toEqual(new Set(SECTION_KEYS));
  });
});
