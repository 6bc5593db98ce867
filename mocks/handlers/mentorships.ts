import { http, HttpResponse } from 'msw';
import { MentorshipListQuery, searchParamsToObject } from '../../src/domain/queries';
import { PageQuery } from '../../src/domain/schemas';
import { searchKey } from '../../src/domain/search';
import { daysBetween } from '../../src/domain/settings';
import { fail, parseOr } from '../../src/domain/problem';
import { authed, owned, paginate, publicRecord, type Caller, type MockDb } from '../http';
import { sortBy } from '../../src/domain/sorting';
import type { MentorshipRecord } from '../store';

export function mentorshipHandlers(db: MockDb, base: string) {
  /** Meeting count and last held meeting per pair. */
  function meetingStats(associationId: string) {
    const stats = new Map<string, { count: number; last: string | null }>();
    for (const m of db.store.all('meetings')) {
      if (m.associationId !== associationId) continue;
      const s = stats.get(m.mentorshipId) ?? { count: 0, last: null };
      s.count += 1;
      if (m.attendance === 'HELD' && (!s.last || m.date > s.last)) s.last = m.date;
      stats.set(m.mentorshipId, s);
    }
    return stats;
  }

  /** A mentor sees only their own pairs, and of the young person only first name, needs and contact. */
  function visible(record: MentorshipRecord | undefined, caller: Caller): MentorshipRecord {
    const pair = owned(record, caller);
    if (caller.user.role === 'mentor' && pair.mentorId !== caller.user.mentorId)
      return fail(404, 'Introuvable.');
    return pair;
  }

  function view(
    pair: MentorshipRecord,
    caller: Caller,
    stats: Map<string, { count: number; last: string | null }>,
  ) {
    const referral = db.store.get('referrals', pair.referralId)!;
    const mentor = db.store.get('mentors', pair.mentorId)!;
    const s = stats.get(pair.id);
    return {
      ...publicRecord(pair),
      mentee: {
        firstName: referral.firstName,
        lastName: caller.user.role === 'mentor' ? null : referral.lastName,
        needs: referral.needs,
        email: referral.email,
        phone: referral.phone,
      },
      mentor: { firstName: mentor.firstName, lastName: mentor.lastName },
      meetingsCount: s?.count ?? 0,
      lastMeetingAt: s?.last ?? null,
    };
  }

  return [
    http.get(
      `${base}/mentorships`,
      authed(db, 'mentorships.read', ({ url, caller }) => {
        const q = parseOr(MentorshipListQuery, searchParamsToObject(url.searchParams), 400);
        const stats = meetingStats(caller.association.id);
        const now = db.now();
        const ownOnly = caller.user.role === 'mentor' ? caller.user.mentorId : null;
        const rows = db.store.all('mentorships').filter((m) => {
          if (m.associationId !== caller.association.id) return false;
          if (caller.user.role === 'mentor' && m.mentorId !== ownOnly) return false;
          if (q.status.length && !q.status.includes(m.status)) return false;
          if (q.mentorId && m.mentorId !== q.mentorId) return false;
          if (q.referralId && m.referralId !== q.referralId) return false;
          if (q.coordinatorId && m.coordinatorId !== q.coordinatorId) return false;
          if (q.noMeetingSinceDays !== undefined) {
            const last = stats.get(m.id)?.last;
            if (last && daysBetween(`${last}T00:00:00Z`, now) < q.noMeetingSinceDays) return false;
          }
          return true;
        });
        const views = rows.map((m) => view(m, caller, stats));
        // As the server searches: accent-free, and for a mentor without the young person's last name.
        const needle = q.q ? searchKey(q.q) : null;
        const filtered = needle
          ? views.filter((v) =>
              searchKey(
                `${v.mentee.firstName} ${v.mentee.lastName ?? ''} ${v.mentor.firstName} ${v.mentor.lastName}`,
              ).includes(needle),
            )
          : views;
        const sorted = sortBy(filtered, q.sort, (v, field) => v[field as keyof typeof v]);
        return HttpResponse.json(paginate(sorted, q.page, q.pageSize));
      }),
    ),

    http.get(
      `${base}/mentorships/:id`,
      authed<{ id: string }>(db, 'mentorships.read', ({ params, caller }) => {
        const pair = visible(db.store.get('mentorships', params.id), caller);
        return HttpResponse.json(view(pair, caller, meetingStats(caller.association.id)));
      }),
    ),

    http.get(
      `${base}/mentorships/:id/meetings`,
      authed<{ id: string }>(db, 'mentorships.read', ({ params, url, caller }) => {
        visible(db.store.get('mentorships', params.id), caller);
        const q = parseOr(PageQuery, searchParamsToObject(url.searchParams), 400);
        const meetings = db.store
          .all('meetings')
          .filter((m) => m.mentorshipId === params.id)
          .sort((a, b) => b.date.localeCompare(a.date))
          .map(publicRecord);
        return HttpResponse.json(paginate(meetings, q.page, q.pageSize));
      }),
    ),
  ];
}
