import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { computeIndicators } from '../../src/domain/indicators';
import { parseOr } from '../../src/domain/problem';
import { authed, type MockDb } from '../http';

const Period = z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() });

export function reportingHandlers(db: MockDb, base: string) {
  return [
    http.get(
      `${base}/dashboard/indicators`,
      authed(db, 'dashboard.read', ({ url, caller }) => {
        const q = parseOr(Period, Object.fromEntries(url.searchParams), 400);
        const today = db.now().toISOString().slice(0, 10);
        const yearAgo = new Date(db.now().getTime() - 365 * 86_400_000).toISOString().slice(0, 10);
        const mine = <T extends { associationId: string }>(rows: T[]) =>
          rows.filter((r) => r.associationId === caller.association.id);
        const { store } = db;
        return HttpResponse.json(
          computeIndicators(
            {
              referrals: mine(store.all('referrals')),
              mentorships: mine(store.all('mentorships')),
              meetings: mine(store.all('meetings')),
              mentors: mine(store.all('mentors')),
              interviews: mine(store.all('interviews')),
            },
            q.from ?? yearAgo,
            q.to ?? today,
          ),
        );
      }),
    ),
  ];
}
