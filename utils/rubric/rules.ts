/**
 * Which evidence each section should show, per competition profile: data, not branches. Taken from what the
 * evaluators look for (shared/domain/COMPETITIONS.md and each profile's `criterion`). A message names what is
 * missing in one sentence; `{label}` is the field's label as the page words it.
 */
import type { SectionKey } from '../types';
import { EVIDENCE, type EvidenceId } from './evidence';
import type { RubricField } from './blocking';

export interface RubricMessage {
  id: string;
  en: string;
}
export interface RubricRule {
  section: SectionKey;
  check: EvidenceId;
  message: RubricMessage;
}
export interface Finding {
  key: string;
  section: SectionKey;
  check: EvidenceId;
  ok: boolean;
  /** What is (or would be) missing, in Indonesian, naming the field. */
  message: string;
  found?: string;
}

/** Default wording per check; a rule may word it for its section. */
const MISSING: Record<EvidenceId, RubricMessage> = {
  numbers: { id: '«{label}» belum memuat angka dengan satuan (mis. 14 hari, 1.250 warga, 35%).', en: '"{label}" has no figures with units (e.g. 14 days, 1,250 residents, 35%).' },
  people: { id: '«{label}» belum menyebut jumlah orang yang terlibat (mis. 12 orang petugas).', en: '"{label}" does not say how many people are involved (e.g. 12 staff).' },
  'measurable-target': { id: '«{label}» belum menyebut tujuan dengan target terukur (mis. waktu layanan menjadi paling lama 2 hari).', en: '"{label}" states no measurable target (e.g. service time down to 2 days at most).' },
  'before-after': { id: '«{label}» belum membandingkan kondisi sebelum dan sesudah inovasi (mis. dari 14 hari menjadi 2 hari).', en: '"{label}" does not compare before and after the innovation (e.g. from 14 days to 2 days).' },
  'baseline-year': { id: '«{label}» belum menyebut tahun kondisi awal (mis. pada tahun 2021, sejak 2022).', en: '"{label}" gives no baseline year (e.g. in 2021, since 2022).' },
  'target-group': { id: '«{label}» belum menyebut kelompok sasaran secara spesifik (mis. pelaku UMKM, lansia, 1.250 warga Kelurahan Siantan).', en: '"{label}" does not name a specific target group (e.g. small businesses, the elderly, 1,250 residents of a named district).' },
  measurement: { id: '«{label}» belum menjelaskan cara dampak diukur (mis. survei IKM, laporan evaluasi, data dari aplikasi).', en: '"{label}" does not say how impact was measured (e.g. satisfaction survey, evaluation report, data from the app).' },
  'legal-basis': { id: '«{label}» belum menyebut dasar hukum (mis. Perwali/Perbup/SK Kepala Dinas beserta nomornya).', en: '"{label}" names no legal basis (e.g. a mayor\'s regulation or decree with its number).' },
  sop: { id: '«{label}» belum menyebut SOP atau standar pelayanan.', en: '"{label}" mentions no SOP or service standard.' },
  'stakeholder-roles': { id: '«{label}» belum menyebut minimal dua jenis pemangku kepentingan beserta perannya (mis. dinas menyediakan…, universitas mendampingi…).', en: '"{label}" does not name at least two kinds of stakeholders with their roles.' },
  'replicated-by': { id: '«{label}» belum menyebut instansi yang sudah mereplikasi (mis. direplikasi oleh Kabupaten Kubu Raya).', en: '"{label}" names no institution that has replicated the innovation.' },
  replicable: { id: '«{label}» belum menjelaskan replikasi atau potensi replikasinya.', en: '"{label}" says nothing of replication or its potential.' },
  'budget-source': { id: '«{label}» belum menyebut sumber anggaran (mis. APBD, dana desa, CSR, swadaya).', en: '"{label}" names no budget source (e.g. regional budget, village fund, CSR).' },
  stages: { id: '«{label}» belum menjelaskan tahapan dan waktunya (mis. tahap 1 Januari 2023: uji coba).', en: '"{label}" gives no stages or dates (e.g. stage 1, January 2023: trial).' },
  problem: { id: '«{label}» belum menyebut permasalahan yang diselesaikan.', en: '"{label}" does not state the problem being solved.' },
  'strategic-issue': { id: '«{label}» belum mengaitkan inovasi dengan isu strategis (mis. RPJMD, prioritas daerah).', en: '"{label}" does not link the innovation to a strategic issue.' },
  method: { id: '«{label}» belum menjelaskan metode pembaharuan (metode, mekanisme, input–proses–output).', en: '"{label}" does not explain the method (method, mechanism, input–process–output).' },
  novelty: { id: '«{label}» belum menyebut keunggulan atau kebaruan inovasi.', en: '"{label}" does not state what is new or better.' },
};

