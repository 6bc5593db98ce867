import { useCallback, useMemo } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

// A list's columns and density, remembered per user on this browser: a preference, not data to
// share, so not in the URL nor on the server.

export type Density = 'comfortable' | 'compact';

export interface ListPreferences {
  /** Column id → shown (TanStack Table's visibility state: false hides). */
  columns: Record<string, boolean>;
  density: Density;
}

interface Store {
  byKey: Record<string, ListPreferences>;
  set: (key: string, defaults: ListPreferences, patch: Partial<ListPreferences>) => void;
}

const useStore = create<Store>()(
  persist(
    (set) => ({
      byKey: {},
      set: (key, defaults, patch) =>
        set((state) => ({
          byKey: { ...state.byKey, [key]: { ...(state.byKey[key] ?? defaults), ...patch } },
        })),
    }),
    { name: 'binome.list-preferences' },
  ),
);

export function useListPreferences(list: string, userId: string, defaults: ListPreferences) {
  const key = `${list}:${userId}`;
  const preferences = useStore((state) => state.byKey[key] ?? defaults);
  const store = useStore((state) => state.set);
  // Stable, so that a memoised table is not re-rendered for a new function each time.
  const set = useCallback(
    (patch: Partial<ListPreferences>) => store(key, defaults, patch),
    [store, key, defaults],
  );
  return useMemo(() => ({ ...preferences, set }), [preferences, set]);
}
