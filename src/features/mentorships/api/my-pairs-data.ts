import type { QueryClient } from '@tanstack/react-query';
import { mentorshipsQuery } from './mentorships';

/** A mentor's open pairs, those still going first: what "Mes binômes" lists. */
export const myOpenPairsQuery = mentorshipsQuery({
  status: ['PROPOSED', 'ACCEPTED', 'ACTIVE', 'PAUSED'],
  pageSize: 100,
  sort: '-lastMeetingAt',
});

/** Asked for by the route while the screen's code loads. */
export const myPairsData = (queryClient: QueryClient) => [
  queryClient.ensureQueryData(myOpenPairsQuery),
];
