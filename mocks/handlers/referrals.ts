import { http, HttpResponse } from 'msw';
import { ageBand, ageOn } from '../../src/domain/age';
import { checkReferralTransition } from '../../src/domain/lifecycle';
import { ReferralListQuery, searchParamsToObject } from '../../src/domain/queries';
import { afterContactAttempt, canLogContact } from '../../src/domain/contact';
import {
  ContactAttemptInput,
  NoteInput,
  ReferralPatch,
  ReferralSummary,
  ReferralTransition,
} from '../../src/domain/schemas';
import { departmentOf } from '../../src/domain/geography';
import { withReferralRules } from '../../src/domain/referral-rules';
import {
  PHONE_SEARCH_MIN_DIGITS,
  digitsOf,
  referralSearchText,
  searchKey,
} from '../../src/domain/search';
import { daysBetween, isFirstContactOverdue } from '../../src/domain/settings';
import { checkIfMatch, fail, parseOr, refused } from '../../src/domain/problem';
import {
  audit,
  authed,
  owned,
  paginate,
  publicRecord,
  readBody,
  referralRules,
  type MockDb,
  referralEvent,
} from '../http';
import { sortBy } from '../../src/domain/sorting';
import { type ReferralRecord } from '../store';

/** The list filters, as the server's SQL applies them (server/repositories/referrals.ts). */
function matches(r: ReferralRecord, q: ReferralListQuery, now: Date, delayDays: number): boolean {
  const any = <T>(wanted: T[], value: T | T[]) =>
    !wanted.length ||
    (Array.isArray(value) ? value.some((v) => wanted.includes(v)) : wanted.includes(value));
  const day = r.receivedAt.slice(0, 10);
  const digits = digitsOf(q.q);
  return (
    any(q.status, r.status) &&
    any(q.need, r.needs) &&
    any(q.situation, r.situation) &&
    any(q.channel, r.channel) &&
    any(q.priorityPublic, r.priorityPublics) &&
    any(q.department, r.department) &&
    any(q.ageBand, ageBand(ageOn(r.birthDate, now))) &&
    (!q.assigneeId || r.assigneeId === (q.assigneeId === 'none' ? null : q.assigneeId)) &&
    (!q.receivedFrom || day >= q.receivedFrom) &&
    (!q.receivedTo || day <= q.receivedTo) &&
    (q.waitingMinDays === undefined || daysBetween(r.receivedAt, now) >= q.waitingMinDays) &&
    (q.overdue === undefined || isFirstContactOverdue(r, delayDays, now) === q.overdue) &&
    (!q.q ||
      referralSearchText(r).includes(searchKey(q.q)) ||
      (digits.length >= PHONE_SEARCH_MIN_DIGITS && digitsOf(r.phone).includes(digits)))
  );
}

/** The association's referrals matching a list query, unsorted. */
export function matchingReferrals(db: MockDb, associationId: string, q: ReferralListQuery) {
  const now = db.now();
  const delay = db.store.get('settings', associationId)!.firstContactDelayDays;
  return db.store
    .all('referrals')
    .filter((r) => r.associationId === associationId && matches(r, q, now, delay));
}

