/**
 * A competition profile is data: one file per profile under utils/profiles/, each exporting one object built
 * with `defineProfile`, listed in the registry in ./index.ts. Limits and weights carry a year because they
 * change from year to year (see shared/domain/COMPETITIONS.md).
 */
import type { SectionKey } from '../types';

export interface SectionRule {
  section: SectionKey;
  /** A second canonical section the same box covers (e.g. KIPP 2023 "Latar Belakang dan Tujuan" → goal). */
  section2?: SectionKey;
  /** Label variants as this competition's forms word them (matched after normalisation). */
  labels: string[];
  minWords?: number;
  maxWords?: number;
  maxChars?: number;
  /** Weight in the rubric, in percent, where known. */
  weight?: number;
  /** What the evaluators look for, in Indonesian (used by rubric checks and AI prompts). */
  criterion?: string;
}

export interface Profile {
  id: string;
  /** Name shown to the user. */
  name: string;
  competition: 'KIPP' | 'IGA' | 'generic';
  year?: number;
  /** Host names (or suffixes starting with '.') that hint at this profile. */
  hosts: string[];
  sections: SectionRule[];
}

export function defineProfile<const P extends Profile>(profile: P): P {
  return profile;
}