/** A rule with the default message for its check, or a section-specific one. */
const rule = (section: SectionKey, check: EvidenceId, message: RubricMessage = MISSING[check]): RubricRule => ({ section, check, message });
const rules = (section: SectionKey, checks: EvidenceId[]) => checks.map((c) => rule(section, c));

const REPLICATED = rules('replication', ['replicated-by']);
const IMPACT = rules('impact', ['before-after', 'numbers', 'measurement']);
const RESOURCES = rules('resources', ['budget-source', 'people']);
const SUSTAINABILITY = rules('sustainability', ['legal-basis', 'sop', 'stakeholder-roles']);

export const RUBRIC_RULES: Readonly<Record<string, readonly RubricRule[]>> = {
  'kipp-2023-umum': [
    ...rules('background', ['target-group', 'baseline-year', 'numbers']),
    ...rules('goal', ['measurable-target']),
    ...rules('novelty', ['novelty']),
    ...rules('implementation', ['stages']),
    ...IMPACT,
    ...REPLICATED,
    ...RESOURCES,
    ...SUSTAINABILITY,
  ],
  'kipp-khusus': [
    ...rules('background', ['target-group', 'problem']),
    // Judged against the innovation as it was when it won.
    rule('novelty', 'before-after', { id: '«{label}» belum membandingkan inovasi sekarang dengan saat menang (mis. dari 3 layanan menjadi 12 layanan).', en: '"{label}" does not compare the innovation now with when it won.' }),
    ...rules('novelty', ['baseline-year']),
    ...rules('impact', ['before-after', 'numbers', 'measurement']),
    ...REPLICATED,
    ...RESOURCES,
    ...SUSTAINABILITY,
    ...rules('monitoring', ['measurement', 'numbers']),
  ],
  'kipp-2020': [
    // "Ide Inovatif" holds background, goal and novelty in one box (novelty + background); "Faktor Pembeda"
    // is novelty alone, so the background checks reach only "Ide Inovatif".
    ...rules('novelty', ['novelty']),
    ...rules('background', ['problem', 'target-group']),
    ...IMPACT,
    ...REPLICATED,
    ...rules('sustainability', ['legal-basis', 'sop']),
    ...rules('collaboration', ['stakeholder-roles']),
  ],
  'iga-iid': [
    // The parts a Kemendagri speaker listed for "Rancang bangun"; its 300-word minimum is a blocking check.
    ...rules('design', ['legal-basis', 'problem', 'strategic-issue', 'method', 'novelty', 'stages']),
    ...rules('goal', ['measurable-target']),
    // Kemanfaatan is scored by the number of beneficiaries (1–200 / 201–500 / ≥501).
    ...rules('benefit', ['target-group', 'people']),
    ...IMPACT,
  ],
  // The five criteria judges name: kebaruan, efektif, bermanfaat, dapat direplikasi, berkelanjutan.
  generic: [
    ...rules('novelty', ['novelty']),
    ...rules('impact', ['numbers', 'before-after']),
    ...rules('benefit', ['target-group']),
    ...rules('replication', ['replicable']),
    ...rules('sustainability', ['legal-basis', 'sop']),
  ],
};

/**
 * Checks each prose field against the rules of its section and its second section, once per check. Empty
 * fields and facts are skipped: the blocking check already reports an empty required field, and a list of
 * everything an empty box lacks says nothing new.
 */
export function evidenceFindings(profileId: string, fields: RubricField[]): Finding[] {
  const profileRules = RUBRIC_RULES[profileId] ?? RUBRIC_RULES.generic ?? [];
  const out: Finding[] = [];
  for (const f of fields) {
    if (f.fact || f.text.trim() === '') continue;
    const seen = new Set<EvidenceId>();
    for (const r of profileRules) {
      if ((r.section !== f.section && r.section !== f.section2) || seen.has(r.check)) continue;
      seen.add(r.check);
      const evidence = EVIDENCE[r.check](f.text);
      out.push({
        key: f.key,
        section: r.section,
        check: r.check,
        ok: evidence.found,
        message: r.message.id.replaceAll('{label}', f.label.trim()),
        ...(evidence.snippet ? { found: evidence.snippet } : {}),
      });
    }
  }
  return out;
}
