import { z } from 'zod';
import {
  ATTENDANCES,
  CLOSURE_REASONS,
  EXIT_SITUATIONS,
  INTERVIEW_KINDS,
  MENTORSHIP_STATUSES,
} from '../enums';
import { HEALTH_LEVELS } from '../follow-up';
import { Id, IsoDate, IsoDateTime, Version, api, pageOf, requiredText } from './common';
import { Modality } from './mentor';
import { Need } from './referral';

export const MentorshipStatus = api('MentorshipStatus', z.enum(MENTORSHIP_STATUSES));
export const ClosureReason = api('ClosureReason', z.enum(CLOSURE_REASONS));
export const ExitSituation = api('ExitSituation', z.enum(EXIT_SITUATIONS));

export const HealthLevel = api('HealthLevel', z.enum(HEALTH_LEVELS));

export const PairHealth = api(
  'PairHealth',
  z.object({
    level: HealthLevel,
    rule: z
      .enum(['NO_MEETING', 'TWO_NO_SHOWS'])
      .meta({ description: 'The rule that set the level' }),
    days: z
      .int()
      .min(0)
      .meta({ description: 'Days since the last held meeting, or since acceptance' }),
  }),
  'Followed for accepted and active pairs; thresholds are association settings',
);

export const Goal = api('Goal', z.object({ id: Id, label: requiredText(200), done: z.boolean() }));

export const Mentorship = api(
  'Mentorship',
  z.object({
    id: Id,
    version: Version,
    status: MentorshipStatus,
    referralId: Id,
    mentorId: Id,
    coordinatorId: Id.nullable(),
    mentee: z.object({
      firstName: z.string(),
      lastName: z.string().nullable().meta({ description: 'null for a mentor: first name only' }),
      needs: z.array(Need),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    }),
    mentor: z.object({ firstName: z.string(), lastName: z.string() }),
    goals: z.array(Goal),
    proposedAt: IsoDateTime,
    acceptedAt: IsoDateTime.nullable(),
    startedAt: IsoDateTime.nullable(),
    plannedEndAt: IsoDate.nullable(),
    closedAt: IsoDateTime.nullable(),
    refusalReason: z.string().nullable(),
    closureReason: ClosureReason.nullable(),
    exitSituation: ExitSituation.nullable(),
    meetingsCount: z.int().min(0),
    lastMeetingAt: IsoDate.nullable(),
    heldLast30Days: z.int().min(0),
    openConcerns: z.int().min(0),
    coordinator: z.object({ firstName: z.string(), lastName: z.string() }).nullable(),
    health: PairHealth.nullable(),
    nextInterview: z
      .object({ kind: z.enum(INTERVIEW_KINDS), dueDay: IsoDate })
      .nullable()
      .meta({
        description:
          'Start after the first meeting, mid-term at three months, closing at the planned end',
      }),
    updatedAt: IsoDateTime,
  }),
);

export const MentorshipPage = pageOf('MentorshipPage', Mentorship);

export const MentorshipProposal = api(
  'MentorshipProposal',
  z.object({ referralId: Id, mentorId: Id }),
);

export const MentorshipTransition = api(
  'MentorshipTransition',
  z.object({
    to: MentorshipStatus,
    reason: z
      .string()
      .trim()
      .max(500)
      .optional()
      .meta({ description: 'Required when a proposal is refused' }),
    closureReason: ClosureReason.optional(),
    exitSituation: ExitSituation.optional(),
  }),
);

export const PairReassignment = api(
  'PairReassignment',
  z.object({
    ids: z.array(Id).min(1).max(500),
    coordinatorId: Id.meta({ description: 'A coordinator or admin of the association' }),
  }),
);

export const GoalsInput = api(
  'GoalsInput',
  z.object({
    goals: z
      .array(
        z.object({
          id: Id.optional(),
          label: requiredText(200),
          done: z.boolean(),
        }),
      )
      .max(20),
  }),
);

export const Attendance = api('Attendance', z.enum(ATTENDANCES));

const meetingFields = {
  date: IsoDate,
  durationMinutes: z.int().min(5).max(480),
  modality: Modality,
  topics: z.array(Need).max(6),
  notes: z.string().max(1000),
  attendance: Attendance,
  concern: z.boolean().meta({ description: 'Flags the pair for the coordinator' }),
};

export const MeetingInput = api('MeetingInput', z.object(meetingFields));
export const MeetingPatch = api('MeetingPatch', z.object(meetingFields).partial());

export const Meeting = api(
  'Meeting',
  z.object({
    id: Id,
    version: Version,
    mentorshipId: Id,
    ...meetingFields,
    loggedById: Id,
    loggedAt: IsoDateTime,
  }),
);

export const MeetingPage = pageOf('MeetingPage', Meeting);

const personName = z.object({ id: Id, firstName: z.string(), lastName: z.string() });

export const Concern = api(
  'Concern',
  z.object({
    meetingId: Id,
    mentorshipId: Id,
    coordinatorId: Id.nullable().meta({ description: 'The pair’s coordinator' }),
    mentor: personName,
    youngPerson: personName,
    meetingDate: IsoDate,
    flaggedAt: IsoDateTime,
    notes: z.string().meta({ description: 'What the mentor wrote with the meeting' }),
    acknowledgedAt: IsoDateTime.nullable(),
    acknowledgedBy: z.string().nullable().meta({ description: 'Who acknowledged it, by name' }),
    acknowledgement: z
      .string()
      .nullable()
      .meta({ description: 'Staff only; never shown to mentors' }),
  }),
  'A difficulty a mentor flagged with a meeting: open until a coordinator acknowledges it',
);

export const ConcernPage = pageOf('ConcernPage', Concern);

export const ConcernAcknowledgementInput = api(
  'ConcernAcknowledgementInput',
  z.object({ note: requiredText(1000) }),
);

export const Satisfaction = z.int().min(1).max(5);

const interviewFields = {
  kind: z.enum(INTERVIEW_KINDS),
  date: IsoDate,
  menteeSatisfaction: Satisfaction.nullable(),
  mentorSatisfaction: Satisfaction.nullable(),
  notes: z.string().max(1000),
};

export const InterviewInput = api('InterviewInput', z.object(interviewFields));

export const Interview = api(
  'Interview',
  z.object({ id: Id, version: Version, mentorshipId: Id, ...interviewFields, byId: Id }),
);
