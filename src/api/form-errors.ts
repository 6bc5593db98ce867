import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from './error';

/**
 * Lands a 422's field errors on the form's fields and focuses the first: `/legalGuardian/name`
 * is `legalGuardian.name`, and an array item's error (`/needs/0`) lands on its array.
 */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
): void {
  if (!(error instanceof ApiError) || error.status !== 422) return;
  Object.entries(error.fieldErrors).forEach(([pointer, message], index) => {
    const path = pointer
      .slice(1)
      .split('/')
      .filter((part) => !/^\d+$/.test(part))
      .join('.');
    setError(path as Path<T>, { message }, { shouldFocus: index === 0 });
  });
}
