import type {
  Association,
  AuditEvent,
  Interview,
  Meeting,
  Mentor,
  Mentorship,
  Referral,
  SavedView,
  Settings,
  TimelineEvent,
  User,
} from '../src/domain/types';

// The records of the seed, table by table, as the domain types plus their association.

type Owned<T> = T & { associationId: string };

export type UserRecord = Owned<User> & { password: string };
export type ReferralRecord = Owned<Referral>;
export type MentorRecord = Owned<Mentor>;
/** Names, contact and follow-up figures are computed on read, from the other tables. */
export type MentorshipRecord = Owned<
  Omit<
    Mentorship,
    | 'mentee'
    | 'mentor'
    | 'coordinator'
    | 'meetingsCount'
    | 'lastMeetingAt'
    | 'heldLast30Days'
    | 'openConcerns'
    | 'health'
    | 'nextInterview'
  >
>;
/** With its concern's acknowledgement, which the API shows staff only (never in `Meeting`). */
export type MeetingRecord = Owned<Meeting> & {
  concernAcknowledgedAt: string | null;
  concernAcknowledgedById: string | null;
  concernAcknowledgement: string | null;
};
export type InterviewRecord = Owned<Interview>;
export type TimelineRecord = Owned<TimelineEvent> & {
  entityType: 'referral' | 'mentor';
  entityId: string;
};
export type AuditRecord = Owned<AuditEvent>;
export type SavedViewRecord = Owned<Omit<SavedView, 'count'>>;
/** One per association, keyed by the association's id. */
export type SettingsRecord = Owned<
  Omit<Settings, 'intakeKeyHint' | 'previousIntakeKeyUntil' | 'associationName'>
> & { id: string };
export interface SessionRecord {
  id: string;
  token: string;
  userId: string;
  csrfToken: string;
  expiresAt: string;
}

export interface Tables {
  associations: Association;
  users: UserRecord;
  sessions: SessionRecord;
  settings: SettingsRecord;
  referrals: ReferralRecord;
  mentors: MentorRecord;
  mentorships: MentorshipRecord;
  meetings: MeetingRecord;
  interviews: InterviewRecord;
  timeline: TimelineRecord;
  audit: AuditRecord;
  savedViews: SavedViewRecord;
}

export type TableName = keyof Tables;
export type Data = { [K in TableName]: Tables[K][] };
/** What changed since the seed: a record per id, or null once deleted. */
