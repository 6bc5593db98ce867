import departments from '../domain/departments.gen.json';

/** Select options from codes and their French labels. */
export const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/** Every department, by code, as "69 · Rhône". */
export const DEPARTMENT_OPTIONS = Object.entries(departments as Record<string, string>)
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([value, name]) => ({ value, label: `${value} · ${name}` }));
