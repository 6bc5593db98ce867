import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ReferralListQuery, searchParamsToObject } from '../../../domain/queries';

/**
 * The inbox's filters, sort and page, read from the address bar with the same schema the API
 * uses. A key that does not parse (an old bookmark, a typo) is dropped, not trusted.
 */
export function parseInboxQuery(params: URLSearchParams): ReferralListQuery {
  const input = searchParamsToObject(params);
  const first = ReferralListQuery.safeParse(input);
  if (first.success) return first.data;
  const bad = new Set(first.error.issues.map((issue) => String(issue.path[0])));
  return ReferralListQuery.parse(
    Object.fromEntries(Object.entries(input).filter(([key]) => !bad.has(key))),
  );
}

export type InboxPatch = Record<string, string | string[] | undefined>;

export function useInboxQuery() {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseInboxQuery(params), [params]);

  /** Changes some keys; any change but the page's goes back to page 1. */
  const update = useCallback(
    (patch: InboxPatch) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(patch)) {
          next.delete(key);
          for (const v of Array.isArray(value)
            ? value
            : value === undefined || value === ''
              ? []
              : [value])
            next.append(key, v);
        }
        if (!('page' in patch)) next.delete('page');
        return next;
      }),
    [setParams],
  );

  return { query, search: params.toString(), update };
}
