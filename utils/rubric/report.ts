/**
 * "Periksa sebelum kirim" without the AI: blocking problems first, then per competition criterion the
 * evidence the sections show, as a share of the checks that found what evaluators look for. The share is
 * evidence coverage, not the judges' score: the view says so.
 */
import type { Profile } from '../profiles/define';
import type { SectionKey } from '../types';
import { blockingProblems, isSevere, type Blocking, type RubricField, type SavedProposal } from './blocking';
import { evidenceFindings, type Finding } from './rules';
import { igaHints, type IgaHint } from './iga-indicators';
import type { Review } from './review';

export interface CriterionBar {
  /** The criterion's own section (its id: `data-criterion`). */
  section: SectionKey;
  /** The competition's name for it (the profile's first label; for the generic profile, the judges' word). */
  name: string;
  /** Weight in percent: the official one where the competition publishes weights, else an equal share. */
  weight: number;
  /** Whether `weight` is published by the competition (false: an equal share, said so on screen). */
  official: boolean;
  /** What the evaluators look for (the profile's criterion text): what the AI review scores against. */
  look: string;
  /** Sections whose fields this criterion reads (its own first); "Perbaiki" opens the first one on the form. */
  sections: SectionKey[];
  checks: number;
  found: number;
  /** 0–100: the share of this criterion's checks that found their evidence (no checks, no field: 0). */
  score: number;
}

export interface RubricReport {
  profileId: string;
  blocking: Blocking[];
  /** Problems the portal or the judges would reject for (not the near-limit warnings). */
  severe: number;
  findings: Finding[];
  criteria: CriterionBar[];
  /** IGA only: the indicator parameters the text gives away (a reminder beside the evidence checklist). */
  indicators?: IgaHint[];
}

/** The generic table's variants are written normalised ("manfaat"): capitalised for the bar. */
const displayName = (label: string) => (label === label.toLowerCase() ? label.charAt(0).toUpperCase() + label.slice(1) : label);

const FACT_LIKE: readonly SectionKey[] = ['title', 'other', 'stage', 'initiator', 'kind', 'sector', 'dates', 'budget'];

/**
 * The five criteria judges name (COMPETITIONS.md), for forms no competition profile fits — a city's own
 * competition, say. Each reads the sections where that quality shows.
 */
const JUDGES: ReadonlyArray<{ section: SectionKey; name: string; sections: SectionKey[]; look: string }> = [
  { section: 'novelty', name: 'Kebaruan', sections: ['novelty', 'design', 'background'], look: 'Apa yang baru atau berbeda dibandingkan cara sebelumnya dan inovasi sejenis; nilai tambahnya.' },
  { section: 'impact', name: 'Efektif', sections: ['impact', 'implementation', 'goal'], look: 'Apakah masalah benar-benar teratasi: hasil terukur, perbandingan sebelum dan sesudah, cara mengukurnya.' },
  { section: 'benefit', name: 'Bermanfaat', sections: ['benefit', 'impact', 'background'], look: 'Siapa yang merasakan manfaat dan berapa banyak; manfaat nyata bagi masyarakat atau pemerintah.' },
  { section: 'replication', name: 'Dapat direplikasi', sections: ['replication'], look: 'Sudah atau dapat ditiru instansi lain; prasyarat dan biaya replikasi; masalah serupa di tempat lain.' },
  { section: 'sustainability', name: 'Berkelanjutan', sections: ['sustainability', 'resources', 'collaboration', 'monitoring'], look: 'Dasar hukum, SOP, anggaran, SDM, dan peran pemangku kepentingan yang menjaga inovasi tetap berjalan.' },
];

type Criterion = Omit<CriterionBar, 'checks' | 'found' | 'score'>;

