import { searchKey } from './search';

/**
 * Sorts by `field` or `-field` exactly as the server's SQL does: text by its accent-free key in
 * byte order, nulls last in both directions, ties by id.
 */
export function sortBy<T extends { id: string }>(
  items: T[],
  sort: string,
  value: (item: T, field: string) => unknown,
): T[] {
  const desc = sort.startsWith('-');
  const field = desc ? sort.slice(1) : sort;
  const key = (item: T) => {
    const v = value(item, field);
    return typeof v === 'string' ? searchKey(v) : (v as number | null | undefined);
  };
  const byId = (a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return items
    .map((item) => ({ item, k: key(item) }))
    .sort((a, b) => {
      if (a.k == null || b.k == null)
        return a.k == null ? (b.k == null ? byId(a.item, b.item) : 1) : -1;
      const c = a.k < b.k ? -1 : a.k > b.k ? 1 : 0;
      return (desc ? -c : c) || byId(a.item, b.item);
    })
    .map(({ item }) => item);
}
