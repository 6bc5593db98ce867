import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

// One table per record of the contract; columns are the records' fields (snake_case in SQL).
// Every row carries its association: every query filters on it.

const ts = (name?: string) =>
  name
    ? timestamp(name, { withTimezone: true, mode: 'date' })
    : timestamp({ withTimezone: true, mode: 'date' });
const day = () => date({ mode: 'string' });
const texts = () =>
  text()
    .array()
    .notNull()
    .default(sql`'{}'::text[]`);

export const associations = pgTable('associations', {
  id: text().primaryKey(),
  name: text().notNull(),
  shortName: text().notNull(),
});

export const users = pgTable(
  'users',
  {
    id: text().primaryKey(),
    associationId: text()
      .notNull()
      .references(() => associations.id),
    version: integer().notNull().default(1),
    email: text().notNull(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    role: text().notNull(),
    active: boolean().notNull().default(true),
    mentorId: text(),
    lastLoginAt: ts(),
    createdAt: ts().notNull(),
    passwordHash: text().notNull(),
    /** Login attempts not followed by a success, counted from `loginAttemptsSince`. */
    loginAttempts: integer().notNull().default(0),
    loginAttemptsSince: ts(),
    /** Set with a temporary password (an invitation, a reset): the person chooses their own first. */
    mustChangePassword: boolean().notNull().default(false),
  },
  // One account per association and address (docs/decisions/0010-accounts-per-association.md).
  (t) => [uniqueIndex('users_association_email').on(t.associationId, sql`lower(${t.email})`)],
);

export const sessions = pgTable('sessions', {
  id: text().primaryKey(),
  tokenHash: text().notNull().unique(),
  userId: text()
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text().notNull(),
  expiresAt: ts().notNull(),
  /** The session's last request, to its minute: unused past the inactivity timeout, it ends. */
  lastSeenAt: ts().notNull().defaultNow(),
});

export const settings = pgTable('settings', {
  associationId: text()
    .primaryKey()
    .references(() => associations.id),
  version: integer().notNull().default(1),
  menteeAgeMin: integer().notNull(),
  menteeAgeMax: integer().notNull(),
  firstContactDelayDays: integer().notNull(),
  maxContactAttempts: integer().notNull(),
  honorabilityValidityYears: integer().notNull(),
  honorabilityWarningDays: integer().notNull(),
  plannedDurationMonths: integer().notNull(),
  checkInDays: integer().notNull().default(21),
  atRiskDays: integer().notNull().default(45),
  meetingsPerMonth: integer().notNull().default(2),
  retentionYears: integer().notNull(),
  inactivityTimeoutMinutes: integer().notNull().default(60),
  departments: texts(),
  matchingWeights: jsonb().notNull(),
  intakeKeyHash: text().notNull(),
  intakeKeyHint: text().notNull(),
  /** After a rotation, the previous key's hash, valid until `previousIntakeKeyUntil`. */
  previousIntakeKeyHash: text(),
  previousIntakeKeyUntil: ts(),
});

export const referrals = pgTable(
  'referrals',
  {
    id: text().primaryKey(),
    associationId: text()
      .notNull()
      .references(() => associations.id),
    version: integer().notNull().default(1),
    externalId: text(),
    channel: text().notNull(),
    receivedAt: ts().notNull(),
    status: text().notNull(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    birthDate: day().notNull(),
    gender: text().notNull(),
    email: text(),
    phone: text(),
    postalCode: text().notNull(),
    commune: text().notNull(),
    department: text().notNull(),
    situation: text().notNull(),
    needs: texts(),
    message: text().notNull(),
    priorityPublics: texts(),
    accommodationNeeded: boolean().notNull(),
    preferences: jsonb().notNull(),
    legalGuardian: jsonb(),
    consents: jsonb().notNull(),
    assigneeId: text(),
    contactAttempts: integer().notNull().default(0),
    firstContactAt: ts(),
    lastContactAt: ts(),
    statusReason: text(),
    redirectedTo: text(),
    updatedAt: ts().notNull(),
    anonymisedAt: ts(),
    /** Lower-case, accent-free name, email and commune, for the free-text search. */
    searchText: text().notNull(),
    /** Digits of the phone number, for the free-text search. */
    phoneDigits: text().notNull().default(''),
    /** searchKey() of the last name and commune: the sort order both backends use. */
    firstNameKey: text().notNull(),
    lastNameKey: text().notNull(),
    communeKey: text().notNull(),
  },
  (t) => [
    uniqueIndex('referrals_external_id').on(t.associationId, t.externalId),
    // The list's two usual orders, ties by id in byte order: a page is read off the index.
    index('referrals_received').on(t.associationId, t.receivedAt.desc(), sql`${t.id} collate "C"`),
    index('referrals_last_name').on(
      t.associationId,
      sql`${t.lastNameKey} collate "C"`,
      sql`${t.id} collate "C"`,
    ),
    index('referrals_status').on(t.associationId, t.status),
    // The export walks an association's referrals in id order (byte order).
    index('referrals_association').on(t.associationId, sql`${t.id} collate "C"`),
  ],
);

export const mentors = pgTable(
  'mentors',
  {
    id: text().primaryKey(),
    associationId: text()
      .notNull()
      .references(() => associations.id),
    version: integer().notNull().default(1),
    status: text().notNull(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    gender: text().notNull(),
    email: text().notNull(),
    phone: text(),
    postalCode: text().notNull(),
    commune: text().notNull(),
    department: text().notNull(),
    occupation: text().notNull(),
    sector: text(),
    jobTitle: text(),
    employer: text(),
    expertise: texts(),
    languages: texts(),
    modalities: texts(),
    hoursPerMonth: integer().notNull(),
    preferredSlots: texts(),
    capacity: integer().notNull(),
    menteeAgeMin: integer().notNull(),
    menteeAgeMax: integer().notNull(),
    honorabilityCheck: jsonb(),
    training: jsonb(),
    activePairs: integer().notNull().default(0),
    userId: text(),
    createdAt: ts().notNull(),
    updatedAt: ts().notNull(),
    anonymisedAt: ts(),
    /** searchKey() of "first last", for searches that reach mentors. */
    searchText: text().notNull(),
    /** searchKey() of the last name and the sector: the sort and the sector filter. */
    lastNameKey: text().notNull().default(''),
    sectorKey: text().notNull().default(''),
  },
  (t) => [
    index('mentors_status').on(t.associationId, t.status),
    index('mentors_last_name').on(
      t.associationId,
      sql`${t.lastNameKey} collate "C"`,
      sql`${t.id} collate "C"`,
    ),
    uniqueIndex('mentors_email').on(t.associationId, sql`lower(${t.email})`),
  ],
);

export const mentorships = pgTable(
  'mentorships',
  {
    id: text().primaryKey(),
    associationId: text()
      .notNull()
      .references(() => associations.id),
    version: integer().notNull().default(1),
    status: text().notNull(),
    referralId: text()
      .notNull()
      .references(() => referrals.id),
    mentorId: text()
      .notNull()
      .references(() => mentors.id),
    coordinatorId: text(),
    goals: jsonb().notNull(),
    proposedAt: ts().notNull(),
    acceptedAt: ts(),
    startedAt: ts(),
    plannedEndAt: day(),
    closedAt: ts(),
    refusalReason: text(),
    closureReason: text(),
    exitSituation: text(),
    updatedAt: ts().notNull(),
  },
  (t) => [
    index('mentorships_mentor').on(t.associationId, t.mentorId),
    index('mentorships_referral').on(t.referralId),
  ],
);

export const meetings = pgTable(
  'meetings',
  {
    id: text().primaryKey(),
    associationId: text()
      .notNull()
      .references(() => associations.id),
    version: integer().notNull().default(1),
    mentorshipId: text()
      .notNull()
      .references(() => mentorships.id),
    date: day().notNull(),
    durationMinutes: integer().notNull(),
    modality: text().notNull(),
    topics: texts(),
    notes: text().notNull(),
    attendance: text().notNull(),
    concern: boolean().notNull(),
    loggedById: text().notNull(),
    loggedAt: ts().notNull(),
    /** A concern stays open until a coordinator acknowledges it, with a note mentors never see. */
    concernAcknowledgedAt: ts(),
    concernAcknowledgedById: text(),
    concernAcknowledgement: text(),
    /** The client's Idempotency-Key: a meeting sent twice (offline, then again) is recorded once. */
    idempotencyKey: text(),
  },
  (t) => [
    uniqueIndex('meetings_idempotency').on(t.mentorshipId, t.idempotencyKey),
    index('meetings_mentorship').on(t.mentorshipId, t.date),
    index('meetings_open_concerns')
      .on(t.associationId, t.loggedAt)
      .where(sql`${t.concern} and ${t.concernAcknowledgedAt} is null`),
    // The export walks an association's meetings in id order (byte order).
    index('meetings_association').on(t.associationId, sql`${t.id} collate "C"`),
  ],
);

export const interviews = pgTable(
  'interviews',
  {
    id: text().primaryKey(),
    associationId: text()
      .notNull()
      .references(() => associations.id),
    version: integer().notNull().default(1),
    mentorshipId: text()
      .notNull()
      .references(() => mentorships.id),
    kind: text().notNull(),
    date: day().notNull(),
    menteeSatisfaction: integer(),
    mentorSatisfaction: integer(),
    notes: text().notNull(),
    byId: text().notNull(),
  },
  (t) => [index('interviews_mentorship').on(t.mentorshipId, t.date)],
);

export const timeline = pgTable(
  'timeline',
  {
    id: text().primaryKey(),
    associationId: text()
      .notNull()
      .references(() => associations.id),
    entityType: text().notNull(),
    entityId: text().notNull(),
    at: ts().notNull(),
    actorId: text(),
    actorName: text().notNull(),
    kind: text().notNull(),
    from: text(),
    to: text(),
    channel: text(),
    reached: boolean(),
    body: text(),
  },
  (t) => [index('timeline_entity').on(t.entityType, t.entityId, t.at)],
);

export const audit = pgTable(
  'audit',
  {
    id: text().primaryKey(),
    associationId: text()
      .notNull()
      .references(() => associations.id),
    at: ts().notNull(),
    actorId: text(),
    actorName: text().notNull(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    fields: texts(),
    /** Each changed field's value before and after, as [{ field, before, after }]; never a secret. */
    changes: jsonb()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** What else says what happened (an export's filters and row count); never a secret. */
    details: jsonb(),
  },
  (t) => [
    index('audit_association_at').on(t.associationId, t.at),
    index('audit_entity').on(t.entityType, t.entityId, t.at),
  ],
);

export const savedViews = pgTable('saved_views', {
  id: text().primaryKey(),
  associationId: text()
    .notNull()
    .references(() => associations.id),
  version: integer().notNull().default(1),
  name: text().notNull(),
  resource: text().notNull(),
  query: text().notNull(),
  shared: boolean().notNull(),
  ownerId: text().notNull(),
});
