import type { z } from 'zod';
import type * as S from './schemas';

// Record types as the contract defines them, for the backends and the domain rules.
export type Referral = z.infer<typeof S.Referral>;
export type ReferralInput = z.infer<typeof S.ReferralInput>;
export type Mentor = z.infer<typeof S.Mentor>;
export type Mentorship = z.infer<typeof S.Mentorship>;
export type Meeting = z.infer<typeof S.Meeting>;
export type Interview = z.infer<typeof S.Interview>;
export type User = z.infer<typeof S.User>;
export type Association = z.infer<typeof S.Association>;
export type Settings = z.infer<typeof S.Settings>;
export type TimelineEvent = z.infer<typeof S.TimelineEvent>;
export type AuditEvent = z.infer<typeof S.AuditEvent>;
export type SavedView = z.infer<typeof S.SavedView>;
export type Indicators = z.infer<typeof S.Indicators>;
