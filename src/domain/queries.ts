import { z } from 'zod';
import {
  AGE_BANDS,
  CHANNELS,
  EXPORT_FORMATS,
  MENTORSHIP_STATUSES,
  MENTOR_STATUSES,
  MODALITIES,
  NEEDS,
  PRIORITY_PUBLICS,
  REFERRAL_STATUSES,
  ROLES,
  SITUATIONS,
} from './enums';
import { HEALTH_LEVELS } from './follow-up';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from './schemas/common';

// List queries as they travel in a URL: parsed with these schemas by the backends (the request)
// and by the screens (the address bar), never cast.

const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).default([]);
const flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

const paging = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
  q: z.string().trim().max(100).optional(),
};

const sortOf = <T extends readonly string[]>(fields: T, fallback: `${'-' | ''}${T[number]}`) =>
  z
    .string()
    .refine((s) => fields.includes(s.replace(/^-/, '')), { error: 'Tri inconnu' })
    .default(fallback);

export const REFERRAL_SORTS = [
  'receivedAt',
  'lastName',
  'birthDate',
  'status',
  'commune',
  'assignee',
] as const;

export const ReferralListQuery = z.object({
  ...paging,
  sort: sortOf(REFERRAL_SORTS, '-receivedAt'),
  status: list(REFERRAL_STATUSES),
  need: list(NEEDS),
  situation: list(SITUATIONS),
  channel: list(CHANNELS),
  priorityPublic: list(PRIORITY_PUBLICS),
  department: z.array(z.string().regex(/^(\d{2}|2A|2B|97\d)$/)).default([]),
  ageBand: list(AGE_BANDS),
  assigneeId: z.string().max(64).optional(),
  receivedFrom: z.iso.date().optional(),
  receivedTo: z.iso.date().optional(),
  waitingMinDays: z.coerce.number().int().min(0).optional(),
  overdue: flag,
  /** Whether a first contact was made. */
  contacted: flag,
});
export type ReferralListQuery = z.infer<typeof ReferralListQuery>;

export const MENTORSHIP_SORTS = [
  'proposedAt',
  'startedAt',
  'plannedEndAt',
  'lastMeetingAt',
  'status',
] as const;

export const MentorshipListQuery = z.object({
  ...paging,
  sort: sortOf(MENTORSHIP_SORTS, '-proposedAt'),
  status: list(MENTORSHIP_STATUSES),
  health: list(HEALTH_LEVELS),
  mentorId: z.string().max(64).optional(),
  referralId: z.string().max(64).optional(),
  coordinatorId: z.string().max(64).optional(),
  noMeetingSinceDays: z.coerce.number().int().min(1).optional(),
  /** The indicators' filters (src/domain/indicators.ts): days, both ends included. */
  acceptedFrom: z.iso.date().optional(),
  acceptedTo: z.iso.date().optional(),
  closedFrom: z.iso.date().optional(),
  closedTo: z.iso.date().optional(),
  /** Accepted on or before that day and not closed by then. */
  activeOn: z.iso.date().optional(),
  /** Closed within EARLY_RUPTURE_DAYS of its acceptance. */
  earlyRupture: flag,
});
export type MentorshipListQuery = z.infer<typeof MentorshipListQuery>;

export const MENTOR_SORTS = ['lastName', 'createdAt', 'status', 'activePairs'] as const;
export const HONORABILITY_FILTERS = ['VALID', 'EXPIRING', 'EXPIRED', 'MISSING'] as const;

export const MentorListQuery = z.object({
  ...paging,
  sort: sortOf(MENTOR_SORTS, 'lastName'),
  status: list(MENTOR_STATUSES),
  expertise: list(NEEDS),
  modality: list(MODALITIES),
  language: z.array(z.string().regex(/^[a-z]{2,3}$/)).default([]),
  department: z.array(z.string().regex(/^(\d{2}|2A|2B|97\d)$/)).default([]),
  sector: z.string().trim().max(100).optional(),
  freeCapacity: flag,
  honorability: z.enum(HONORABILITY_FILTERS).optional(),
  trained: flag,
  createdFrom: z.iso.date().optional(),
  createdTo: z.iso.date().optional(),
});
export type MentorListQuery = z.infer<typeof MentorListQuery>;

/** What the intake form has typed so far; each criterion is checked only when complete. */
export const DuplicateQuery = z.object({
  firstName: z.string().trim().max(100).optional(),
  lastName: z.string().trim().max(100).optional(),
  birthDate: z.iso.date().optional(),
  email: z.string().trim().max(254).optional(),
  phone: z.string().trim().max(30).optional(),
});
export type DuplicateQuery = z.infer<typeof DuplicateQuery>;

export const CONCERN_STATUSES = ['OPEN', 'ACKNOWLEDGED'] as const;
export const ConcernListQuery = z.object({
  page: paging.page,
  pageSize: paging.pageSize,
  status: z.array(z.enum(CONCERN_STATUSES)).default(['OPEN']),
});

/** A period of days, both ends included; either may be left open. */
const period = { from: z.iso.date().optional(), to: z.iso.date().optional() };
const inOrder = (p: { from?: string; to?: string }) => !p.from || !p.to || p.from <= p.to;
const IN_ORDER = { error: 'La fin de la période précède son début', path: ['to'] };

export const PeriodQuery = z.object(period).refine(inOrder, IN_ORDER);

export const IndicatorQuery = z
  .object({ ...period, coordinatorId: z.string().max(64).optional() })
  .refine(inOrder, IN_ORDER);

/** How to write an export; its rows are chosen by the list's own filters or by the period. */
export const ExportQuery = z
  .object({
    ...period,
    format: z.enum(EXPORT_FORMATS).default('csv'),
    /** The list columns on screen, comma separated; none: every column. */
    columns: z
      .string()
      .max(500)
      .transform((s) => s.split(',').filter(Boolean))
      .optional(),
    /** Names and contacts replaced by a stable code per person. */
    pseudonymise: flag,
    coordinatorId: z.string().max(64).optional(),
  })
  .refine(inOrder, IN_ORDER);
export type ExportQuery = z.infer<typeof ExportQuery>;

export const UserListQuery = z.object({ ...paging, role: list(ROLES) });

/** The audit log's filters: who, which record, which action, when (days in UTC). */
export const AuditQuery = z
  .object({
    page: paging.page,
    pageSize: paging.pageSize,
    ...period,
    actorId: z.string().max(64).optional(),
    entityType: z.string().max(40).optional(),
    entityId: z.string().max(64).optional(),
    action: z.string().max(60).optional(),
  })
  .refine(inOrder, IN_ORDER);
export type AuditQuery = z.infer<typeof AuditQuery>;

const ARRAY_KEYS = new Set([
  'status',
  'health',
  'need',
  'situation',
  'channel',
  'priorityPublic',
  'department',
  'ageBand',
  'role',
  'expertise',
  'modality',
  'language',
]);

/** URLSearchParams to a plain object: repeated keys become arrays, as the contract's `explode` says. */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    out[key] = ARRAY_KEYS.has(key) ? params.getAll(key) : params.get(key)!;
  }
  return out;
}
