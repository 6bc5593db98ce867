import { createContext, useContext } from 'react';

/** The demo backend's controls, when the app runs on it (null on the real server). */
export interface DemoControls {
  size: string;
  reset(): Promise<void>;
}

export const DemoContext = createContext<DemoControls | null>(null);
export const useDemo = () => useContext(DemoContext);
