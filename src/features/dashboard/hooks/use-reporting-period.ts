import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { previousPeriod, type Period } from '../../../domain/indicators';
import { indicatorsQuery } from '../api/indicators';
import { periodFromSearch } from '../period';

/** The period and coordinator the address asks for. */
export function useReportingPeriod() {
  const [params, setParams] = useSearchParams();
  const period = periodFromSearch(params);
  const coordinatorId = params.get('coordinatorId') ?? undefined;
  return { params, setParams, period, coordinatorId };
}

/** The period's indicators, and the previous period's to compare with. */
export function useIndicators(period: Period, coordinatorId: string | undefined) {
  const { from, to } = period;
  const current = useQuery(indicatorsQuery({ from, to, coordinatorId }));
  const previous = useQuery(indicatorsQuery({ ...previousPeriod(period), coordinatorId }));
  return { current, previous };
}
