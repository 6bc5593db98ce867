import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import { searchParamsToObject } from '../domain/queries';

/**
 * A list's filters, sort and page, read from the address bar with the same schema the API
 * uses. A key that does not parse (an old bookmark, a typo) is dropped, not trusted.
 */
export function parseListQuery<S extends z.ZodType>(
  schema: S,
  params: URLSearchParams,
): z.infer<S> {
  const input = searchParamsToObject(params);
  const first = schema.safeParse(input);
  if (first.success) return first.data;
  const bad = new Set(first.error.issues.map((issue) => String(issue.path[0])));
  return schema.parse(Object.fromEntries(Object.entries(input).filter(([key]) => !bad.has(key))));
}

export type ListPatch = Record<string, string | string[] | undefined>;

/** Every key of a list query but paging and sort: what "Effacer les filtres" clears. */
export function filterKeys<S extends z.ZodObject>(schema: S) {
  type Key = Exclude<keyof z.infer<S> & string, 'page' | 'pageSize' | 'sort'>;
  return Object.keys(schema.shape).filter(
    (key) => !['page', 'pageSize', 'sort'].includes(key),
  ) as Key[];
}

/** A filter holds a value: a non-empty list, or anything but undefined and ''. */
export const isSet = (value: unknown) =>
  Array.isArray(value) ? value.length > 0 : value !== undefined && value !== '';

/**
 * The list's query from the address, and `update` to change it. `prefetch` (stable) is handed the
 * next query as the control is used: its rows are asked for at once, while the screen re-renders.
 */
export function useListQuery<S extends z.ZodType>(
  schema: S,
  prefetch?: (query: z.infer<S>) => void,
) {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseListQuery(schema, params), [schema, params]);
  // React Router's setter changes with the address; `update` does not, so that what receives it
  // (a memoised table) is not drawn again for that alone.
  const latestSetParams = useRef(setParams);
  useLayoutEffect(() => {
    latestSetParams.current = setParams;
  });

  /** Changes some keys; any change but the page's goes back to page 1. */
  const update = useCallback(
    (patch: ListPatch) =>
      latestSetParams.current((previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(patch)) {
          next.delete(key);
          const values = Array.isArray(value)
            ? value
            : value === undefined || value === ''
              ? []
              : [value];
          for (const v of values) next.append(key, v);
        }
        if (!('page' in patch)) next.delete('page');
        prefetch?.(parseListQuery(schema, next));
        return next;
      }),
    [schema, prefetch],
  );

  return { query, search: params.toString(), update };
}
