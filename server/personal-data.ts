import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { birthDateKeepingAge } from '../src/domain/age';
import { fail } from '../src/domain/problem';
import { writeAudit } from './audit';
import type { Db } from './db/database';
import { mentorKeys, referralKeys } from './db/referral-keys';
import { fromRow, publicUser } from './db/rows';
import {
  audit,
  interviews,
  meetings,
  mentors,
  mentorships,
  referrals,
  sessions,
  timeline,
  users,
} from './db/schema';
import type { Caller } from './http/context';
import { pseudonym } from './pseudonym';
import { lockMentor, publicMentor } from './routes/mentors';
import { lockReferral, publicReferral } from './routes/referrals';

// A person's whole file (GDPR access), and their anonymisation: names, contacts and free text
// replaced; codes, dates, statuses and the age at receipt kept, so every indicator stays the same.

const UNDER_WAY = ['PROPOSED', 'ACCEPTED', 'ACTIVE', 'PAUSED'];
const ERASED = 'Contenu effacé (anonymisation).';

const withoutAssociation = <T extends { associationId: string }>({
  associationId: _a,
  ...rest
}: T) => fromRow(rest);

const auditRows = (db: Db, associationId: string, about: SQL | undefined) =>
  db
    .select()
    .from(audit)
    .where(and(eq(audit.associationId, associationId), about))
    .orderBy(audit.at)
    .then((rows) => rows.map(withoutAssociation));

const timelineOf = (db: Db, type: string, id: string) =>
  db
    .select()
    .from(timeline)
    .where(and(eq(timeline.entityType, type), eq(timeline.entityId, id)))
    .orderBy(timeline.at)
    .then((rows) =>
      rows.map(({ associationId: _a, entityType: _t, entityId: _i, ...e }) => fromRow(e)),
    );

/** The pairs of a person, their meetings and interviews, as stored. */
async function pairsOf(db: Db, where: SQL) {
  const pairs = await db.select().from(mentorships).where(where);
  const ids = pairs.map((p) => p.id);
  const [meetingRows, interviewRows] = ids.length
    ? await Promise.all([
        db.select().from(meetings).where(inArray(meetings.mentorshipId, ids)),
        db.select().from(interviews).where(inArray(interviews.mentorshipId, ids)),
      ])
    : [[], []];
  return { pairs, meetingRows, interviewRows };
}

/** Audit entries about a record and about its pairs and meetings. */
const aboutRecords = (type: string, id: string, pairIds: string[], meetingIds: string[]) =>
  or(
    and(eq(audit.entityType, type), eq(audit.entityId, id)),
    pairIds.length
      ? and(eq(audit.entityType, 'mentorship'), inArray(audit.entityId, pairIds))
      : undefined,
    meetingIds.length
      ? and(eq(audit.entityType, 'meeting'), inArray(audit.entityId, meetingIds))
      : undefined,
  );

export async function referralFile(db: Db, caller: Caller, id: string, now: Date) {
  const mine = caller.association.id;
  const [row] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.id, id), eq(referrals.associationId, mine)));
  if (!row) return fail(404, 'Introuvable.');
  const { pairs, meetingRows, interviewRows } = await pairsOf(db, eq(mentorships.referralId, id));
  const about = aboutRecords(
    'referral',
    id,
    pairs.map((p) => p.id),
    meetingRows.map((m) => m.id),
  );
  return {
    exportedAt: now.toISOString(),
    referral: publicReferral(row),
    timeline: await timelineOf(db, 'referral', id),
    mentorships: pairs.map(withoutAssociation),
    meetings: meetingRows.map(withoutAssociation),
    interviews: interviewRows.map(withoutAssociation),
    auditEvents: await auditRows(db, mine, about),
  };
}

export async function mentorFile(db: Db, caller: Caller, id: string, now: Date) {
  const mine = caller.association.id;
  const [row] = await db
    .select()
    .from(mentors)
    .where(and(eq(mentors.id, id), eq(mentors.associationId, mine)));
  if (!row) return fail(404, 'Introuvable.');
  const [account] = row.userId ? await db.select().from(users).where(eq(users.id, row.userId)) : [];
  const { pairs, meetingRows, interviewRows } = await pairsOf(db, eq(mentorships.mentorId, id));
  const about = or(
    aboutRecords(
      'mentor',
      id,
      pairs.map((p) => p.id),
      meetingRows.map((m) => m.id),
    ),
    row.userId ? eq(audit.actorId, row.userId) : undefined,
  );
  return {
    exportedAt: now.toISOString(),
    mentor: publicMentor(row),
    account: account ? publicUser(account) : null,
    timeline: await timelineOf(db, 'mentor', id),
    mentorships: pairs.map(withoutAssociation),
    meetings: meetingRows.map(withoutAssociation),
    interviews: interviewRows.map(withoutAssociation),
    auditEvents: await auditRows(db, mine, about),
  };
}

