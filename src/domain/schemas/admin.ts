import { z } from 'zod';
import DEPARTMENTS from '../departments.gen.json';
import { ROLES, SAVED_VIEW_RESOURCES } from '../enums';
import {
  Email,
  Id,
  IsoDateTime,
  FirstName,
  LastName,
  Version,
  api,
  pageOf,
  requiredText,
} from './common';

export const Role = api('Role', z.enum(ROLES));

/** The roles an admin gives: a mentor's account comes from the mentor's record. */
export const StaffRole = api(
  'StaffRole',
  z.enum(['admin', 'coordinator'], { error: 'Choisissez un rôle' }),
);

export const LoginInput = api(
  'LoginInput',
  z.object({
    email: Email,
    password: z.string().min(1, { error: 'Saisissez votre mot de passe' }).max(200),
  }),
);

export const PASSWORD_MIN = 12;

export const PasswordChangeInput = api(
  'PasswordChangeInput',
  z
    .object({
      currentPassword: z.string().min(1, { error: 'Saisissez votre mot de passe actuel' }).max(200),
      newPassword: z
        .string()
        .min(PASSWORD_MIN, { error: `Au moins ${PASSWORD_MIN} caractères` })
        .max(200, { error: 'Au plus 200 caractères' }),
    })
    .refine((p) => p.newPassword !== p.currentPassword, {
      error: 'Choisissez un mot de passe différent de l’actuel',
      path: ['newPassword'],
    }),
);

export const User = api(
  'User',
  z.object({
    id: Id,
    version: Version,
    email: Email,
    firstName: z.string(),
    lastName: z.string(),
    role: Role,
    active: z.boolean(),
    mentorId: Id.nullable(),
    lastLoginAt: IsoDateTime.nullable(),
    createdAt: IsoDateTime,
    mustChangePassword: z
      .boolean()
      .meta({ description: 'Logged in with a temporary password: must choose their own first' }),
  }),
);

export const UserPage = pageOf('UserPage', User);

export const Invitation = api(
  'Invitation',
  z.object({
    user: User,
    temporaryPassword: z.string().meta({
      description: 'Shown once, to hand to the person; only its hash is stored',
    }),
  }),
  'An account created (or its password reset) with a temporary password',
);

export const Association = api(
  'Association',
  z.object({ id: Id, name: z.string(), shortName: z.string() }),
);

export const Session = api(
  'Session',
  z.object({
    user: User,
    association: Association,
    csrfToken: z.string().meta({ description: 'Send in X-CSRF-Token on every unsafe request' }),
  }),
);

/** Staff accounts: a mentor's account is created from the mentor's record (POST /mentors/{id}/invite). */
export const UserInput = api(
  'UserInput',
  z.object({
    email: Email,
    firstName: FirstName,
    lastName: LastName,
    role: StaffRole,
  }),
);

export const UserPatch = api(
  'UserPatch',
  z
    .object({
      firstName: FirstName,
      lastName: LastName,
      role: StaffRole,
      active: z.boolean(),
    })
    .partial(),
);

export const MatchingWeights = api(
  'MatchingWeights',
  z.object({
    needs: z.number().min(0).max(10),
    sector: z.number().min(0).max(10),
    proximity: z.number().min(0).max(10),
    availability: z.number().min(0).max(10),
    language: z.number().min(0).max(10),
    preferences: z.number().min(0).max(10),
    loadBalance: z.number().min(0).max(10),
  }),
);

const settingsFields = {
  associationName: requiredText(120),
  departments: z
    .array(
      z
        .string()
        .refine((code) => Object.hasOwn(DEPARTMENTS, code), { error: 'Département inconnu' }),
    )
    .min(1, { error: 'Choisissez au moins un département' })
    .max(101)
    .meta({ description: 'The departments the association serves' }),
  menteeAgeMin: z.int().min(10).max(30),
  menteeAgeMax: z.int().min(13).max(35),
  firstContactDelayDays: z.int().min(1).max(60),
  maxContactAttempts: z.int().min(1).max(10),
  honorabilityValidityYears: z.int().min(1).max(10),
  honorabilityWarningDays: z.int().min(0).max(365),
  plannedDurationMonths: z.int().min(1).max(36),
  checkInDays: z
    .int()
    .min(1)
    .max(180)
    .meta({ description: 'No meeting held for this long: the pair needs a check-in' }),
  atRiskDays: z
    .int()
    .min(1)
    .max(365)
    .meta({ description: 'No meeting held for this long: the pair is at risk' }),
  meetingsPerMonth: z.int().min(1).max(8).meta({ description: 'Expected cadence' }),
  retentionYears: z.int().min(1).max(10),
  inactivityTimeoutMinutes: z
    .int()
    .min(5)
    .max(720)
    .meta({ description: 'A session unused for this long ends' }),
  matchingWeights: MatchingWeights,
};

