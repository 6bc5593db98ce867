// Every closed list of the domain (DOMAIN.md). Codes are English; French labels live in the UI
// catalogue. The tuples are the single source for zod enums, the contract and the UI.

export const ROLES = ['admin', 'coordinator', 'mentor'] as const;
export type Role = (typeof ROLES)[number];

export const CHANNELS = [
  '1J1S',
  '1J1M_DIRECT',
  'SCHOOL',
  'FRANCE_TRAVAIL',
  'MISSION_LOCALE',
  'OTHER',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const SITUATIONS = [
  'MIDDLE_SCHOOL',
  'HIGH_SCHOOL',
  'STUDENT',
  'APPRENTICE',
  'JOB_SEEKER',
  'EMPLOYED',
  'NEET',
] as const;
export type Situation = (typeof SITUATIONS)[number];

export const NEEDS = [
  'SCHOOLING',
  'ORIENTATION',
  'INTERNSHIP',
  'JOB_READINESS',
  'JOB_START',
  'SOCIAL_OPENING',
] as const;
export type Need = (typeof NEEDS)[number];

export const PRIORITY_PUBLICS = [
  'QPV',
  'FRR',
  'SCHOOL_DROPOUT',
  'ASE',
  'PJJ',
  'STUDENT_HARDSHIP',
  'YOUNG_CARER',
  'REFUGEE',
  'DISABILITY',
] as const;
export type PriorityPublic = (typeof PRIORITY_PUBLICS)[number];

export const GENDERS = ['FEMALE', 'MALE', 'OTHER', 'UNSPECIFIED'] as const;
export type Gender = (typeof GENDERS)[number];

export const GENDER_PREFERENCES = ['FEMALE', 'MALE', 'ANY'] as const;
export type GenderPreference = (typeof GENDER_PREFERENCES)[number];
export const MODALITY_PREFERENCES = ['REMOTE', 'IN_PERSON', 'ANY'] as const;
export type ModalityPreference = (typeof MODALITY_PREFERENCES)[number];

export const REFERRAL_STATUSES = [
  'RECEIVED',
  'TO_CONTACT',
  'QUALIFIED',
  'AWAITING_MATCH',
  'MATCH_PROPOSED',
  'MATCHED',
  'UNREACHABLE',
  'NOT_ELIGIBLE',
  'WITHDRAWN',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const CONTACT_CHANNELS = ['PHONE', 'EMAIL', 'SMS'] as const;

export const OCCUPATIONS = [
  'HIGH_SCHOOL',
  'STUDENT',
  'EMPLOYEE',
  'CIVIL_SERVANT',
  'JOB_SEEKER',
  'RETIRED',
] as const;
export type Occupation = (typeof OCCUPATIONS)[number];

export const MODALITIES = [
  'REMOTE',
  'PUBLIC_PLACE',
  'SCHOOL',
  'MENTOR_WORKPLACE',
  'ASSOCIATION_PREMISES',
] as const;
export type Modality = (typeof MODALITIES)[number];

export const TIME_SLOTS = ['WEEKDAY_DAYTIME', 'WEEKDAY_EVENING', 'WEEKEND'] as const;
export type TimeSlot = (typeof TIME_SLOTS)[number];

export const HONORABILITY_TYPES = ['B3', 'ATTESTATION_HONORABILITE'] as const;
export type HonorabilityType = (typeof HONORABILITY_TYPES)[number];
export const HONORABILITY_RESULTS = ['VALID', 'INVALID', 'PENDING'] as const;
export type HonorabilityResult = (typeof HONORABILITY_RESULTS)[number];
export const TRAINING_FORMATS = ['IN_PERSON', 'REMOTE', 'E_LEARNING'] as const;
export type TrainingFormat = (typeof TRAINING_FORMATS)[number];

export const MENTOR_STATUSES = [
  'APPLICANT',
  'INTERVIEWED',
  'SCREENED',
  'TRAINED',
  'AVAILABLE',
  'FULL',
  'INACTIVE',
  'ARCHIVED',
] as const;
export type MentorStatus = (typeof MENTOR_STATUSES)[number];

export const MENTORSHIP_STATUSES = ['PROPOSED', 'ACCEPTED', 'ACTIVE', 'PAUSED', 'CLOSED'] as const;
export type MentorshipStatus = (typeof MENTORSHIP_STATUSES)[number];

export const CLOSURE_REASONS = [
  'GOALS_MET',
  'PROGRAM_END',
  'YOUTH_DROPOUT',
  'MENTOR_WITHDRAWAL',
  'MISMATCH',
  'LOST_CONTACT',
  'INCIDENT',
] as const;

export const EXIT_SITUATIONS = [
  'EMPLOYMENT',
  'APPRENTICESHIP',
  'TRAINING',
  'FURTHER_STUDIES',
  'INTERNSHIP_FOUND',
  'JOB_SEARCH',
  'NEET',
  'UNKNOWN',
] as const;

export const ATTENDANCES = ['HELD', 'NO_SHOW', 'CANCELLED'] as const;
export type Attendance = (typeof ATTENDANCES)[number];
export const INTERVIEW_KINDS = ['START', 'MID', 'CLOSING'] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

export const EXPORT_KINDS = [
  'referrals',
  'mentors',
  'mentorships',
  'meetings',
  'indicators',
  'audit',
] as const;
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;

export const SAVED_VIEW_RESOURCES = ['referrals', 'mentors', 'mentorships'] as const;

export const AGE_BANDS = ['UNDER_15', '15_17', '18_20', '21_25', '26_30', 'OVER_30'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The languages offered in forms, by ISO 639-1 code. */
export const LANGUAGE_NAMES: Record<string, string> = {
  fr: 'Français',
  en: 'Anglais',
  ar: 'Arabe',
  es: 'Espagnol',
  pt: 'Portugais',
  de: 'Allemand',
  it: 'Italien',
  tr: 'Turc',
  ro: 'Roumain',
  ru: 'Russe',
  uk: 'Ukrainien',
  zh: 'Chinois',
  wo: 'Wolof',
  bm: 'Bambara',
  ln: 'Lingala',
  ta: 'Tamoul',
  fa: 'Persan',
  ps: 'Pachto',
};
