import { z } from 'zod';
import { AuditEvent, User } from './admin';
import { Id, IsoDateTime, api } from './common';
import { Mentor } from './mentor';
import { Referral, TimelineEvent } from './referral';

// A person's whole file, for a subject access request (GDPR art. 15), and the review of files
// kept past the retention period.

const StoredRecords = z
  .array(z.record(z.string(), z.unknown()))
  .meta({ description: 'The records as stored, every field' });

const fileFields = {
  exportedAt: IsoDateTime,
  timeline: z.array(TimelineEvent),
  mentorships: StoredRecords,
  meetings: StoredRecords,
  interviews: StoredRecords,
  auditEvents: z.array(AuditEvent).meta({ description: 'The audit entries about the person' }),
};

export const ReferralFile = api(
  'ReferralFile',
  z.object({ referral: Referral, ...fileFields }),
  'Everything the association keeps about a young person',
);

export const MentorFile = api(
  'MentorFile',
  z.object({ mentor: Mentor, account: User.nullable(), ...fileFields }),
  'Everything the association keeps about a mentor',
);

export const UserFile = api(
  'UserFile',
  z.object({
    exportedAt: IsoDateTime,
    user: User,
    auditEvents: z
      .array(AuditEvent)
      .meta({ description: 'What the account did, and what was done to it' }),
  }),
  'Everything the association keeps about a staff account',
);

export const RetentionCandidate = api(
  'RetentionCandidate',
  z.object({
    type: z.enum(['referral', 'mentor']),
    id: Id,
    label: z.string().meta({ description: 'The person’s name, for the review' }),
    status: z.string(),
    lastActivityAt: IsoDateTime,
  }),
);

export const RetentionReview = api(
  'RetentionReview',
  z.object({
    retentionYears: z.int().min(1),
    before: IsoDateTime.meta({ description: 'Files with no activity since then are listed' }),
    items: z.array(RetentionCandidate),
  }),
);

export const RetentionRun = api(
  'RetentionRun',
  z.object({
    ids: z
      .array(Id)
      .min(1, { error: 'Choisissez au moins un dossier' })
      .max(10_000)
      .meta({ description: 'The reviewed files to anonymise (referrals and mentors)' }),
  }),
);

export const RetentionResult = api(
  'RetentionResult',
  z.object({
    anonymised: z.int().min(0),
    skipped: z
      .int()
      .min(0)
      .meta({ description: 'Listed files no longer due (activity since the review)' }),
  }),
);
