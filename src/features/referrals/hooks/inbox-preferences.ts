import { create } from 'zustand';
import { persist } from 'zustand/middleware';

// The inbox's columns and density, remembered per user on this browser: a preference, not data
// to share, so not in the URL nor on the server.

export type Density = 'comfortable' | 'compact';

export interface InboxPreferences {
  /** Column id → shown (TanStack Table's visibility state: false hides). */
  columns: Record<string, boolean>;
  density: Density;
}

const DEFAULTS: InboxPreferences = { columns: { channel: false }, density: 'comfortable' };

interface Store {
  byUser: Record<string, InboxPreferences>;
  set: (userId: string, patch: Partial<InboxPreferences>) => void;
}

export const useInboxPreferencesStore = create<Store>()(
  persist(
    (set) => ({
      byUser: {},
      set: (userId, patch) =>
        set((state) => ({
          byUser: {
            ...state.byUser,
            [userId]: { ...(state.byUser[userId] ?? DEFAULTS), ...patch },
          },
        })),
    }),
    { name: 'binome.inbox-preferences' },
  ),
);

export function useInboxPreferences(userId: string) {
  const preferences = useInboxPreferencesStore((state) => state.byUser[userId] ?? DEFAULTS);
  const set = useInboxPreferencesStore((state) => state.set);
  return { ...preferences, set: (patch: Partial<InboxPreferences>) => set(userId, patch) };
}
