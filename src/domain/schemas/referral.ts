import { z } from 'zod';
import {
  CHANNELS,
  CONTACT_CHANNELS,
  GENDERS,
  GENDER_PREFERENCES,
  MODALITY_PREFERENCES,
  NEEDS,
  PRIORITY_PUBLICS,
  REFERRAL_STATUSES,
  SITUATIONS,
} from '../enums';
import {
  Email,
  Id,
  IsoDate,
  IsoDateTime,
  FirstName,
  LastName,
  Phone,
  PostalCode,
  ShortText,
  Version,
  api,
  pageOf,
  requiredText,
} from './common';

export const Channel = api('Channel', z.enum(CHANNELS));
export const Situation = api('Situation', z.enum(SITUATIONS));
export const Need = api('Need', z.enum(NEEDS));
export const PriorityPublic = api('PriorityPublic', z.enum(PRIORITY_PUBLICS));
export const Gender = api('Gender', z.enum(GENDERS));
export const ReferralStatus = api('ReferralStatus', z.enum(REFERRAL_STATUSES));
export const ContactChannel = api('ContactChannel', z.enum(CONTACT_CHANNELS));

export const MenteePreferences = api(
  'MenteePreferences',
  z.object({
    mentorGender: z.enum(GENDER_PREFERENCES),
    modality: z.enum(MODALITY_PREFERENCES),
    languages: z.array(z.string().min(2).max(3)).max(10),
  }),
);

export const LegalGuardian = api(
  'LegalGuardian',
  z.object({
    name: requiredText(100, 'Indiquez le nom du représentant légal'),
    email: Email.nullable(),
    phone: Phone.nullable(),
    consentDate: IsoDate.nullable().meta({
      description: 'Date the guardian consented; null: not yet',
    }),
  }),
);

export const Consents = api(
  'Consents',
  z.object({
    processing: z.boolean(),
    transmission: z.boolean(),
    version: z.string().max(20),
    date: IsoDate,
  }),
);

/** What a person can enter or change about a young person. */
const referralFields = {
  firstName: FirstName,
  lastName: LastName,
  birthDate: IsoDate,
  gender: Gender,
  email: Email.nullable(),
  phone: Phone.nullable(),
  postalCode: PostalCode,
  commune: requiredText(100),
  situation: Situation,
  needs: z.array(Need).min(1, { error: 'Choisissez au moins un besoin' }).max(NEEDS.length),
  message: ShortText,
  priorityPublics: z.array(PriorityPublic).max(PRIORITY_PUBLICS.length),
  accommodationNeeded: z.boolean(),
  preferences: MenteePreferences,
  legalGuardian: LegalGuardian.nullable(),
  consents: Consents,
};

export const ReferralInput = api(
  'ReferralInput',
  z.object({
    ...referralFields,
    channel: Channel,
    receivedAt: IsoDateTime.optional(),
  }),
  'A referral entered by a coordinator (phone, mail, school...)',
);

export const IntakeReferral = api(
  'IntakeReferral',
  z.object({
    ...referralFields,
    externalId: z
      .string()
      .min(1)
      .max(100)
      .meta({ description: "The platform's own id; intake is idempotent on it" }),
    channel: z.enum(['1J1S', '1J1M_DIRECT']),
    receivedAt: IsoDateTime,
  }),
  'A referral pushed by the 1jeune1solution platform',
);

export const ReferralPatch = api('ReferralPatch', z.object(referralFields).partial());

export const Referral = api(
  'Referral',
  z.object({
    id: Id,
    version: Version,
    externalId: z.string().nullable(),
    channel: Channel,
    receivedAt: IsoDateTime,
    status: ReferralStatus,
    ...referralFields,
    department: z
      .string()
      .meta({ description: 'INSEE department code derived from the postal code' }),
    assigneeId: Id.nullable(),
    contactAttempts: z.int().min(0),
    firstContactAt: IsoDateTime.nullable(),
    lastContactAt: IsoDateTime.nullable(),
    statusReason: z
      .string()
      .nullable()
      .meta({ description: 'Why it left the main path (not eligible, withdrawn)' }),
    redirectedTo: z
      .string()
      .nullable()
      .meta({ description: 'Association a not-eligible referral was sent to' }),
    updatedAt: IsoDateTime,
    anonymisedAt: IsoDateTime.nullable().meta({
      description: 'When the identity was erased (GDPR): the record stays for the statistics',
    }),
  }),
);

export const ReferralSummary = api(
  'ReferralSummary',
  Referral.pick({
    id: true,
    version: true,
    channel: true,
    receivedAt: true,
    status: true,
    firstName: true,
    lastName: true,
    birthDate: true,
    commune: true,
    postalCode: true,
    department: true,
    situation: true,
    needs: true,
    priorityPublics: true,
    assigneeId: true,
    contactAttempts: true,
    firstContactAt: true,
  }),
);

export const ReferralPage = pageOf('ReferralPage', ReferralSummary);

export const ReferralTransition = api(
  'ReferralTransition',
  z.object({
    to: ReferralStatus,
    reason: z.string().trim().max(500).optional(),
    redirectedTo: z.string().trim().max(200).optional(),
  }),
);

export const ContactAttemptInput = api(
  'ContactAttemptInput',
  z.object({
    channel: ContactChannel,
    reached: z.boolean(),
    note: z.string().max(500).optional(),
  }),
);

export const NoteInput = api('NoteInput', z.object({ body: requiredText(2000) }));

export const TimelineEvent = api(
  'TimelineEvent',
  z.object({
    id: Id,
    at: IsoDateTime,
    actorId: Id.nullable(),
    actorName: z.string(),
    kind: z.enum(['CREATED', 'STATUS_CHANGED', 'CONTACT_ATTEMPT', 'NOTE', 'UPDATED', 'ASSIGNED']),
    from: z.string().nullable(),
    to: z.string().nullable(),
    channel: ContactChannel.nullable(),
    reached: z.boolean().nullable(),
    body: z.string().nullable(),
  }),
);

export const ReferralBulkAction = api(
  'ReferralBulkAction',
  z.object({
    action: z.enum(['ASSIGN', 'TRANSITION', 'NOT_ELIGIBLE']),
    ids: z
      .array(Id)
      .min(1)
      .max(5000)
      .optional()
      .meta({ description: 'The selected rows; or give query' }),
    query: z.string().max(2000).optional().meta({
      description:
        'Every row matching the list filters, as the list URL search string (status=TO_CONTACT&overdue=true)',
    }),
    expectedCount: z.int().min(0).optional().meta({
      description:
        'With query: the count the user confirmed; 409 if the filters now match another count',
    }),
    assigneeId: Id.nullable().optional(),
    to: ReferralStatus.optional(),
    reason: z.string().trim().max(500).optional(),
  }),
);

export const BulkResult = api(
  'BulkResult',
  z.object({
    succeeded: z.int().min(0),
    failed: z.array(z.object({ id: Id, title: z.string(), reason: z.string() })),
  }),
);

export const DuplicateCandidate = api(
  'DuplicateCandidate',
  z.object({
    id: Id,
    firstName: z.string(),
    lastName: z.string(),
    birthDate: IsoDate,
    status: ReferralStatus,
    matchedOn: z.array(z.enum(['NAME_BIRTHDATE', 'EMAIL', 'PHONE'])),
  }),
);
