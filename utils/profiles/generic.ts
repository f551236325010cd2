/** The fallback profile: every canonical section with its generic label variants, no limits, no host. */
import { GENERIC_RULES } from '../sections';
import { defineProfile } from './define';

export default defineProfile({
  id: 'generic',
  name: 'Umum (tanpa profil kompetisi)',
  competition: 'generic',
  hosts: [],
  sections: GENERIC_RULES,
});
