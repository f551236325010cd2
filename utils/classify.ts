/**
 * Maps a field label to a canonical section, and ranks competition profiles by how well a form's labels fit.
 *
 * Scoring is by tokens of the normalised label against each variant ("phrase") of a rule:
 * - the label equals the phrase → 1;
 * - all of the phrase's words are in the label → precision of the match, m / (m + ½·unmatched), times 0.95,
 *   so "Jelaskan latar belakang dan tujuan inovasi Anda" still fits "latar belakang dan tujuan" best and a
 *   longer variant beats a shorter one it contains ("cara kerja inovasi" over "cara kerja");
 * - only some of the phrase's words → heavily discounted (unknown variants still land somewhere sensible).
 * Instruction words ("jelaskan", "anda", "the") weigh nothing and filler ("inovasi", "daerah") a little, since
 * forms sprinkle them everywhere.
 */
import { memoByText } from './memo';
import { GENERIC_PROFILE_ID, PROFILES } from './profiles';
import type { Profile, SectionRule } from './profiles/define';
import { GENERIC_RULES } from './sections';
import { normalizeLabel } from './text/normalize';
import { FACT_SECTIONS, type SectionKey } from './types';

const STOP = new Set(
  ('dan yang di ke dari untuk pada dalam dengan terhadap atau serta ini itu tersebut anda kami jelaskan uraikan ' +
    'tuliskan sebutkan deskripsikan ceritakan isikan isi silakan mohon bagaimana apa apakah siapa kapan mengapa ' +
    'the of and a an to for in on your our please describe explain what how is it are was by with').split(' '),
);
const FILLER = new Set(['inovasi', 'innovation', 'daerah', 'program', 'kegiatan', 'proposal']);
const weight = (t: string) => (STOP.has(t) ? 0 : FILLER.has(t) ? 0.3 : 1);

/** Below this a label is 'other'. */
const MIN_SCORE = 0.3;

interface Prepared {
  full: string;
  toks: Set<string>;
  /** Sum of token weights. */
  w: number;
}

const prepare = memoByText(prepareUncached);

function prepareUncached(text: string): Prepared {
  const full = normalizeLabel(text);
  const toks = new Set(full.split(' ').filter((t) => weight(t) > 0));
  let w = 0;
  for (const t of toks) w += weight(t);
  return { full, toks, w };
}

const phraseCache = new WeakMap<SectionRule, Prepared[]>();
function phrases(rule: SectionRule): Prepared[] {
  let p = phraseCache.get(rule);
  if (!p) phraseCache.set(rule, (p = rule.labels.map((l) => prepare(l)).filter((x) => x.w > 0)));
  return p;
}

function scorePhrase(label: Prepared, phrase: Prepared): number {
  if (label.full === phrase.full) return 1;
  let m = 0;
  let strong = false;
  for (const t of phrase.toks) {
    if (label.toks.has(t)) {
      const w = weight(t);
      m += w;
      strong ||= w === 1;
    }
  }
  if (!strong) return 0;
  const precision = m / (m + 0.5 * (label.w - m));
  const recall = m / phrase.w;
  return recall >= 1 ? 0.95 * precision : 0.5 * recall * precision;
}

interface Match {
  rule?: SectionRule;
  score: number;
}

const isFact = (s: SectionKey) => (FACT_SECTIONS as readonly string[]).includes(s);

/** Forms repeat labels and every scan asks again: memoised per rule table, label and kind. */
const bestCache = new WeakMap<readonly SectionRule[], Map<string, Match>>();

