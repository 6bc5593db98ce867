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

// The mock backend's in-memory database. Every record carries its association; handlers never
// return a record of another association.

type Owned<T> = T & { associationId: string };

export type UserRecord = Owned<User> & { password: string };
export type ReferralRecord = Owned<Referral>;
export type MentorRecord = Owned<Mentor>;
/** Names and contact are joined in on read, from the referral and the mentor. */
export type MentorshipRecord = Owned<
  Omit<Mentorship, 'mentee' | 'mentor' | 'meetingsCount' | 'lastMeetingAt'>
>;
export type MeetingRecord = Owned<Meeting>;
export type InterviewRecord = Owned<Interview>;
export type TimelineRecord = Owned<TimelineEvent> & {
  entityType: 'referral' | 'mentor';
  entityId: string;
};
export type AuditRecord = Owned<AuditEvent>;
export type SavedViewRecord = Owned<Omit<SavedView, 'count'>>;
/** One per association, keyed by the association's id. */
export type SettingsRecord = Owned<Omit<Settings, 'intakeKeyHint'>> & {
  id: string;
  intakeKey: string;
};
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
export type Changes = { [K in TableName]?: Record<string, Tables[K] | null> };

export class Store {
  private readonly tables: { [K in TableName]: Map<string, Tables[K]> };
  private changes: Changes = {};
  private listeners = new Set<() => void>();

  constructor(data: Data) {
    this.tables = Object.fromEntries(
      Object.entries(data).map(([name, rows]) => [
        name,
        new Map((rows as { id: string }[]).map((row) => [row.id, row])),
      ]),
    ) as unknown as Store['tables'];
  }

  all<K extends TableName>(table: K): Tables[K][] {
    return [...this.tables[table].values()];
  }

  get<K extends TableName>(table: K, id: string): Tables[K] | undefined {
    return this.tables[table].get(id);
  }

  put<K extends TableName>(table: K, record: Tables[K]): Tables[K] {
    const id = (record as { id: string }).id;
    this.tables[table].set(id, record);
    this.track(table, id, record);
    return record;
  }

  delete(table: TableName, id: string) {
    this.tables[table].delete(id);
    this.track(table, id, null);
  }

  /** Overlays changes saved by an earlier page load on top of the seed. */
  apply(changes: Changes) {
    for (const [table, rows] of Object.entries(changes) as [TableName, Record<string, unknown>][]) {
      for (const [id, record] of Object.entries(rows)) {
        if (record === null) this.tables[table].delete(id);
        else this.tables[table].set(id, record as never);
      }
    }
    this.changes = changes;
  }

  changesSinceSeed(): Changes {
    return this.changes;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private track(table: TableName, id: string, record: unknown) {
    const rows = (this.changes[table] ??= {}) as Record<string, unknown>;
    rows[id] = record;
    this.listeners.forEach((listener) => listener());
  }
}

let counter = 0;
/** Ids unique within a page load and across reloads (time prefix). */
export function newId(prefix: string): string {
  counter += 1;
  return `${prefix}_${Date.now().toString(36)}${counter.toString(36)}`;
}
