import { fail } from './problem';
import { MentorshipListQuery, ReferralListQuery, searchParamsToObject } from './queries';

export type SavedViewFilters =
  | { resource: 'referrals'; query: ReferralListQuery }
  | { resource: 'mentorships'; query: MentorshipListQuery };

/**
 * The filters a saved view keeps, checked as its list would read them. Referral and pair views;
 * the mentor list's views come later.
 */
export function savedViewQuery(resource: string, query: string): SavedViewFilters {
  const input = searchParamsToObject(new URLSearchParams(query));
  const parsed =
    resource === 'referrals'
      ? ReferralListQuery.safeParse(input)
      : resource === 'mentorships'
        ? MentorshipListQuery.safeParse(input)
        : fail(422, 'Seules les vues d’orientations et de binômes sont possibles pour l’instant.', {
            errors: [
              { pointer: '/resource', message: 'Vues d’orientations ou de binômes seulement' },
            ],
          });
  if (!parsed.success)
    return fail(422, 'Ces filtres ne sont pas valides.', {
      errors: [{ pointer: '/query', message: 'Filtres non valides' }],
    });
  return { resource, query: parsed.data } as SavedViewFilters;
}

/** A view is visible to its owner, and to the team once shared. */
export const canSeeView = (view: { ownerId: string; shared: boolean }, userId: string) =>
  view.shared || view.ownerId === userId;
