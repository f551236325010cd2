/**
 * "Periksa sebelum kirim" without the AI: blocking problems first, then per competition criterion the
 * evidence the sections show, as a share of the checks that found what evaluators look for. The share is
 * evidence coverage, not the judges' score: the view says so.
 */
import type { Profile } from '../profiles/define';
import type { SectionKey } from '../types';
import { blockingProblems, isSevere, type Blocking, type RubricField, type SavedProposal } from './blocking';
import { evidenceFindings, type Finding } from './rules';

export interface CriterionBar {
  section: SectionKey;
  /** The competition's name for it (the profile's first label). */
  name: string;
  /** Official weight in percent, where the competition publishes one. */
  weight?: number;
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
}

/** The generic table's variants are written normalised ("manfaat"): capitalised for the bar. */
const displayName = (label: string) => (label === label.toLowerCase() ? label.charAt(0).toUpperCase() + label.slice(1) : label);

export function rubricReport(profile: Profile, fields: RubricField[], saved: SavedProposal[] = []): RubricReport {
  const blocking = blockingProblems(fields, { saved });
  const findings = evidenceFindings(profile.id, fields);
  const seen = new Set<SectionKey>();
  const criteria: CriterionBar[] = [];
  for (const rule of profile.sections) {
    if (seen.has(rule.section) || ['title', 'other', 'stage', 'initiator', 'kind', 'sector', 'dates', 'budget'].includes(rule.section)) continue;
    // Sections the form has, or that the competition weighs: a weighted criterion with no field still shows (0).
    const onForm = fields.some((f) => !f.fact && (f.section === rule.section || f.section2 === rule.section));
    if (!onForm && rule.weight === undefined) continue;
    seen.add(rule.section);
    const mine = findings.filter((x) => x.section === rule.section);
    const found = mine.filter((x) => x.ok).length;
    criteria.push({
      section: rule.section, name: displayName(rule.labels[0] ?? rule.section), ...(rule.weight !== undefined ? { weight: rule.weight } : {}),
      checks: mine.length, found, score: mine.length ? Math.round((100 * found) / mine.length) : 0,
    });
  }
  return { profileId: profile.id, blocking, severe: blocking.filter((b) => isSevere(b.kind)).length, findings, criteria };
}

export interface ReportWords {
  title: string;
  blocking: string;
  none: string;
  findings: string;
  criteria: string;
  note: string;
  /** Criterion, weight, evidence, evidence score. */
  columns: [string, string, string, string];
  /** One line per blocking problem and per missing finding, already in the user's language. */
  blockingLines: string[];
  findingLines: string[];
}

/** The one-page report as Markdown, to share with a mentor at the clinic. */
export function reportMarkdown(r: RubricReport, w: ReportWords): string {
  const list = (lines: string[]) => (lines.length ? lines.map((l) => `- ${l.replace(/\n/g, ' ')}`).join('\n') : `_${w.none}_`);
  const bars = r.criteria.map((c) => `| ${c.name.replace(/\|/g, '\\|')} | ${c.weight ?? '—'} | ${c.found}/${c.checks} | ${c.score} |`);
  return [
    `# ${w.title}`, '', `## ${w.blocking}`, '', list(w.blockingLines), '', `## ${w.findings}`, '', list(w.findingLines), '',
    `## ${w.criteria}`, '', `| ${w.columns.join(' | ')} |`, '|---|---|---|---|', ...bars, '', `_${w.note}_`, '',
  ].join('\n');
}
