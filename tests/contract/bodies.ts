// Valid bodies of the contract's main writes, for tests to vary.

/** A young person as the 1jeune1solution platform pushes them. */
export const youngPerson = (externalId: string) => ({
  externalId,
  channel: '1J1S',
  receivedAt: '2026-11-26T08:30:00Z',
  firstName: 'Yanis',
  lastName: 'Belkacem',
  birthDate: '2007-04-12',
  gender: 'MALE',
  email: 'yanis.belkacem@exemple.fr',
  phone: '06 11 22 33 44',
  postalCode: '69120',
  commune: 'Vaulx-en-Velin',
  situation: 'JOB_SEEKER',
  needs: ['JOB_READINESS'],
  message: 'Je cherche un premier emploi.',
  priorityPublics: ['QPV'],
  accommodationNeeded: false,
  preferences: { mentorGender: 'ANY', modality: 'ANY', languages: ['fr'] },
  legalGuardian: null,
  consents: { processing: true, transmission: true, version: '2025-01', date: '2026-11-26' },
});

/** A referral a coordinator enters after a phone call. */
export const byPhone = () => {
  const { externalId: _e, ...fields } = youngPerson('');
  return { ...fields, channel: 'MISSION_LOCALE', firstName: 'Inès', lastName: 'Garnier' };
};

/** A mentor candidate. */
export const candidate = (fields: Record<string, unknown> = {}) => ({
  firstName: 'Hélène',
  lastName: 'Écuyer',
  gender: 'FEMALE',
  email: 'helene.ecuyer@exemple.fr',
  phone: '06 45 67 89 01',
  postalCode: '69006',
  commune: 'Lyon',
  occupation: 'EMPLOYEE',
  sector: 'Santé',
  jobTitle: 'Infirmière',
  employer: null,
  expertise: ['ORIENTATION'],
  languages: ['fr', 'en'],
  modalities: ['REMOTE', 'PUBLIC_PLACE'],
  hoursPerMonth: 4,
  preferredSlots: ['WEEKDAY_EVENING'],
  capacity: 2,
  menteeAgeMin: 15,
  menteeAgeMax: 25,
  honorabilityCheck: null,
  training: null,
  ...fields,
});
