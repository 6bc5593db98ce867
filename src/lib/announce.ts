import { create } from 'zustand';

/**
 * What just happened, said once above the screen ("3 orientations attribuées à Claire Dumas"):
 * for actions whose own controls leave the screen when they succeed.
 */
export const useAnnouncement = create<{
  message: string | null;
  announce: (message: string) => void;
  dismiss: () => void;
}>()((set) => ({
  message: null,
  announce: (message) => set({ message }),
  dismiss: () => set({ message: null }),
}));

export const announce = (message: string) => useAnnouncement.getState().announce(message);
