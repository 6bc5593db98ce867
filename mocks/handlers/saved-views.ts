import { http, HttpResponse } from 'msw';
import { SavedViewInput, SavedViewResource } from '../../src/domain/schemas';
import { canSeeView, savedViewQuery } from '../../src/domain/saved-views';
import { checkIfMatch, fail, parseOr } from '../../src/domain/problem';
import { authed, owned, publicRecord, readBody, type Caller, type MockDb } from '../http';
import { newId, type SavedViewRecord } from '../store';
import { matchingReferrals } from './referrals';

export function savedViewHandlers(db: MockDb, base: string) {
  const { store } = db;
  const withCount = (view: SavedViewRecord, caller: Caller) => ({
    ...publicRecord(view),
    count: matchingReferrals(db, caller.association.id, savedViewQuery(view.resource, view.query))
      .length,
  });
  /** Visible to the caller, or 404; changed by its owner only (403). */
  const mine = (id: string, caller: Caller) => {
    const view = owned(store.get('savedViews', id), caller);
    if (!canSeeView(view, caller.user.id)) return fail(404, 'Introuvable.');
    if (view.ownerId !== caller.user.id)
      return fail(403, 'Seule la personne qui a créé cette vue peut la modifier.');
    return view;
  };

  return [
    http.get(
      `${base}/saved-views`,
      authed(db, 'referrals.read', ({ url, caller }) => {
        const resource =
          parseOr(
            SavedViewResource.optional(),
            url.searchParams.get('resource') ?? undefined,
            400,
          ) ?? 'referrals';
        const views = store
          .all('savedViews')
          .filter(
            (v) =>
              v.associationId === caller.association.id &&
              v.resource === resource &&
              canSeeView(v, caller.user.id),
          )
          .sort((a, b) => a.name.localeCompare(b.name, 'fr') || (a.id < b.id ? -1 : 1));
        return HttpResponse.json(views.map((v) => withCount(v, caller)));
      }),
    ),
    http.post(
      `${base}/saved-views`,
      authed(db, 'referrals.read', async ({ request, caller }) => {
        const body = await readBody(request, SavedViewInput);
        savedViewQuery(body.resource, body.query);
        const view = store.put('savedViews', {
          id: newId('view'),
          associationId: caller.association.id,
          version: 1,
          ...body,
          ownerId: caller.user.id,
        });
        return HttpResponse.json(withCount(view, caller), { status: 201 });
      }),
    ),
    http.put(
      `${base}/saved-views/:id`,
      authed<{ id: string }>(db, 'referrals.read', async ({ request, params, caller }) => {
        const view = mine(params.id, caller);
        const body = await readBody(request, SavedViewInput);
        checkIfMatch(request.headers.get('If-Match'), view);
        savedViewQuery(body.resource, body.query);
        return HttpResponse.json(
          withCount(
            store.put('savedViews', { ...view, ...body, version: view.version + 1 }),
            caller,
          ),
        );
      }),
    ),
    http.delete(
      `${base}/saved-views/:id`,
      authed<{ id: string }>(db, 'referrals.read', ({ params, caller }) => {
        store.delete('savedViews', mine(params.id, caller).id);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}
