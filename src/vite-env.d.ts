/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `server` talks to the real API on the same origin; anything else starts the MSW demo backend. */
  readonly VITE_BACKEND?: string;
  /** `scale` seeds the demo backend with 20,000 referrals. */
  readonly VITE_SEED?: string;
}
