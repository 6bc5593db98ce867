import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { parseOr } from '../../src/domain/problem';
import {
  PALETTE_LIMITS,
  PALETTE_MIN_CHARS,
  PHONE_SEARCH_MIN_DIGITS,
  digitsOf,
  referralSearchText,
  searchKey,
} from '../../src/domain/search';
import { sortBy } from '../../src/domain/sorting';
import { authed, type MockDb } from '../http';

const Query = z.object({ q: z.string().trim().min(PALETTE_MIN_CHARS).max(100) });

/** The command palette: people and pairs of the association by name, email or phone. */
export function searchHandlers(db: MockDb, base: string) {
  const { store } = db;
  return [
    http.get(
      `${base}/search`,
      authed(db, 'referrals.read', ({ url, caller }) => {
        const { q } = parseOr(Query, { q: url.searchParams.get('q') ?? '' }, 400);
        const needle = searchKey(q);
        const digits = digitsOf(q);
        const byPhone = (phone: string | null) =>
          digits.length >= PHONE_SEARCH_MIN_DIGITS && digitsOf(phone).includes(digits);
        const mine = <T extends { associationId: string }>(rows: T[]) =>
          rows.filter((r) => r.associationId === caller.association.id);
        const referrals = sortBy(
          mine(store.all('referrals')).filter(
            (r) => referralSearchText(r).includes(needle) || byPhone(r.phone),
          ),
          'lastName',
          (r) => r.lastName,
        ).slice(0, PALETTE_LIMITS.referral);
        const mentors = sortBy(
          mine(store.all('mentors')).filter(
            (m) =>
              searchKey(`${m.firstName} ${m.lastName} ${m.email}`).includes(needle) ||
              byPhone(m.phone),
          ),
          'lastName',
          (m) => m.lastName,
        ).slice(0, PALETTE_LIMITS.mentor);
        const pairs = mine(store.all('mentorships'))
          .map((p) => ({
            p,
            r: store.get('referrals', p.referralId)!,
            m: store.get('mentors', p.mentorId)!,
          }))
          .filter(({ r, m }) =>
            searchKey(`${r.firstName} ${r.lastName} ${m.firstName} ${m.lastName}`).includes(needle),
          )
          .sort((a, b) => (a.p.id < b.p.id ? -1 : 1))
          .slice(0, PALETTE_LIMITS.mentorship);
        return HttpResponse.json([
          ...referrals.map((r) => ({
            kind: 'referral',
            id: r.id,
            label: `${r.firstName} ${r.lastName}`,
            detail: r.commune,
            status: r.status,
          })),
          ...mentors.map((m) => ({
            kind: 'mentor',
            id: m.id,
            label: `${m.firstName} ${m.lastName}`,
            detail: m.commune,
            status: m.status,
          })),
          ...pairs.map(({ p, r, m }) => ({
            kind: 'mentorship',
            id: p.id,
            label: `${r.firstName} ${r.lastName} & ${m.firstName} ${m.lastName}`,
            detail: '',
            status: p.status,
          })),
        ]);
      }),
    ),
  ];
}
