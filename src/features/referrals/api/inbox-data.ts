import type { QueryClient } from '@tanstack/react-query';
import { settingsQuery, teamQuery } from '../../../api/shared-queries';
import { ReferralListQuery } from '../../../domain/queries';
import { parseListQuery } from '../../../lib/use-list-query';
import { referralsQuery } from './referrals';

/** What the inbox shows first, asked for by its route while the screen's code loads. */
export const inboxData = (queryClient: QueryClient, url: URL) => [
  queryClient.ensureQueryData(referralsQuery(parseListQuery(ReferralListQuery, url.searchParams))),
  queryClient.ensureQueryData(settingsQuery),
  queryClient.ensureQueryData(teamQuery),
];
