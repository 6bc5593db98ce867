import { create } from 'zustand';
import { persist } from 'zustand/middleware';

// A meeting being logged, kept per pair on this device until it is sent: a mentor on a phone
// with a weak connection loses nothing typed (ARCHITECTURE, data flow).

export interface MeetingDraft {
  date: string;
  durationMinutes: number;
  modality: string;
  attendance: string;
  topics: string[];
  notes: string;
  concern: boolean;
}

interface Store {
  byPair: Record<string, MeetingDraft>;
  save: (pairId: string, draft: MeetingDraft) => void;
  clear: (pairId: string) => void;
}

export const useMeetingDrafts = create<Store>()(
  persist(
    (set) => ({
      byPair: {},
      save: (pairId, draft) => set((s) => ({ byPair: { ...s.byPair, [pairId]: draft } })),
      clear: (pairId) =>
        set((s) => {
          const { [pairId]: _sent, ...rest } = s.byPair;
          return { byPair: rest };
        }),
    }),
    { name: 'binome.meeting-drafts' },
  ),
);