export async function userFile(db: Db, caller: Caller, id: string, now: Date) {
  const mine = caller.association.id;
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), eq(users.associationId, mine)));
  if (!row) return fail(404, 'Introuvable.');
  const about = or(
    eq(audit.actorId, id),
    and(eq(audit.entityType, 'user'), eq(audit.entityId, id)),
  );
  return {
    exportedAt: now.toISOString(),
    user: publicUser(row),
    auditEvents: await auditRows(db, mine, about),
  };
}

/** Keeps which fields changed in these entries, not their values (a name, a note). */
const redactAudit = (db: Db, associationId: string, about: SQL | undefined) =>
  db
    .update(audit)
    .set({
      changes: sql`(select coalesce(jsonb_agg(jsonb_build_object('field', c->'field', 'before', null, 'after', null)), '[]'::jsonb) from jsonb_array_elements(${audit.changes}) c)`,
    })
    .where(and(eq(audit.associationId, associationId), about));

/** An export's logged search (`q`) naming the person: the search is erased, the entry stays. */
const eraseSearches = (db: Db, associationId: string, names: string[]) =>
  db
    .update(audit)
    .set({
      details: sql`jsonb_set(${audit.details}, '{filters,q}', to_jsonb(${'[effacé]'}::text))`,
    })
    .where(
      and(
        eq(audit.associationId, associationId),
        sql`${audit.action} like 'export.%'`,
        or(
          ...names.map(
            (name) => sql`strpos(lower(${audit.details}->'filters'->>'q'), lower(${name})) > 0`,
          ),
        ),
      ),
    );

/** Free text about the person in their pairs: goals' labels, meeting and interview notes. */
async function erasePairsText(db: Db, pairIds: string[]) {
  if (!pairIds.length) return;
  await db
    .update(mentorships)
    .set({
      goals: sql`(select coalesce(jsonb_agg(jsonb_set(g, '{label}', to_jsonb(${'Objectif'}::text))), '[]'::jsonb) from jsonb_array_elements(${mentorships.goals}) g)`,
      refusalReason: sql`case when ${mentorships.refusalReason} is null then null else ${ERASED} end`,
    })
    .where(inArray(mentorships.id, pairIds));
  await db
    .update(meetings)
    .set({
      notes: '',
      concernAcknowledgement: sql`case when ${meetings.concernAcknowledgement} is null then null else ${ERASED} end`,
    })
    .where(inArray(meetings.mentorshipId, pairIds));
  await db.update(interviews).set({ notes: '' }).where(inArray(interviews.mentorshipId, pairIds));
}

async function refuseWhileUnderWay(db: Db, where: SQL) {
  const [busy] = await db
    .select({ id: mentorships.id })
    .from(mentorships)
    .where(and(where, inArray(mentorships.status, UNDER_WAY)))
    .limit(1);
  if (busy) return fail(409, 'Un binôme est en cours : clôturez-le avant d’anonymiser ce dossier.');
}

/** Anonymises a referral inside the caller's transaction; a second time does nothing. */
export async function anonymiseReferral(db: Db, actor: Caller, id: string, now: Date) {
  const mine = actor.association.id;
  const row = await lockReferral(db, id, mine);
  if (row.anonymisedAt) return false;
  await refuseWhileUnderWay(db, eq(mentorships.referralId, id));
  const identity = { firstName: 'Anonyme', lastName: pseudonym(mine, 'J', id) };
  await db
    .update(referrals)
    .set({
      ...identity,
      birthDate: birthDateKeepingAge(row.birthDate, row.receivedAt),
      email: null,
      phone: null,
      externalId: null,
      message: '',
      legalGuardian: null,
      statusReason: row.statusReason === null ? null : ERASED,
      ...referralKeys({ ...identity, email: null, phone: null, commune: row.commune }),
      anonymisedAt: now,
      version: row.version + 1,
      updatedAt: now,
    })
    .where(eq(referrals.id, id));
  await db
    .update(timeline)
    .set({ body: sql`case when ${timeline.body} is null then null else ${ERASED} end` })
    .where(and(eq(timeline.entityType, 'referral'), eq(timeline.entityId, id)));
  const pairs = await db
    .select({ id: mentorships.id })
    .from(mentorships)
    .where(eq(mentorships.referralId, id));
  const pairIds = pairs.map((p) => p.id);
  const meetingIds = pairIds.length
    ? (
        await db
          .select({ id: meetings.id })
          .from(meetings)
          .where(inArray(meetings.mentorshipId, pairIds))
      ).map((m) => m.id)
    : [];
  await erasePairsText(db, pairIds);
  await redactAudit(db, mine, aboutRecords('referral', id, pairIds, meetingIds));
  await eraseSearches(db, mine, [row.firstName, row.lastName]);
  await writeAudit(db, now, actor, 'referral.anonymize', {
    type: 'referral',
    id,
    associationId: mine,
  });
  return true;
}