/** The criteria a proposal is judged on, for this profile and form, with their weights. */
export function criteriaFor(profile: Profile, fields: ReadonlyArray<Pick<RubricField, 'section' | 'section2' | 'fact'>>): Criterion[] {
  let list: Array<Omit<Criterion, 'weight' | 'official'> & { weight?: number }>;
  if (profile.competition === 'generic') {
    list = JUDGES.map((j) => ({ ...j, sections: [...j.sections] }));
  } else {
    list = [];
    const seen = new Set<SectionKey>();
    for (const rule of profile.sections) {
      if (seen.has(rule.section) || FACT_LIKE.includes(rule.section)) continue;
      // Sections the form has, or that the competition weighs: a weighted criterion with no field still shows (0).
      const onForm = fields.some((f) => !f.fact && (f.section === rule.section || f.section2 === rule.section));
      if (!onForm && rule.weight === undefined) continue;
      seen.add(rule.section);
      const sections = [rule.section, ...profile.sections.filter((r) => r.section2 === rule.section).map((r) => r.section)];
      list.push({
        section: rule.section, name: displayName(rule.labels[0] ?? rule.section), ...(rule.weight !== undefined ? { weight: rule.weight } : {}),
        look: profile.sections.find((r) => r.section === rule.section && r.criterion)?.criterion ?? '', sections: [...new Set(sections)],
      });
    }
  }
  const official = list.some((c) => c.weight !== undefined);
  const share = list.length ? Math.round((1000 / list.length)) / 10 : 0;
  return list.map((c) => ({ ...c, weight: official ? (c.weight ?? 0) : share, official }));
}

export function rubricReport(profile: Profile, fields: RubricField[], saved: SavedProposal[] = []): RubricReport {
  const blocking = blockingProblems(fields, { saved });
  const findings = evidenceFindings(profile.id, fields);
  const criteria = criteriaFor(profile, fields).map((c): CriterionBar => {
    const mine = findings.filter((x) => x.section === c.section);
    const found = mine.filter((x) => x.ok).length;
    return { ...c, checks: mine.length, found, score: mine.length ? Math.round((100 * found) / mine.length) : 0 };
  });
  const indicators = profile.id === 'iga-iid' ? { indicators: igaHints(fields.filter((f) => !f.fact).map((f) => f.text)) } : {};
  return { profileId: profile.id, blocking, severe: blocking.filter((b) => isSevere(b.kind)).length, findings, criteria, ...indicators };
}

export interface ReportWords {
  title: string;
  blocking: string;
  none: string;
  findings: string;
  criteria: string;
  note: string;
  /** Criterion, weight, evidence, evidence score, AI score. */
  columns: [string, string, string, string, string];
  /** One line per blocking problem and per missing finding, already in the user's language. */
  blockingLines: string[];
  findingLines: string[];
  /** With an AI review: the total line, the review's note, and the headings of its three parts. */
  review?: { total: string; note: string; strengths: string; gap: string; suggestion: string; summary: string };
  /** Equal weights: said under the table. */
  equalWeights?: string;
  /** IGA: the evidence checklist, already as Markdown. */
  checklist?: { title: string; markdown: string };
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The one-page report as Markdown, to share with a mentor at the clinic. */
export function reportMarkdown(r: RubricReport, w: ReportWords, review?: Review | null): string {
  const list = (lines: string[]) => (lines.length ? lines.map((l) => `- ${l.replace(/\n/g, ' ')}`).join('\n') : `_${w.none}_`);
  const scoreOf = (c: CriterionBar) => review?.criteria.find((x) => x.section === c.section);
  const bars = r.criteria.map((c) => `| ${cell(c.name)} | ${c.official ? '' : '≈'}${c.weight} | ${c.found}/${c.checks} | ${c.score} | ${scoreOf(c)?.score ?? '—'} |`);
  const out = [`# ${w.title}`, ''];
  if (review && w.review) out.push(`**${w.review.total}**`, '');
  out.push(`## ${w.blocking}`, '', list(w.blockingLines), '', `## ${w.findings}`, '', list(w.findingLines), '',
    `## ${w.criteria}`, '', `| ${w.columns.join(' | ')} |`, '|---|---|---|---|---|', ...bars, '');
  if (w.equalWeights) out.push(`_${w.equalWeights}_`, '');
  if (review && w.review) {
    for (const c of r.criteria) {
      const s = scoreOf(c);
      if (!s) continue;
      out.push(`### ${c.name}: ${s.score}/100`, '', `- **${w.review.strengths}:** ${s.strengths}`, `- **${w.review.gap}:** ${s.gap}`, `- **${w.review.suggestion}:** ${s.suggestion}`, '');
    }
    if (review.summary) out.push(`**${w.review.summary}** ${review.summary}`, '');
    out.push(`_${w.review.note}_`, '');
  }
  out.push(`_${w.note}_`, '');
  if (w.checklist) out.push(`## ${w.checklist.title}`, '', w.checklist.markdown, '');
  return out.join('\n');
}
