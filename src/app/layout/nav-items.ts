import type { Role } from '../../domain/enums';
import { t } from '../../lib/i18n';

export interface NavItem {
  path: string;
  label: string;
  roles: readonly Role[];
}

const STAFF = ['admin', 'coordinator'] as const;

/** The screens of each role (ARCHITECTURE.md, Screens by role), in menu order. */
export const NAV_ITEMS: NavItem[] = [
  { path: '/tableau-de-bord', label: t.nav.dashboard, roles: STAFF },
  { path: '/a-faire', label: t.nav.tasks, roles: STAFF },
  { path: '/orientations', label: t.nav.referrals, roles: STAFF },
  { path: '/mentors', label: t.nav.mentors, roles: STAFF },
  { path: '/binomes', label: t.nav.mentorships, roles: STAFF },
  { path: '/appariement', label: t.nav.matching, roles: STAFF },
  { path: '/rapports', label: t.nav.reports, roles: STAFF },
  { path: '/utilisateurs', label: t.nav.users, roles: ['admin'] },
  { path: '/parametres', label: t.nav.settings, roles: ['admin'] },
  { path: '/journal', label: t.nav.audit, roles: ['admin'] },
  { path: '/donnees-personnelles', label: t.nav.personalData, roles: ['admin'] },
  { path: '/mes-binomes', label: t.nav.myPairs, roles: ['mentor'] },
  { path: '/profil', label: t.nav.profile, roles: ['mentor'] },
];

export const navFor = (role: Role) => NAV_ITEMS.filter((item) => item.roles.includes(role));

/** What the command palette offers beside people: the main actions, then every screen. */
export const paletteActions = (role: Role) => [
  ...(role === 'mentor'
    ? []
    : [
        { label: t.palette.newReferral, path: '/orientations/nouvelle' },
        { label: t.palette.newMentor, path: '/mentors/nouveau' },
        { label: t.palette.importMentors, path: '/mentors/import' },
      ]),
  ...navFor(role).map((item) => ({ label: t.palette.goTo(item.label), path: item.path })),
];