/** Anonymises a mentor and closes their account, inside the caller's transaction. */
export async function anonymiseMentor(db: Db, actor: Caller, id: string, now: Date) {
  const mine = actor.association.id;
  const row = await lockMentor(db, id, mine);
  if (row.anonymisedAt) return false;
  await refuseWhileUnderWay(db, eq(mentorships.mentorId, id));
  const code = pseudonym(mine, 'M', id);
  const identity = { firstName: 'Anonyme', lastName: code };
  const email = `${code.toLowerCase()}@anonyme.invalid`;
  await db
    .update(mentors)
    .set({
      ...identity,
      email,
      phone: null,
      employer: null,
      jobTitle: null,
      ...mentorKeys({ ...identity, sector: row.sector }),
      anonymisedAt: now,
      version: row.version + 1,
      updatedAt: now,
    })
    .where(eq(mentors.id, id));
  await db
    .update(timeline)
    .set({ body: sql`case when ${timeline.body} is null then null else ${ERASED} end` })
    .where(and(eq(timeline.entityType, 'mentor'), eq(timeline.entityId, id)));
  if (row.userId) {
    const [account] = await db
      .update(users)
      .set({ ...identity, email, active: false, version: sql`${users.version} + 1` })
      .where(eq(users.id, row.userId))
      .returning();
    await db.delete(sessions).where(eq(sessions.userId, row.userId));
    // What they wrote stays, under their code instead of their name.
    const name = `${identity.firstName} ${identity.lastName}`;
    await db.update(audit).set({ actorName: name }).where(eq(audit.actorId, account!.id));
    await db.update(timeline).set({ actorName: name }).where(eq(timeline.actorId, account!.id));
  }
  await eraseSearches(db, mine, [row.firstName, row.lastName]);
  await redactAudit(
    db,
    mine,
    or(
      and(eq(audit.entityType, 'mentor'), eq(audit.entityId, id)),
      row.userId ? and(eq(audit.entityType, 'user'), eq(audit.entityId, row.userId)) : undefined,
    ),
  );
  await writeAudit(db, now, actor, 'mentor.anonymize', {
    type: 'mentor',
    id,
    associationId: mine,
  });
  return true;
}

const YEAR_MS = 365.25 * 86_400_000;

const NONE_UNDER_WAY = sql`bool_and(${mentorships.status} is null or ${mentorships.status} not in ('PROPOSED', 'ACCEPTED', 'ACTIVE', 'PAUSED'))`;

/** The files with no activity since `before`, not anonymised, with no pair under way. */
export async function retentionCandidates(db: Db, associationId: string, before: Date) {
  const referralLast = sql`greatest(${referrals.updatedAt}, max(${mentorships.updatedAt}), max(${meetings.date}::timestamptz), (select max(t.at) from timeline t where t.entity_type = 'referral' and t.entity_id = ${referrals.id}))`;
  const mentorLast = sql`greatest(${mentors.updatedAt}, max(${mentorships.updatedAt}), max(${meetings.date}::timestamptz))`;
  const [referralRows, mentorRows] = await Promise.all([
    db
      .select({
        id: referrals.id,
        firstName: referrals.firstName,
        lastName: referrals.lastName,
        status: referrals.status,
        last: referralLast.mapWith(referrals.updatedAt),
      })
      .from(referrals)
      .leftJoin(mentorships, eq(mentorships.referralId, referrals.id))
      .leftJoin(meetings, eq(meetings.mentorshipId, mentorships.id))
      .where(and(eq(referrals.associationId, associationId), isNull(referrals.anonymisedAt)))
      .groupBy(referrals.id)
      .having(and(NONE_UNDER_WAY, sql`${referralLast} < ${before}`)),
    db
      .select({
        id: mentors.id,
        firstName: mentors.firstName,
        lastName: mentors.lastName,
        status: mentors.status,
        last: mentorLast.mapWith(mentors.updatedAt),
      })
      .from(mentors)
      .leftJoin(mentorships, eq(mentorships.mentorId, mentors.id))
      .leftJoin(meetings, eq(meetings.mentorshipId, mentorships.id))
      .where(
        and(
          eq(mentors.associationId, associationId),
          isNull(mentors.anonymisedAt),
          eq(mentors.activePairs, 0),
        ),
      )
      .groupBy(mentors.id)
      .having(and(NONE_UNDER_WAY, sql`${mentorLast} < ${before}`)),
  ]);
  const candidate = (type: 'referral' | 'mentor') => (r: (typeof referralRows)[number]) => ({
    type,
    id: r.id,
    label: `${r.firstName} ${r.lastName}`,
    status: r.status,
    lastActivityAt: r.last.toISOString(),
  });
  return [...referralRows.map(candidate('referral')), ...mentorRows.map(candidate('mentor'))].sort(
    (a, b) => a.lastActivityAt.localeCompare(b.lastActivityAt),
  );
}

export const retentionLimit = (now: Date, years: number) =>
  new Date(now.getTime() - years * YEAR_MS);
