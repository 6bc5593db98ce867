import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from './error';

/**
 * Lands a problem's field errors (a 422, or a 409 on a unique field such as an email) on the form's fields and focuses the first: `/legalGuardian/name`
 * is `legalGuardian.name`, and an array item's error (`/needs/0`) lands on its array.
 */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
): void {
  if (!hasFieldErrors(error)) return;
  Object.entries(error.fieldErrors).forEach(([pointer, message], index) => {
    const path = pointer
      .slice(1)
      .split('/')
      .filter((part) => !/^\d+$/.test(part))
      .join('.');
    setError(path as Path<T>, { message }, { shouldFocus: index === 0 });
  });
}

/** The problem points at fields: the form shows it there, not as a general error. */
export const hasFieldErrors = (error: unknown): error is ApiError =>
  error instanceof ApiError && !!error.problem.errors?.length;
