import { ageOn } from './age';
import { fail } from './problem';
import type { Settings } from './types';

/** A birth date inside the association's age range (a setting: 13 to 25 by default, up to 30). */
export function checkAgeRange(
  birthDate: string | undefined,
  settings: Pick<Settings, 'menteeAgeMin' | 'menteeAgeMax'>,
  today: Date,
) {
  if (!birthDate) return;
  const age = ageOn(birthDate, today);
  if (age < settings.menteeAgeMin || age > settings.menteeAgeMax) {
    const message = `L’âge doit être entre ${settings.menteeAgeMin} et ${settings.menteeAgeMax} ans (ici ${age} ans)`;
    fail(422, message, { errors: [{ pointer: '/birthDate', message }] });
  }
}
