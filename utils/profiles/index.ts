/**
 * The explicit, ordered registry of competition profiles. Order breaks ties when ranking (KIPP 2023 is the
 * default KIPP layout), and the generic profile comes last. A test checks that every file in this folder is
 * listed here.
 */
import type { Profile } from './define';
import generic from './generic';
import igaIid from './iga-iid';
import kipp2020 from './kipp-2020';
import kipp2023Umum from './kipp-2023-umum';
import kippKhusus from './kipp-khusus';

export const GENERIC_PROFILE_ID = 'generic';

export const PROFILES: readonly Profile[] = [kipp2023Umum, kippKhusus, kipp2020, igaIid, generic];

export function getProfile(id: string | null | undefined): Profile {
  return PROFILES.find((p) => p.id === id) ?? generic;
}
