import { http, HttpResponse } from 'msw';
import { UserListQuery, searchParamsToObject } from '../../src/domain/queries';
import { parseOr } from '../../src/domain/problem';
import { authed, paginate, publicRecord, type MockDb } from '../http';
import { sortBy } from '../../src/domain/sorting';

export function adminHandlers(db: MockDb, base: string) {
  return [
    http.get(
      `${base}/users`,
      authed(db, 'users.manage', ({ url, caller }) => {
        const q = parseOr(UserListQuery, searchParamsToObject(url.searchParams), 400);
        const needle = q.q?.toLowerCase();
        const users = db.store
          .all('users')
          .filter((u) => u.associationId === caller.association.id)
          .filter((u) => !q.role.length || q.role.includes(u.role))
          .filter(
            (u) =>
              !needle || `${u.firstName} ${u.lastName} ${u.email}`.toLowerCase().includes(needle),
          )
          .map(({ password: _secret, ...u }) => publicRecord(u));
        return HttpResponse.json(
          paginate(
            sortBy(users, 'lastName', (u) => u.lastName),
            q.page,
            q.pageSize,
          ),
        );
      }),
    ),

    http.get(
      `${base}/team`,
      authed(db, 'referrals.read', ({ caller }) => {
        const staff = db.store
          .all('users')
          .filter(
            (u) => u.associationId === caller.association.id && u.active && u.role !== 'mentor',
          )
          .map(({ id, firstName, lastName, role }) => ({ id, firstName, lastName, role }));
        return HttpResponse.json(sortBy(staff, 'lastName', (u) => u.lastName));
      }),
    ),

    http.get(
      `${base}/settings`,
      authed(db, 'settings.read', ({ caller }) => {
        const {
          intakeKey,
          id: _id,
          ...settings
        } = publicRecord(db.store.get('settings', caller.association.id)!);
        return HttpResponse.json({ ...settings, intakeKeyHint: `…${intakeKey.slice(-4)}` });
      }),
    ),
  ];
}
