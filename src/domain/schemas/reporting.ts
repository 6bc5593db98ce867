import { z } from 'zod';
import { INTERVIEW_KINDS } from '../enums';
import { TASK_KINDS } from '../follow-up';
import { Id, IsoDate, IsoDateTime, api } from './common';
import { MatchingWeights } from './admin';
import { MentorSummary } from './mentor';
import { ReferralSummary } from './referral';

const Counts = z.record(z.string(), z.int().min(0));

const MonthFigures = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  referralsReceived: z.int().min(0),
  pairsFormed: z.int().min(0),
  pairsClosed: z.int().min(0),
  meetingsHeld: z.int().min(0),
});

export const Indicators = api(
  'Indicators',
  z.object({
    from: z.iso.date(),
    to: z.iso.date(),
    coordinatorId: z.string().nullable(),
    referralsReceived: z.int().min(0),
    referralsWithoutContact: z.int().min(0),
    referralsByChannel: Counts,
    medianDaysToFirstContact: z.number().nullable(),
    medianDaysToMatch: z.number().nullable(),
    qualificationRate: z.number().min(0).max(1).nullable(),
    pairsFormed: z.int().min(0),
    pairsActive: z.int().min(0),
    pairsClosed: z.int().min(0),
    medianPairDurationDays: z.number().nullable(),
    earlyRuptures: z.int().min(0),
    meetingsHeld: z.int().min(0),
    meetingsPerPairPerMonth: z.number().nullable(),
    priorityShares: z.record(z.string(), z.number().min(0).max(1)),
    priorityCounts: Counts,
    menteesByAgeBand: Counts,
    menteesByGender: Counts,
    menteesBySituation: Counts,
    menteesByNeed: Counts,
    mentorsRecruited: z.int().min(0),
    mentorsScreened: z.int().min(0),
    mentorsTrained: z.int().min(0),
    exitSituations: Counts,
    satisfaction: z.object({ mentee: z.number().nullable(), mentor: z.number().nullable() }),
    byMonth: z.array(MonthFigures),
    links: z.record(z.string(), z.string()).meta({
      description:
        "The list behind each figure that counts records, keyed `pairsFormed`, or `referralsByChannel.1J1S` for a line of a breakdown: the list endpoint's path and query (the app's list of the same records takes the same query); that list's total is the figure",
    }),
  }),
);

export const Task = api(
  'Task',
  z.object({
    kind: z.enum(TASK_KINDS),
    entityType: z.enum(['referral', 'mentorship']),
    entityId: Id,
    label: z.string().meta({ description: 'Who: the young person, and the mentor for a pair' }),
    dueDay: IsoDate.meta({
      description:
        'When it became due: the last meeting held (health), the interview or planned end day, the first-contact deadline',
    }),
    interviewKind: z.enum(INTERVIEW_KINDS).nullable(),
  }),
  'Something a coordinator should do, most urgent first; concerns are listed by /concerns',
);

export const CriterionScore = api(
  'CriterionScore',
  z.object({
    criterion: z.enum([
      'needs',
      'sector',
      'proximity',
      'availability',
      'language',
      'preferences',
      'loadBalance',
    ]),
    value: z.number().min(0).max(1).meta({ description: 'How well the pair meets it, 0 to 1' }),
    weight: z.number().min(0),
    share: z.number().min(0).max(1).meta({ description: 'Its share of the total score' }),
    detail: z.string(),
  }),
);

export const HardConstraint = api(
  'HardConstraint',
  z.object({
    constraint: z.enum([
      'HONORABILITY_FOR_MINOR',
      'FREE_CAPACITY',
      'GUARDIAN_CONSENT',
      'SHARED_MODALITY',
    ]),
    met: z.boolean(),
    detail: z.string(),
  }),
);

const suggestionCore = {
  score: z.number().min(0).max(1),
  eligible: z.boolean(),
  constraints: z.array(HardConstraint),
  criteria: z.array(CriterionScore),
};

export const MentorSuggestion = api(
  'MentorSuggestion',
  z.object({ mentor: MentorSummary, ...suggestionCore }),
);

export const MenteeSuggestion = api(
  'MenteeSuggestion',
  z.object({ referral: ReferralSummary, ...suggestionCore }),
);

/** `needs:3,sector:1,…`: weights to try instead of the association's (the settings' preview). */
const WeightsParam = z
  .string()
  .max(300)
  .transform((text) =>
    Object.fromEntries(
      text.split(',').map((pair) => [pair.split(':')[0], Number(pair.split(':')[1])]),
    ),
  )
  .pipe(MatchingWeights);

export const SuggestionQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  weights: WeightsParam.optional(),
});

export const CohortRequest = api(
  'CohortRequest',
  z.object({
    referralIds: z
      .array(Id)
      .max(5000)
      .optional()
      .meta({ description: 'Default: every referral awaiting a match' }),
    mentorIds: z
      .array(Id)
      .max(5000)
      .optional()
      .meta({ description: 'Default: every mentor with free capacity' }),
  }),
);

export const CohortPair = api(
  'CohortPair',
  z.object({
    referralId: Id,
    mentorId: Id,
    menteeName: z.string(),
    mentorName: z.string(),
    score: z.number(),
    criteria: z.array(CriterionScore),
  }),
);

export const CohortPlan = api(
  'CohortPlan',
  z.object({
    pairs: z.array(CohortPair),
    unmatched: z.array(z.object({ referralId: Id, menteeName: z.string(), reason: z.string() })),
    totalScore: z.number(),
    greedyScore: z.number().meta({
      description: 'Total of the greedy assignment on the same candidates, for comparison',
    }),
    computedAt: IsoDateTime,
  }),
);

export const PairScoreRequest = api(
  'PairScoreRequest',
  z.object({
    pairs: z
      .array(z.object({ referralId: Id, mentorId: Id }))
      .min(1)
      .max(50),
  }),
);

export const PairScore = api(
  'PairScore',
  z.object({ referralId: Id, mentorId: Id, ...suggestionCore }),
);

export const CohortPublish = api(
  'CohortPublish',
  z.object({
    pairs: z
      .array(z.object({ referralId: Id, mentorId: Id }))
      .min(1)
      .max(5000),
  }),
);

export const CohortPublishResult = api(
  'CohortPublishResult',
  z.object({ created: z.int().min(0), mentorshipIds: z.array(Id) }),
);
