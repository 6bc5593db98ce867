import { fail } from './problem';
import { ReferralListQuery, searchParamsToObject } from './queries';

/**
 * The filters a saved view keeps, checked as the list would read them. Only referral views for
 * now: the mentor and pair lists come with their own screens.
 */
export function savedViewQuery(resource: string, query: string): ReferralListQuery {
  if (resource !== 'referrals') {
    return fail(422, 'Seules les vues d’orientations sont possibles pour l’instant.', {
      errors: [{ pointer: '/resource', message: 'Vues d’orientations seulement' }],
    });
  }
  const parsed = ReferralListQuery.safeParse(searchParamsToObject(new URLSearchParams(query)));
  if (!parsed.success)
    return fail(422, 'Ces filtres ne sont pas valides.', {
      errors: [{ pointer: '/query', message: 'Filtres non valides' }],
    });
  return parsed.data;
}

/** A view is visible to its owner, and to the team once shared. */
export const canSeeView = (view: { ownerId: string; shared: boolean }, userId: string) =>
  view.shared || view.ownerId === userId;
