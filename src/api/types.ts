import type { components } from './schema.gen';

// Short names for the contract's schemas, for the features that render them.
type S = components['schemas'];
export type Session = S['Session'];
export type User = S['User'];
export type Referral = S['Referral'];
export type ReferralSummary = S['ReferralSummary'];
export type ReferralInput = S['ReferralInput'];
export type ReferralPatch = S['ReferralPatch'];
export type DuplicateCandidate = S['DuplicateCandidate'];
export type Mentorship = S['Mentorship'];
export type Concern = S['Concern'];
export type Task = S['Task'];
export type Mentor = S['Mentor'];
export type Meeting = S['Meeting'];
export type MeetingInput = S['MeetingInput'];
export type MentorSummary = S['MentorSummary'];
export type MentorInput = S['MentorInput'];
export type MentorImportReport = S['MentorImportReport'];
export type Indicators = S['Indicators'];
export type Settings = S['Settings'];
export type SettingsInput = S['SettingsInput'];
export type AuditEvent = S['AuditEvent'];
export type RetentionCandidate = S['RetentionCandidate'];
export type ReferralFile = S['ReferralFile'];
export type MentorFile = S['MentorFile'];
export type UserFile = S['UserFile'];
export type MatchingWeights = S['MatchingWeights'];