function bestRule(label: Prepared, rules: readonly SectionRule[], fact?: boolean): Match {
  let cache = bestCache.get(rules);
  if (!cache) bestCache.set(rules, (cache = new Map()));
  const key = `${fact ? 1 : 0}${label.full}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = scoreRules(label, rules, fact);
    if (cache.size > 2000) cache.clear();
    cache.set(key, hit);
  }
  return hit;
}

function scoreRules(label: Prepared, rules: readonly SectionRule[], fact?: boolean): Match {
  let best: Match = { score: 0 };
  for (const rule of rules) {
    // A select, radio, date or upload is far more likely a fact than an essay.
    const factor = fact && !isFact(rule.section) ? 0.5 : 1;
    for (const p of phrases(rule)) {
      const score = scorePhrase(label, p) * factor;
      if (score > best.score) best = { rule, score };
    }
  }
  return best;
}

export interface Classification {
  section: SectionKey;
  section2?: SectionKey;
  /** The profile's rule for this field (its limits, weight, criterion), when the profile has one. */
  rule?: SectionRule;
  /** 0…1; 1 is an exact variant. */
  score: number;
}

function classifyPrepared(label: Prepared, profile: Profile | undefined, fact?: boolean): Classification {
  const generic = bestRule(label, GENERIC_RULES, fact);
  const own = profile && profile.id !== GENERIC_PROFILE_ID ? bestRule(label, profile.sections, fact) : undefined;
  // The profile's own wording wins when it fits well and about as well as the generic table.
  if (own?.rule && own.score >= 0.5 && own.score >= generic.score - 0.1) {
    const { section, section2 } = own.rule;
    return { section, ...(section2 ? { section2 } : {}), rule: own.rule, score: own.score };
  }
  if (!generic.rule || generic.score < MIN_SCORE) return { section: 'other', score: generic.score };
  const { section, section2 } = generic.rule;
  // Worded differently from the profile but the same section: the profile's limits still apply.
  const rule = profile && profile.id !== GENERIC_PROFILE_ID ? ruleFor(profile, section, label) : undefined;
  const second = section2 ?? rule?.section2;
  return { section, ...(second ? { section2: second } : {}), ...(rule ? { rule } : {}), score: generic.score };
}

function ruleFor(profile: Profile, section: SectionKey, label: Prepared): SectionRule | undefined {
  const same = profile.sections.filter((r) => r.section === section);
  return same.length > 1 ? (bestRule(label, same).rule ?? same[0]) : same[0];
}

export function classifyLabel(
  label: string,
  opts: { help?: string; profile?: Profile; fact?: boolean } = {},
): Classification {
  const result = classifyPrepared(prepare(label), opts.profile, opts.fact);
  // A bare "Deskripsi" or "Uraian" says little; the help text under it often names the section.
  if (result.score < 0.5 && opts.help) {
    const fromHelp = classifyPrepared(prepare(opts.help), opts.profile, opts.fact);
    if (fromHelp.section !== 'other' && fromHelp.score * 0.8 > result.score) {
      return { ...fromHelp, score: fromHelp.score * 0.8 };
    }
  }
  return result;
}

/**
 * A form that asks for proposal sections this competition does not have is probably another competition's
 * (a city form with "Nama Inovasi" and "Manfaat" is not IGA just because IGA uses those words too).
 */
const FOREIGN_PENALTY = 1;
/** Facts (stage, kind, dates…) are on every competition's form: they tell competitions apart less than prose. */
const FACT_FIT = 0.5;
const proseCache = new Map<string, boolean>();
function isProposalSection(label: Prepared): boolean {
  let v = proseCache.get(label.full);
  if (v === undefined) {
    const g = bestRule(label, GENERIC_RULES);
    v = !!g.rule && g.score >= FIT_MIN && !isFact(g.rule.section) && g.rule.section !== 'other';
    proseCache.set(label.full, v);
  }
  return v;
}

/** Only confident matches count towards a profile's fit. */
const FIT_MIN = 0.6;
/** A host hint is worth two matching fields: enough to break ties, never to beat a clearly better fit. */
const HOST_BONUS = 2;
/** The generic profile's score: a profile needs about three of its own fields (or one plus its host) to beat it. */
const GENERIC_BASELINE = 2.5;

export function hostMatches(profile: Profile, host: string): boolean {
  const h = host.toLowerCase().replace(/:\d+$/, '').replace(/^www\./, '');
  return profile.hosts.some((p) => (p.startsWith('.') ? h.endsWith(p) || h === p.slice(1) : h === p));
}

/**
 * Profiles best first, scored as (sum over the profile's rules of the best confident match among the labels,
 * facts at half weight) − (one per proposal section the profile does not have) + a host bonus. Each rule counts once, so a form repeating "Ringkasan" does not inflate a profile. The
 * generic profile is always present at a fixed baseline. Ties keep registry order (KIPP 2023 is the default).
 */
export function rankProfiles(host: string, labels: string[]): { id: string; score: number }[] {
  const prepared = [...new Set(labels)].map((l) => prepare(l)).filter((l) => l.w > 0);
  const ranked = PROFILES.map((profile) => {
    if (profile.id === GENERIC_PROFILE_ID) return { id: profile.id, score: GENERIC_BASELINE };
    const perRule = new Map<SectionRule, number>();
    let foreign = 0;
    for (const label of prepared) {
      const { rule, score } = bestRule(label, profile.sections);
      if (rule && score >= FIT_MIN) perRule.set(rule, Math.max(score, perRule.get(rule) ?? 0));
      else if (isProposalSection(label)) foreign++;
    }
    let fit = 0;
    for (const [rule, s] of perRule) fit += isFact(rule.section) ? FACT_FIT * s : s;
    const score = fit - FOREIGN_PENALTY * foreign + (hostMatches(profile, host) ? HOST_BONUS : 0);
    return { id: profile.id, score: Math.round(score * 100) / 100 };
  });
  return ranked.sort((a, b) => b.score - a.score);
}
