/**
 * Detection: a pure function of a document and its URL that lists the proposal form's fields in page order,
 * classified to canonical sections with their limits and current counts. Testable on a saved page.
 */
import { memoByText } from '../memo';
import { classifyLabel, rankProfiles } from '../classify';
import { mergeLimits } from '../meter';
import { getProfile } from '../profiles';
import type { Profile } from '../profiles/define';
import { countText } from '../text/count';
import { parseLimits, type ParsedLimits } from '../text/limits';
import type { Counts, FieldInfo, FormSnapshot } from '../types';
import { findCandidates, type Candidate } from './candidates';
import { hash } from './dom';
import { formKeyOf } from './form-key';
import { beginScan, counterLimitText, helpOf, questionOf } from './question';
import { readFact, readText } from './read';
import { collectRoots } from './roots';

/** More than this many fields is not a proposal form anyone writes by hand; list these and say so. */
export const FIELD_CAP = 300;
/** A captcha box is often only recognisable by its question ("Kode Verifikasi", "Ketik kode di atas"). */
const CAPTCHA_LABEL = /captcha|kode (verifikasi|keamanan|pada gambar|di atas)|security code|verification code|ketik kode/i;
const ZERO: Counts = { words: 0, chars: 0, charsSubmitted: 0 };

export interface ScanOptions {
  /** A profile the user picked; otherwise the best fit is used. */
  profileId?: string | null;
  /** Limits read from editor configurations (by control name or id), through the main-world bridge. */
  editorLimits?: Map<string, ParsedLimits>;
  cap?: number;
}

export interface ScanResult {
  snapshot: FormSnapshot | null;
  /** The live elements behind each listed field, by key. */
  handles: Map<string, Candidate>;
}

interface Described {
  c: Candidate;
  label: string;
  help: string;
  /** Guidance and limit-only labels around the question (see questionOf): read for limits. */
  guide: string;
}

function keyBase(c: Candidate): string | null {
  const ctl = c.control ?? c.editable;
  return ctl.getAttribute('name') || ctl.id || c.editable.id || null;
}

/** Keys that survive re-renders: the submitted name or id; else label plus its ordinal among equals. */
function assignKeys(items: Described[]): string[] {
  const seen = new Map<string, number>();
  return items.map(({ c, label }) => {
    const base = keyBase(c) ?? `h:${hash(label.toLowerCase())}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

function describe(d: Described, key: string, profile: Profile, opts: ScanOptions): FieldInfo {
  const { c, label, help, guide } = d;
  const cls = classifyLabel(label, { help, profile, fact: c.fact });
  const field: FieldInfo = {
    key, label, help, section: cls.section, kind: c.kind, fact: c.fact, limits: {}, counts: ZERO,
  };
  if (cls.section2) field.section2 = cls.section2;
  if (c.fact) {
    field.value = readFact(c).slice(0, 200);
    return field;
  }
  const ctl = (c.control ?? c.editable) as HTMLInputElement;
  const attr = (name: string): number | undefined => {
    const v = Number(c.editable.getAttribute(name) ?? ctl.getAttribute?.(name));
    return Number.isFinite(v) && v > 0 ? v : undefined;
  };
  const editor = opts.editorLimits?.get(ctl.getAttribute?.('name') ?? '') ?? opts.editorLimits?.get(ctl.id);
  field.limits = mergeLimits(limitsIn(`${label} ${guide} ${help} ${counterLimitText(c)}`), attr('maxlength'), attr('minlength'), editor, cls.rule);
  field.counts = countText(readText(c));
  return field;
}

/** Every rescan reads the same labels again: the limits they state are kept (read-only). */
const limitsIn = memoByText(parseLimits);

/** Top-level order across roots: the host in the top document, then position inside the root. */
function ordered(doc: Document): { list: Candidate[]; skippedFrames: number } {
  const { roots, skippedFrames } = collectRoots(doc);
  // One root's candidates are in page order already (comparing far-apart positions is costly).
  if (roots.length === 1) return { list: findCandidates(roots[0]!.node), skippedFrames };
  const tagged: { c: Candidate; top: Element; i: number }[] = [];
  for (const root of roots) {
    findCandidates(root.node).forEach((c, i) => tagged.push({ c, top: root.host ?? c.anchor, i }));
  }
  tagged.sort((a, b) => {
    if (a.top === b.top) return a.i - b.i;
    return a.top.compareDocumentPosition(b.top) & 4 ? -1 : 1;
  });
  return { list: tagged.map((t) => t.c), skippedFrames };
}

/** A page holds a proposal form when it has a long-answer box or a field that asks a proposal question. */
function isProposalForm(fields: FieldInfo[]): boolean {
  return fields.some((f) => !f.fact && (f.kind !== 'input' || f.section !== 'other'));
}

export function scanPage(doc: Document, url: string, opts: ScanOptions = {}): ScanResult {
  beginScan();
  const { list, skippedFrames } = ordered(doc);
  const cap = opts.cap ?? FIELD_CAP;
  const shown = list.slice(0, cap);
  const described: Described[] = shown
    .map((c) => {
      const q = questionOf(c);
      // Guidance inside the question's label is the only help some portals give.
      return { c, label: q.text, help: helpOf(c) || q.guide, guide: q.guide };
    })
    .filter((d) => !(d.c.kind === 'input' && CAPTCHA_LABEL.test(d.label)));
  const host = safeHost(url);
  const profileScores = rankProfiles(host, described.filter((d) => !d.c.fact || d.label).map((d) => d.label));
  const chosen = opts.profileId ? getProfile(opts.profileId) : null;
  const profile = chosen ?? getProfile(profileScores[0]?.id ?? 'generic');
  const keys = assignKeys(described);
  const handles = new Map<string, Candidate>();
  const fields = described.map((d, i) => {
    handles.set(keys[i]!, d.c);
    return describe(d, keys[i]!, profile, opts);
  });
  if (!isProposalForm(fields)) return { snapshot: null, handles: new Map() };
  const snapshot: FormSnapshot = {
    url, formKey: formKeyOf(url), loadedAt: Math.round(doc.defaultView?.performance.timeOrigin ?? 0),
    title: doc.title, profileId: profile.id, profileScores, profileChosen: !!chosen, fields, skippedFrames,
  };
  if (list.length > cap) snapshot.truncated = { total: list.length, shown: cap };
  return { snapshot, handles };
}

/** Counts of one listed field, for live meters. */
export function countsOf(c: Candidate): Counts {
  return c.fact ? ZERO : countText(readText(c));
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
