// Every query key in one place, so that mutations invalidate exactly what they change.
type Params = Record<string, unknown>;
/** The lists that have saved views. */
export type SavedViewResource = 'referrals' | 'mentorships';

export const queryKeys = {
  session: ['session'] as const,
  referrals: {
    all: ['referrals'] as const,
    list: (params: Params) => ['referrals', 'list', params] as const,
    detail: (id: string) => ['referrals', 'detail', id] as const,
  },
  mentors: {
    all: ['mentors'] as const,
    list: (params: Params) => ['mentors', 'list', params] as const,
    detail: (id: string) => ['mentors', 'detail', id] as const,
    timeline: (id: string) => ['mentors', 'detail', id, 'timeline'] as const,
  },
  mentorships: {
    all: ['mentorships'] as const,
    list: (params: Params) => ['mentorships', 'list', params] as const,
    detail: (id: string) => ['mentorships', 'detail', id] as const,
    meetings: (id: string, page: number) =>
      ['mentorships', 'detail', id, 'meetings', page] as const,
    interviews: (id: string) => ['mentorships', 'detail', id, 'interviews'] as const,
  },
  /** Under `concerns`: acknowledging one refreshes the lists and the navigation's count. */
  concerns: {
    all: ['concerns'] as const,
    list: (params: Params) => ['concerns', 'list', params] as const,
  },
  dashboard: {
    indicators: (params: Params) => ['dashboard', 'indicators', params] as const,
  },
  users: {
    all: ['users'] as const,
    list: (params: Params) => ['users', 'list', params] as const,
  },
  /** Every write may add entries: invalidated whole. */
  audit: {
    all: ['audit'] as const,
    list: (params: Params) => ['audit', 'list', params] as const,
  },
  personalData: {
    file: (type: string, id: string) => ['personal-data', type, id] as const,
    retention: ['personal-data', 'retention'] as const,
  },
  /** "À faire", under `referrals`: pair and referral changes both refresh it. */
  tasks: ['referrals', 'tasks'] as const,
  ownMentor: ['me', 'mentor'] as const,
  /** Under the list's own key: any change to its records refreshes the views' counts. */
  views: (resource: SavedViewResource) => [resource, 'views'] as const,
  settings: ['settings'] as const,
  team: ['team'] as const,
  search: (q: string) => ['search', q] as const,
  communes: (postalCode: string) => ['communes', postalCode] as const,
  duplicates: (params: Params) => ['referrals', 'duplicates', params] as const,
};
