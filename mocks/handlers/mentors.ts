import { http, HttpResponse } from 'msw';
import { loadGazetteer } from '../../src/domain/gazetteer';
import { departmentOf } from '../../src/domain/geography';
import { checkMentorTransition } from '../../src/domain/lifecycle';
import {
  checkImportRows,
  checkMenteeAgeRange,
  mentorMatches,
  newMentor,
  withMentorRules,
} from '../../src/domain/mentors';
import { checkIfMatch, fail, parseOr, refused } from '../../src/domain/problem';
import { MentorListQuery, searchParamsToObject } from '../../src/domain/queries';
import {
  MentorImportRequest,
  MentorInput,
  MentorPatch,
  MentorSummary,
  MentorTransition,
} from '../../src/domain/schemas';
import { sortBy } from '../../src/domain/sorting';
import { temporaryPassword } from '../../src/domain/passwords';
import {
  audit,
  authed,
  owned,
  paginate,
  publicRecord,
  readBody,
  timelineEvent,
  type MockDb,
} from '../http';
import { newId, type MentorRecord } from '../store';

/** The mentor pool: candidates, screening, capacity, import. */
export function mentorHandlers(db: MockDb, base: string) {
  const { store } = db;
  const mine = (associationId: string) =>
    store.all('mentors').filter((m) => m.associationId === associationId);
  const event = (
    caller: Parameters<typeof timelineEvent>[1],
    mentor: MentorRecord,
    at: string,
    fields: Parameters<typeof timelineEvent>[5],
  ) =>
    timelineEvent(db, caller, mentor.associationId, { type: 'mentor', id: mentor.id }, at, fields);
  const audited = (
    caller: Parameters<typeof audit>[1],
    action: string,
    mentor: MentorRecord,
    fields?: string[],
  ) =>
    audit(
      db,
      caller,
      action,
      { type: 'mentor', id: mentor.id, associationId: mentor.associationId },
      fields,
    );

  return [
    http.get(
      `${base}/mentors`,
      authed(db, 'mentors.read', ({ url, caller }) => {
        const q = parseOr(MentorListQuery, searchParamsToObject(url.searchParams), 400);
        const settings = store.get('settings', caller.association.id)!;
        const rows = mine(caller.association.id).filter((m) =>
          mentorMatches(m, q, settings, db.now()),
        );
        const sorted = sortBy(rows, q.sort, (m, field) => m[field as keyof MentorRecord]);
        const page = paginate(sorted, q.page, q.pageSize);
        return HttpResponse.json({
          ...page,
          // The contract's own schema keeps exactly the summary's fields.
          items: page.items.map((m) => MentorSummary.parse(m)),
        });
      }),
    ),

    http.post(
      `${base}/mentors/import`,
      authed(db, 'mentors.write', async ({ request, caller }) => {
        const body = await readBody(request, MentorImportRequest);
        const existing = new Map(
          mine(caller.association.id).map((m) => [m.email.toLowerCase(), m.id]),
        );
        const check = checkImportRows(body.rows, { gazetteer: await loadGazetteer() }, existing);
        if (!body.dryRun) {
          const now = db.now().toISOString();
          for (const { input } of check.valid) {
            const mentor = store.put('mentors', {
              ...newMentor(input, newId('mtr'), now),
              associationId: caller.association.id,
            });
            event(caller, mentor, now, { kind: 'CREATED' });
          }
          audit(db, caller, 'mentor.import', {
            type: 'mentor',
            id: null,
            associationId: caller.association.id,
          });
        }
        return HttpResponse.json({
          valid: check.valid.length,
          created: body.dryRun ? 0 : check.valid.length,
          errors: check.errors,
          duplicates: check.duplicates,
        });
      }),
    ),

    http.post(
      `${base}/mentors`,
      authed(db, 'mentors.write', async ({ request, caller }) => {
        const body = await readBody(
          request,
          withMentorRules(MentorInput, { gazetteer: await loadGazetteer() }),
        );
        const taken = mine(caller.association.id).find(
          (m) => m.email.toLowerCase() === body.email.toLowerCase(),
        );
        if (taken)
          return fail(409, 'Un mentor de l’association a déjà cet e-mail.', {
            errors: [
              { pointer: '/email', message: 'Un mentor de l’association a déjà cet e-mail' },
            ],
          });
        const now = db.now().toISOString();
        const mentor = store.put('mentors', {
          ...newMentor(body, newId('mtr'), now),
          associationId: caller.association.id,
        });
        event(caller, mentor, now, { kind: 'CREATED' });
        audited(caller, 'mentor.create', mentor);
        return HttpResponse.json(publicRecord(mentor), { status: 201 });
      }),
    ),

    http.get(
      `${base}/mentors/:id`,
      authed<{ id: string }>(db, 'mentors.read', ({ params, caller }) =>
        HttpResponse.json(publicRecord(owned(store.get('mentors', params.id), caller))),
      ),
    ),

    http.patch(
      `${base}/mentors/:id`,
      authed<{ id: string }>(db, 'mentors.write', async ({ request, params, caller }) => {
        const mentor = owned(store.get('mentors', params.id), caller);
        const patch = await readBody(
          request,
          withMentorRules(MentorPatch, { gazetteer: await loadGazetteer() }),
        );
        checkIfMatch(request.headers.get('If-Match'), publicRecord(mentor));
        const merged = { ...mentor, ...patch };
        checkMenteeAgeRange(merged);
        if (
          patch.email &&
          mine(caller.association.id).some(
            (m) => m.id !== mentor.id && m.email.toLowerCase() === patch.email!.toLowerCase(),
          )
        )
          return fail(409, 'Un mentor de l’association a déjà cet e-mail.', {
            errors: [
              { pointer: '/email', message: 'Un mentor de l’association a déjà cet e-mail' },
            ],
          });
        const now = db.now().toISOString();
        const next = store.put('mentors', {
          ...merged,
          ...(patch.postalCode ? { department: departmentOf(patch.postalCode) } : {}),
          version: mentor.version + 1,
          updatedAt: now,
        });
        event(caller, mentor, now, { kind: 'UPDATED' });
        audited(caller, 'mentor.update', mentor, Object.keys(patch));
        return HttpResponse.json(publicRecord(next));
      }),
    ),

    http.post(
      `${base}/mentors/:id/transitions`,
      authed<{ id: string }>(db, 'mentors.write', async ({ request, params, caller }) => {
        const mentor = owned(store.get('mentors', params.id), caller);
        const body = await readBody(request, MentorTransition);
        checkIfMatch(request.headers.get('If-Match'), publicRecord(mentor));
        const check = checkMentorTransition(mentor.status, body.to, mentor);
        if (!check.ok) return refused(check);
        const now = db.now().toISOString();
        const next = store.put('mentors', {
          ...mentor,
          status: body.to,
          version: mentor.version + 1,
          updatedAt: now,
        });
        event(caller, mentor, now, {
          kind: 'STATUS_CHANGED',
          from: mentor.status,
          to: body.to,
          body: body.reason ?? null,
        });
        audited(caller, 'mentor.transition', mentor, ['status']);
        return HttpResponse.json(publicRecord(next));
      }),
    ),

    http.post(
      `${base}/mentors/:id/invite`,
      authed<{ id: string }>(db, 'mentors.write', ({ params, caller }) => {
        const mentor = owned(store.get('mentors', params.id), caller);
        if (mentor.userId) return fail(409, 'Ce mentor a déjà un compte.');
        const email = mentor.email.toLowerCase();
        if (store.all('users').some((u) => u.email.toLowerCase() === email))
          return fail(409, 'Un compte existe déjà avec cet e-mail.');
        const now = db.now().toISOString();
        const password = temporaryPassword();
        const user = store.put('users', {
          id: newId('usr'),
          associationId: mentor.associationId,
          version: 1,
          email: mentor.email,
          firstName: mentor.firstName,
          lastName: mentor.lastName,
          role: 'mentor',
          active: true,
          mentorId: mentor.id,
          lastLoginAt: null,
          createdAt: now,
          password,
        });
        store.put('mentors', {
          ...mentor,
          userId: user.id,
          version: mentor.version + 1,
          updatedAt: now,
        });
        audited(caller, 'mentor.invite', mentor, ['userId']);
        const { password: _p, ...account } = publicRecord(user);
        return HttpResponse.json({ user: account, temporaryPassword: password }, { status: 201 });
      }),
    ),

    http.get(
      `${base}/mentors/:id/timeline`,
      authed<{ id: string }>(db, 'mentors.read', ({ params, caller }) => {
        owned(store.get('mentors', params.id), caller);
        const events = store
          .all('timeline')
          .filter((e) => e.entityType === 'mentor' && e.entityId === params.id)
          .sort((a, b) => b.at.localeCompare(a.at) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
          .map(({ associationId: _a, entityType: _t, entityId: _i, ...e }) => e);
        return HttpResponse.json(events);
      }),
    ),
  ];
}
