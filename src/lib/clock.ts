// The app's one clock. Screens ask it for the time instead of `new Date()`, so that tests run the
// screens and the backend on the same injected time, on any day.
let clock: () => Date = () => new Date();

export const clockNow = (): Date => clock();

/** Today as an ISO date (YYYY-MM-DD), the value of a date field. */
export const today = (): string => clockNow().toISOString().slice(0, 10);

/** Tests only: the time every screen reads from now on. */
export function setClock(next: () => Date) {
  clock = next;
}
