import { and, eq, or, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { parseOr } from '../../src/domain/problem';
import {
  PALETTE_LIMITS,
  PALETTE_MIN_CHARS,
  PHONE_SEARCH_MIN_DIGITS,
  digitsOf,
  searchKey,
} from '../../src/domain/search';
import { byteOrder } from '../db/rows';
import { mentors, mentorships, referrals } from '../db/schema';
import { requireCaller, type Deps, type Env } from '../http/context';

const Query = z.object({ q: z.string().trim().min(PALETTE_MIN_CHARS).max(100) });
const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The command palette: people and pairs of the association by name, email or phone. */
export function searchRoutes(deps: Deps) {
  const app = new Hono<Env>();

  app.get('/', async (c) => {
    const caller = await requireCaller(c, deps, 'referrals.read');
    const { q } = parseOr(Query, { q: c.req.query('q') ?? '' }, 400);
    const needle = like(searchKey(q));
    const digits = digitsOf(q);
    const byDigits = digits.length >= PHONE_SEARCH_MIN_DIGITS ? like(digits) : null;
    const mine = caller.association.id;
    const db = deps.db();
    const [r, m, p] = await Promise.all([
      db
        .select({
          id: referrals.id,
          firstName: referrals.firstName,
          lastName: referrals.lastName,
          commune: referrals.commune,
          status: referrals.status,
        })
        .from(referrals)
        .where(
          and(
            eq(referrals.associationId, mine),
            or(
              sql`${referrals.searchText} like ${needle}`,
              byDigits ? sql`${referrals.phoneDigits} like ${byDigits}` : undefined,
            ),
          ),
        )
        .orderBy(sql`${referrals.lastNameKey} collate "C"`, byteOrder(referrals.id))
        .limit(PALETTE_LIMITS.referral),
      db
        .select({
          id: mentors.id,
          firstName: mentors.firstName,
          lastName: mentors.lastName,
          commune: mentors.commune,
          status: mentors.status,
        })
        .from(mentors)
        .where(
          and(
            eq(mentors.associationId, mine),
            or(
              sql`(${mentors.searchText} || ' ' || lower(${mentors.email})) like ${needle}`,
              byDigits
                ? sql`regexp_replace(coalesce(${mentors.phone}, ''), '\\D', '', 'g') like ${byDigits}`
                : undefined,
            ),
          ),
        )
        .orderBy(sql`lower(${mentors.lastName}) collate "C"`, byteOrder(mentors.id))
        .limit(PALETTE_LIMITS.mentor),
      db
        .select({
          id: mentorships.id,
          status: mentorships.status,
          mentee: referrals.firstName,
          menteeLast: referrals.lastName,
          mentorFirst: mentors.firstName,
          mentorLast: mentors.lastName,
        })
        .from(mentorships)
        .innerJoin(referrals, eq(referrals.id, mentorships.referralId))
        .innerJoin(mentors, eq(mentors.id, mentorships.mentorId))
        .where(
          and(
            eq(mentorships.associationId, mine),
            sql`(${referrals.firstNameKey} || ' ' || ${referrals.lastNameKey} || ' ' || ${mentors.searchText}) like ${needle}`,
          ),
        )
        .orderBy(byteOrder(mentorships.id))
        .limit(PALETTE_LIMITS.mentorship),
    ]);
    return c.json([
      ...r.map((x) => ({
        kind: 'referral',
        id: x.id,
        label: `${x.firstName} ${x.lastName}`,
        detail: x.commune,
        status: x.status,
      })),
      ...m.map((x) => ({
        kind: 'mentor',
        id: x.id,
        label: `${x.firstName} ${x.lastName}`,
        detail: x.commune,
        status: x.status,
      })),
      ...p.map((x) => ({
        kind: 'mentorship',
        id: x.id,
        label: `${x.mentee} ${x.menteeLast} & ${x.mentorFirst} ${x.mentorLast}`,
        detail: '',
        status: x.status,
      })),
    ]);
  });

  return app;
}