export const Settings = api(
  'Settings',
  z.object({
    version: Version,
    ...settingsFields,
    intakeKeyHint: z.string().nullable(),
    previousIntakeKeyUntil: IsoDateTime.nullable().meta({
      description: 'After a rotation, the old key works until then',
    }),
  }),
);

/** Checks that hold between fields, each pointing at the field to change. */
export const SettingsInput = api(
  'SettingsInput',
  z
    .object(settingsFields)
    .refine((s) => s.menteeAgeMin <= s.menteeAgeMax, {
      error: 'L’âge maximum doit être au moins l’âge minimum',
      path: ['menteeAgeMax'],
    })
    .refine((s) => s.checkInDays < s.atRiskDays, {
      error: 'Le délai « à risque » doit dépasser celui du point d’étape',
      path: ['atRiskDays'],
    })
    .refine((s) => s.honorabilityWarningDays < s.honorabilityValidityYears * 365, {
      error: 'L’alerte doit précéder la fin de validité',
      path: ['honorabilityWarningDays'],
    }),
);

export const IntakeKey = api(
  'IntakeKey',
  z.object({ key: z.string().meta({ description: 'Shown once; only a hint is kept afterwards' }) }),
);

export const AuditChange = api(
  'AuditChange',
  z.object({ field: z.string(), before: z.unknown(), after: z.unknown() }),
);

export const AuditEvent = api(
  'AuditEvent',
  z.object({
    id: Id,
    at: IsoDateTime,
    actorId: Id.nullable(),
    actorName: z.string(),
    action: z.string().meta({ description: 'e.g. referral.update, export.referrals, auth.login' }),
    entityType: z.string(),
    entityId: Id.nullable(),
    fields: z.array(z.string()).meta({ description: 'Names of the changed fields' }),
    changes: z
      .array(AuditChange)
      .meta({ description: 'Each changed field before and after; never a secret' }),
    details: z
      .record(z.string(), z.unknown())
      .nullable()
      .meta({ description: 'What else says what happened (an export’s filters and rows)' }),
  }),
);

export const AuditEventPage = pageOf('AuditEventPage', AuditEvent);

export const SavedViewResource = api('SavedViewResource', z.enum(SAVED_VIEW_RESOURCES));

const savedViewFields = {
  name: requiredText(80),
  resource: SavedViewResource,
  query: z
    .string()
    .max(2000)
    .meta({ description: 'The list URL search string, e.g. status=TO_CONTACT&overdue=true' }),
  shared: z.boolean(),
};

export const SavedViewInput = api('SavedViewInput', z.object(savedViewFields));

export const SavedView = api(
  'SavedView',
  z.object({
    id: Id,
    version: Version,
    ...savedViewFields,
    ownerId: Id,
    count: z.int().min(0).meta({ description: 'Live count of the records the view matches' }),
  }),
);

export const SearchHit = api(
  'SearchHit',
  z.object({
    kind: z.enum(['referral', 'mentor', 'mentorship']),
    id: Id,
    label: z.string(),
    detail: z.string().meta({ description: 'Where the person lives (commune); empty for a pair' }),
    status: z
      .string()
      .meta({ description: 'The lifecycle status code of the referral, mentor or pair' }),
  }),
);

export const TeamMember = api(
  'TeamMember',
  z.object({ id: Id, firstName: z.string(), lastName: z.string(), role: Role }),
  'A staff member of the association, as colleagues see them (to assign referrals)',
);
