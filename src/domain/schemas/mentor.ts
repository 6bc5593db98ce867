import { z } from 'zod';
import {
  AGE_BANDS,
  HONORABILITY_RESULTS,
  HONORABILITY_TYPES,
  MENTOR_STATUSES,
  MODALITIES,
  OCCUPATIONS,
  TIME_SLOTS,
  TRAINING_FORMATS,
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
  Version,
  api,
  pageOf,
  requiredText,
} from './common';
import { Gender, Need } from './referral';

export const MentorStatus = api('MentorStatus', z.enum(MENTOR_STATUSES));
export const Occupation = api('Occupation', z.enum(OCCUPATIONS));
export const Modality = api('Modality', z.enum(MODALITIES));
export const AgeBand = api('AgeBand', z.enum(AGE_BANDS));

export const HonorabilityCheck = api(
  'HonorabilityCheck',
  z.object({
    type: z.enum(HONORABILITY_TYPES),
    date: IsoDate,
    result: z.enum(HONORABILITY_RESULTS),
  }),
  'Only the type, date and result are stored, never the document',
);

export const Training = api(
  'Training',
  z.object({ date: IsoDate, format: z.enum(TRAINING_FORMATS) }),
);

const mentorFields = {
  firstName: FirstName,
  lastName: LastName,
  gender: Gender,
  email: Email,
  phone: Phone.nullable(),
  postalCode: PostalCode,
  commune: requiredText(100),
  occupation: Occupation,
  sector: z.string().max(100).nullable(),
  jobTitle: z.string().max(100).nullable(),
  employer: z.string().max(100).nullable(),
  expertise: z.array(Need).max(6),
  languages: z.array(z.string().min(2).max(3)).max(10),
  modalities: z.array(Modality).min(1, { error: 'Choisissez au moins une modalité' }),
  hoursPerMonth: z.int().min(1).max(40),
  preferredSlots: z.array(z.enum(TIME_SLOTS)),
  capacity: z.int().min(1).max(5),
  menteeAgeMin: z.int().min(13).max(30),
  menteeAgeMax: z.int().min(13).max(30),
  honorabilityCheck: HonorabilityCheck.nullable(),
  training: Training.nullable(),
};

export const MentorInput = api('MentorInput', z.object(mentorFields));
export const MentorPatch = api('MentorPatch', z.object(mentorFields).partial());

export const MentorSelfPatch = api(
  'MentorSelfPatch',
  z
    .object({
      phone: mentorFields.phone,
      hoursPerMonth: mentorFields.hoursPerMonth,
      preferredSlots: mentorFields.preferredSlots,
      capacity: mentorFields.capacity,
    })
    .partial(),
  'What a mentor may change of their own record: contact, availability, free places',
);

export const Mentor = api(
  'Mentor',
  z.object({
    id: Id,
    version: Version,
    status: MentorStatus,
    ...mentorFields,
    department: z.string(),
    activePairs: z.int().min(0).meta({ description: 'Pairs proposed, accepted, active or paused' }),
    userId: Id.nullable().meta({ description: 'Back-office account, once invited' }),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    anonymisedAt: IsoDateTime.nullable().meta({
      description: 'When the identity was erased (GDPR): the record stays for the statistics',
    }),
  }),
);

export const MentorSummary = api(
  'MentorSummary',
  Mentor.pick({
    id: true,
    version: true,
    status: true,
    firstName: true,
    lastName: true,
    commune: true,
    department: true,
    occupation: true,
    sector: true,
    expertise: true,
    modalities: true,
    languages: true,
    capacity: true,
    activePairs: true,
    honorabilityCheck: true,
    training: true,
    createdAt: true,
  }),
);

export const MentorPage = pageOf('MentorPage', MentorSummary);

export const MentorTransition = api(
  'MentorTransition',
  z.object({ to: MentorStatus, reason: z.string().trim().max(500).optional() }),
);

export const MentorImportRequest = api(
  'MentorImportRequest',
  z.object({
    rows: z.array(z.record(z.string(), z.unknown())).min(1).max(5000),
    dryRun: z.boolean(),
  }),
  'Rows already parsed and mapped by the client, each an object with MentorInput fields',
);

export const MentorImportReport = api(
  'MentorImportReport',
  z.object({
    valid: z.int().min(0),
    created: z.int().min(0),
    errors: z.array(z.object({ row: z.int().min(1), pointer: z.string(), message: z.string() })),
    duplicates: z.array(z.object({ row: z.int().min(1), email: z.string(), existingId: Id })),
  }),
);
