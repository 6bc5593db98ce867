/** The time the screens and the backend read in component tests: any fixed day will do. */
export const TEST_NOW = new Date('2026-11-27T10:00:00Z');