export function referralHandlers(db: MockDb, base: string) {
  return [
    http.get(
      `${base}/referrals`,
      authed(db, 'referrals.read', ({ url, caller }) => {
        const q = parseOr(ReferralListQuery, searchParamsToObject(url.searchParams), 400);
        const rows = matchingReferrals(db, caller.association.id, q);
        const users = db.store.all('users');
        const nameOf = (id: string | null) => {
          const user = id ? users.find((u) => u.id === id) : undefined;
          return user ? `${user.firstName} ${user.lastName}` : null;
        };
        const sorted = sortBy(rows, q.sort, (r, field) =>
          field === 'assignee' ? nameOf(r.assigneeId) : r[field as keyof ReferralRecord],
        );
        const page = paginate(sorted, q.page, q.pageSize);
        return HttpResponse.json({
          ...page,
          // The contract's own schema keeps exactly the summary's fields.
          items: page.items.map((r) => ReferralSummary.parse(r)),
        });
      }),
    ),

    http.get(
      `${base}/referrals/:id`,
      authed<{ id: string }>(db, 'referrals.read', ({ params, caller }) =>
        HttpResponse.json(publicRecord(owned(db.store.get('referrals', params.id), caller))),
      ),
    ),

    http.get(
      `${base}/referrals/:id/timeline`,
      authed<{ id: string }>(db, 'referrals.read', ({ params, caller }) => {
        owned(db.store.get('referrals', params.id), caller);
        const events = db.store
          .all('timeline')
          .filter((e) => e.entityType === 'referral' && e.entityId === params.id)
          .sort((a, b) => b.at.localeCompare(a.at) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
          .map(({ associationId: _a, entityType: _t, entityId: _i, ...event }) => event);
        return HttpResponse.json(events);
      }),
    ),

    http.post(
      `${base}/referrals/:id/transitions`,
      authed<{ id: string }>(db, 'referrals.write', async ({ request, params, caller }) => {
        const referral = owned(db.store.get('referrals', params.id), caller);
        const body = await readBody(request, ReferralTransition);
        checkIfMatch(request.headers.get('If-Match'), referral);
        const check = checkReferralTransition(referral.status, body.to, body.reason);
        if (!check.ok) return refused(check);
        const now = db.now().toISOString();
        const next = db.store.put('referrals', {
          ...referral,
          status: body.to,
          statusReason: body.reason ?? referral.statusReason,
          redirectedTo: body.redirectedTo ?? referral.redirectedTo,
          version: referral.version + 1,
          updatedAt: now,
        });
        referralEvent(db, caller, caller.association.id, referral.id, now, {
          kind: 'STATUS_CHANGED',
          from: referral.status,
          to: body.to,
          body: body.reason ?? null,
        });
        audit(
          db,
          caller,
          'referral.transition',
          { type: 'referral', id: referral.id, associationId: caller.association.id },
          ['status'],
        );
        return HttpResponse.json(publicRecord(next));
      }),
    ),
  ];
}

/** Contact attempts and notes: what a coordinator writes on a referral's timeline. */
export function referralNoteHandlers(db: MockDb, base: string) {
  const { store } = db;
  return [
    http.post(
      `${base}/referrals/:id/contact-attempts`,
      authed<{ id: string }>(db, 'referrals.write', async ({ request, params, caller }) => {
        const referral = owned(store.get('referrals', params.id), caller);
        const body = await readBody(request, ContactAttemptInput);
        if (!canLogContact(referral))
          return fail(409, 'Ce dossier n’est plus en cours de traitement.');
        const at = db.now().toISOString();
        const next = store.put('referrals', {
          ...referral,
          ...afterContactAttempt(referral, body.reached, at),
          version: referral.version + 1,
          updatedAt: at,
        });
        referralEvent(db, caller, caller.association.id, referral.id, at, {
          kind: 'CONTACT_ATTEMPT',
          channel: body.channel,
          reached: body.reached,
          body: body.note ?? null,
        });
        audit(
          db,
          caller,
          'referral.contact',
          { type: 'referral', id: referral.id, associationId: caller.association.id },
          ['contactAttempts'],
        );
        return HttpResponse.json(publicRecord(next), { status: 201 });
      }),
    ),

    http.post(
      `${base}/referrals/:id/notes`,
      authed<{ id: string }>(db, 'referrals.write', async ({ request, params, caller }) => {
        const referral = owned(store.get('referrals', params.id), caller);
        const body = await readBody(request, NoteInput);
        const note = referralEvent(
          db,
          caller,
          caller.association.id,
          referral.id,
          db.now().toISOString(),
          {
            kind: 'NOTE',
            body: body.body,
          },
        );
        audit(
          db,
          caller,
          'referral.note',
          { type: 'referral', id: referral.id, associationId: caller.association.id },
          ['notes'],
        );
        const { associationId: _a, entityType: _t, entityId: _i, ...rest } = note;
        return HttpResponse.json(rest, { status: 201 });
      }),
    ),
  ];
}

export function referralEditHandlers(db: MockDb, base: string) {
  const { store } = db;
  return [
    http.patch(
      `${base}/referrals/:id`,
      authed<{ id: string }>(db, 'referrals.write', async ({ request, params, caller }) => {
        const referral = owned(store.get('referrals', params.id), caller);
        const rules = await referralRules(db, caller.association.id);
        const patch = await readBody(request, withReferralRules(ReferralPatch, rules));
        checkIfMatch(request.headers.get('If-Match'), publicRecord(referral));
        const at = db.now().toISOString();
        const fields = Object.keys(patch);
        const next = store.put('referrals', {
          ...referral,
          ...patch,
          ...(patch.postalCode ? { department: departmentOf(patch.postalCode) } : {}),
          version: referral.version + 1,
          updatedAt: at,
        });
        referralEvent(db, caller, caller.association.id, referral.id, at, { kind: 'UPDATED' });
        audit(
          db,
          caller,
          'referral.update',
          { type: 'referral', id: referral.id, associationId: caller.association.id },
          fields,
        );
        return HttpResponse.json(publicRecord(next));
      }),
    ),
  ];
}
