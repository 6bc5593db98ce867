import { create } from 'zustand';
import { persist } from 'zustand/middleware';

// Meetings kept on this device until the server has them: the one being typed (a draft per pair)
// and those saved but not yet sent (the outbox). A mentor on a phone with a weak connection loses
// nothing and waits for nothing (ARCHITECTURE, data flow).

export interface MeetingDraft {
  date: string;
  durationMinutes: number;
  modality: string;
  attendance: string;
  topics: string[];
  notes: string;
  concern: boolean;
}

/** A saved meeting on its way; its key makes a repeated send count once (Idempotency-Key). */
export interface PendingMeeting {
  key: string;
  pairId: string;
  meeting: MeetingDraft;
}

interface Store {
  byPair: Record<string, MeetingDraft>;
  outbox: PendingMeeting[];
  /** Why the server refused a meeting of a pair; the meeting is back in the pair's draft. */
  refusals: Record<string, string>;
  save: (pairId: string, draft: MeetingDraft) => void;
  clear: (pairId: string) => void;
  /** Moves the pair's meeting from the form to the outbox. */
  queue: (pairId: string, meeting: MeetingDraft) => void;
  sent: (key: string) => void;
  refused: (key: string, reason: string) => void;
}

const without = <T>(record: Record<string, T>, key: string) => {
  const { [key]: _gone, ...rest } = record;
  return rest;
};

export const useMeetingDrafts = create<Store>()(
  persist(
    (set) => ({
      byPair: {},
      outbox: [],
      refusals: {},
      save: (pairId, draft) => set((s) => ({ byPair: { ...s.byPair, [pairId]: draft } })),
      clear: (pairId) => set((s) => ({ byPair: without(s.byPair, pairId) })),
      queue: (pairId, meeting) =>
        set((s) => ({
          byPair: without(s.byPair, pairId),
          refusals: without(s.refusals, pairId),
          outbox: [...s.outbox, { key: `meeting-${crypto.randomUUID()}`, pairId, meeting }],
        })),
      sent: (key) => set((s) => ({ outbox: s.outbox.filter((p) => p.key !== key) })),
      refused: (key, reason) =>
        set((s) => {
          const pending = s.outbox.find((p) => p.key === key);
          if (!pending) return s;
          return {
            outbox: s.outbox.filter((p) => p.key !== key),
            byPair: { ...s.byPair, [pending.pairId]: pending.meeting },
            refusals: { ...s.refusals, [pending.pairId]: reason },
          };
        }),
    }),
    // Older saved state lacks the outbox: the initial state fills it in (shallow merge).
    { name: 'binome.meeting-drafts' },
  ),
);
