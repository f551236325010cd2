/**
 * The meter beside each text field: which limits apply (and where each came from) and where the text stands.
 */
import type { SectionRule } from './profiles/define';
import type { ParsedLimits } from './text/limits';
import type { Counts, Limit, LimitSource, Limits, MeterState } from './types';

/** Warn from 90 % of a maximum: portals count differently (raw HTML, characters for "kata"). */
const NEAR = 0.9;

/**
 * Which character count a maxChars limit is checked against. A `maxlength` limit is enforced by the browser
 * on `value.length`, so `chars`; any other (page text, editor, profile) is checked by the portal after the
 * post, where each newline is CRLF, so `charsSubmitted` — the stricter of the two.
 */
function charsFor(counts: Counts, limit: Limit): number {
  return limit.source === 'maxlength' ? counts.chars : counts.charsSubmitted;
}

export function meterState(counts: Counts, limits: Limits): MeterState {
  if (counts.words === 0 && counts.chars === 0) return 'empty';
  const { minWords, maxWords, minChars, maxChars } = limits;
  const chars = maxChars ? charsFor(counts, maxChars) : 0;
  if ((maxWords && counts.words > maxWords.value) || (maxChars && chars > maxChars.value)) return 'over';
  if (
    (minWords && counts.words < minWords.value) ||
    (minChars && charsFor(counts, minChars) < minChars.value)
  ) {
    return 'below';
  }
  if ((maxWords && counts.words >= NEAR * maxWords.value) || (maxChars && chars >= NEAR * maxChars.value)) {
    return 'near';
  }
  return 'fine';
}

type Key = keyof Limits;
const KEYS: Key[] = ['minWords', 'maxWords', 'minChars', 'maxChars'];

const valid = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n) && n > 0;

/**
 * Merges limits per key with precedence page text > `maxlength`/`minlength` attribute > editor config >
 * profile: what the page says about itself beats what we know about the competition in general (limits
 * change from year to year and between regional copies). When sources contradict each other (a page minimum
 * above a profile maximum), the lower-precedence one is dropped.
 */
export function mergeLimits(
  page: ParsedLimits,
  maxlength: number | undefined,
  minlength: number | undefined,
  editor: ParsedLimits | undefined,
  rule: SectionRule | undefined,
): Limits {
  const layers: [LimitSource, ParsedLimits][] = [
    ['page', page],
    ['maxlength', { maxChars: maxlength, minChars: minlength }],
    ['editor', editor ?? {}],
    ['profile', rule ? { minWords: rule.minWords, maxWords: rule.maxWords, maxChars: rule.maxChars } : {}],
  ];
  const rank = (s: LimitSource) => layers.findIndex(([src]) => src === s);
  const out: Limits = {};
  for (const key of KEYS) {
    for (const [source, values] of layers) {
      const value = values[key];
      if (valid(value)) {
        out[key] = { value, source };
        break;
      }
    }
  }
  for (const [min, max] of [['minWords', 'maxWords'], ['minChars', 'maxChars']] as const) {
    const lo = out[min];
    const hi = out[max];
    if (lo && hi && lo.value > hi.value) delete out[rank(lo.source) <= rank(hi.source) ? max : min];
  }
  return out;
}
