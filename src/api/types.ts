import type { components } from './schema.gen';

// Short names for the contract's schemas, for the features that render them.
type S = components['schemas'];
export type Session = S['Session'];
export type User = S['User'];
export type Referral = S['Referral'];
export type ReferralSummary = S['ReferralSummary'];
export type ReferralPage = S['ReferralPage'];
export type Mentor = S['Mentor'];
export type MentorSummary = S['MentorSummary'];
export type Mentorship = S['Mentorship'];
export type MentorshipPage = S['MentorshipPage'];
export type Meeting = S['Meeting'];
export type Indicators = S['Indicators'];
export type Task = S['Task'];
export type Settings = S['Settings'];
