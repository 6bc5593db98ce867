import type { Role } from './enums';

// What each role may do (DOMAIN.md, Who uses the back office). The association boundary is
// checked separately: another association's record is never found (404).

export const PERMISSIONS = {
  'referrals.read': ['admin', 'coordinator'],
  'referrals.write': ['admin', 'coordinator'],
  'mentors.read': ['admin', 'coordinator'],
  'mentors.write': ['admin', 'coordinator'],
  'mentorships.read': ['admin', 'coordinator', 'mentor'],
  'mentorships.write': ['admin', 'coordinator'],
  'meetings.log': ['admin', 'coordinator', 'mentor'],
  /** A mentor's own contact and availability, from "Mon profil". */
  'profile.mentor': ['mentor'],
  /** Difficulties mentors flag: for staff only (they may concern a minor's safety). */
  'concerns.manage': ['admin', 'coordinator'],
  'matching.use': ['admin', 'coordinator'],
  'dashboard.read': ['admin', 'coordinator'],
  'exports.run': ['admin', 'coordinator'],
  'users.manage': ['admin'],
  'settings.read': ['admin', 'coordinator'],
  'settings.manage': ['admin'],
  'audit.read': ['admin'],
  'personalData.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
