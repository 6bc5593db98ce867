import { ageOn } from './age';
import type { Commune, Gazetteer } from './gazetteer';
import { LANGUAGE_NAMES, NEEDS } from './enums';
import {
  hardConstraints,
  hasFreePlace,
  honorabilityStatus,
  placesLeft,
  type ConstraintCheck,
} from './matching';
import { searchKey } from './search';
import type { Mentor, Referral, Settings } from './types';

// Soft criteria of a pair (DOMAIN.md, Matching): each scores 0 to 1 and weighs what the
// association's settings say; the score is their weighted mean, and each criterion shows its share.

export type Criterion = keyof Settings['matchingWeights'];

export interface CriterionScore {
  criterion: Criterion;
  value: number;
  weight: number;
  share: number;
  detail: string;
}

export type MenteeFacts = Pick<
  Referral,
  'birthDate' | 'legalGuardian' | 'preferences' | 'needs' | 'message' | 'postalCode' | 'commune'
>;
export type MentorFacts = Pick<
  Mentor,
  | 'status'
  | 'capacity'
  | 'activePairs'
  | 'honorabilityCheck'
  | 'modalities'
  | 'expertise'
  | 'sector'
  | 'languages'
  | 'hoursPerMonth'
  | 'gender'
  | 'menteeAgeMin'
  | 'menteeAgeMax'
  | 'postalCode'
  | 'commune'
>;

type MatchSettings = Pick<
  Settings,
  'honorabilityValidityYears' | 'honorabilityWarningDays' | 'matchingWeights'
>;

/** The commune someone lives in: the one of their postal code with their commune's name, or its first. */
export function placeOf(
  gazetteer: Gazetteer,
  person: { postalCode: string; commune: string },
): Commune | null {
  const communes = gazetteer.communesOf(person.postalCode);
  const key = searchKey(person.commune)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return (
    communes.find(
      (c) =>
        searchKey(c.name)
          .replace(/[^a-z0-9]+/g, ' ')
          .trim() === key,
    ) ??
    communes[0] ??
    null
  );
}

/** A young person's facts, computed once for every mentor they are scored against. */
export interface PreparedMentee {
  facts: MenteeFacts;
  age: number;
  place: Commune | null;
  message: string;
  /** Needs as a bit set over NEEDS, for the fast path. */
  needs: number;
  /** Sectors already looked for in the message, for the fast path. */
  sectors: Map<string, boolean>;
}

/** A mentor's facts, computed once for every young person they are scored against. */
export interface PreparedMentor {
  facts: MentorFacts;
  place: Commune | null;
  sector: string;
  expertise: number;
  /** Honorability valid or expiring, and a free place: computed once, not per pair. */
  checkOk: boolean;
  free: boolean;
  remote: boolean;
  inPerson: boolean;
}

const bits = (values: readonly string[]) =>
  values.reduce((mask, v) => mask | (1 << NEEDS.indexOf(v as (typeof NEEDS)[number])), 0);
const popcount = (n: number) => {
  let count = 0;
  for (let x = n; x; x &= x - 1) count += 1;
  return count;
};

export const prepareMentee = (
  facts: MenteeFacts,
  gazetteer: Gazetteer,
  today: Date,
): PreparedMentee => ({
  facts,
  age: ageOn(facts.birthDate, today),
  place: placeOf(gazetteer, facts),
  message: searchKey(facts.message),
  needs: bits(facts.needs),
  sectors: new Map(),
});

export function prepareMentor(
  facts: MentorFacts,
  gazetteer: Gazetteer,
  settings: Pick<Settings, 'honorabilityValidityYears' | 'honorabilityWarningDays'>,
  today: Date,
): PreparedMentor {
  const honorability = honorabilityStatus(facts.honorabilityCheck, settings, today);
  return {
    facts,
    place: placeOf(gazetteer, facts),
    sector: facts.sector ? searchKey(facts.sector) : '',
    expertise: bits(facts.expertise),
    checkOk: honorability === 'VALID' || honorability === 'EXPIRING',
    free: hasFreePlace(facts),
    remote: facts.modalities.includes('REMOTE'),
    inPerson: facts.modalities.some((m) => m !== 'REMOTE'),
  };
}

function proximityValue(mentee: PreparedMentee, mentor: PreparedMentor): number {
  if (mentee.facts.preferences.modality !== 'IN_PERSON' && mentor.remote) return 1;
  const a = mentee.place;
  const b = mentor.place;
  if (!a || !b) return 0;
  if (a.insee === b.insee) return 1;
  if (a.epci && a.epci === b.epci) return 0.75;
  if (a.department === b.department) return 0.5;
  return a.region && a.region === b.region ? 0.25 : 0;
}

function proximity(mentee: PreparedMentee, mentor: PreparedMentor): [number, string] {
  if (
    mentee.facts.preferences.modality !== 'IN_PERSON' &&
    mentor.facts.modalities.includes('REMOTE')
  )
    return [1, 'À distance possible : la distance ne compte pas'];
  const a = mentee.place;
  const b = mentor.place;
  if (!a || !b) return [0, 'Lieu inconnu'];
  if (a.insee === b.insee) return [1, `Même commune (${a.name})`];
  if (a.epci && a.epci === b.epci) return [0.75, 'Même intercommunalité'];
  if (a.department === b.department) return [0.5, `Même département (${a.department})`];
  if (a.region && a.region === b.region) return [0.25, 'Même région'];
  return [0, 'Régions différentes'];
}

/** Each criterion's value; with `explain`, why, in French (skipped when ranking thousands). */
function criteria(
  mentee: PreparedMentee,
  mentor: PreparedMentor,
  explain: boolean,
): Record<Criterion, [number, string]> {
  const e = mentee.facts;
  const o = mentor.facts;
  const covered = e.needs.filter((need) => o.expertise.includes(need)).length;
  const shared = e.preferences.languages.filter((l) => o.languages.includes(l));
  const gender = e.preferences.mentorGender;
  const genderOk = gender === 'ANY' || gender === o.gender;
  const ageOk = mentee.age >= o.menteeAgeMin && mentee.age <= o.menteeAgeMax;
  const free = Math.max(0, o.capacity - o.activePairs);
  const sectorMet = mentor.sector !== '' && mentee.message.includes(mentor.sector);
  const say = (text: () => string) => (explain ? text() : '');
  return {
    needs: [
      e.needs.length ? covered / e.needs.length : 0,
      say(
        () => `${covered} besoin${covered > 1 ? 's' : ''} sur ${e.needs.length} dans son expertise`,
      ),
    ],
    sector: [
      sectorMet ? 1 : 0,
      say(() =>
        sectorMet ? `Secteur « ${o.sector} » évoqué par le ou la jeune` : 'Secteur non évoqué',
      ),
    ],
    proximity: proximity(mentee, mentor),
    availability: [Math.min(1, o.hoursPerMonth / 4), say(() => `${o.hoursPerMonth} h par mois`)],
    language: [
      shared.length || !e.preferences.languages.length ? 1 : 0,
      say(() =>
        shared.length
          ? `${shared.length > 1 ? 'Langues communes' : 'Langue commune'} : ${shared.map((l) => LANGUAGE_NAMES[l] ?? l).join(', ')}`
          : 'Aucune langue commune',
      ),
    ],
    preferences: [
      (Number(genderOk) + Number(ageOk)) / 2,
      say(() =>
        [
          genderOk ? 'Genre souhaité respecté' : 'Genre souhaité non respecté',
          ageOk ? `${mentee.age} ans dans sa tranche` : `${mentee.age} ans hors de sa tranche`,
        ].join(' ; '),
      ),
    ],
    loadBalance: [
      o.capacity ? free / o.capacity : 0,
      say(() => `${placesLeft(free)} sur ${o.capacity}`),
    ],
  };
}

export interface PairScore {
  /** Weighted mean of the criteria, 0 to 1. */
  score: number;
  eligible: boolean;
  constraints: ConstraintCheck[];
  criteria: CriterionScore[];
}

function weighted(
  values: Record<Criterion, [number, string]>,
  weights: Settings['matchingWeights'],
) {
  const totalWeight = Object.values(weights).reduce((a, b) => a + b, 0);
  const entries = (Object.keys(values) as Criterion[]).map((criterion) => {
    const [value, detail] = values[criterion];
    const weight = weights[criterion];
    return { criterion, value, weight, detail, points: weight * value };
  });
  const points = entries.reduce((sum, e) => sum + e.points, 0);
  return { score: totalWeight ? points / totalWeight : 0, entries, points };
}

/** quickScore()'s answer for a pair that fails a hard constraint (scores are 0 to 1). */
export const INELIGIBLE = -1;

/**
 * The score alone, or INELIGIBLE when a hard constraint fails: the same rules as explainPair()
 * (a test holds them equal), without building explanations or objects, to rank millions of pairs.
 */
export function quickScore(
  mentee: PreparedMentee,
  mentor: PreparedMentor,
  settings: MatchSettings,
): number {
  const e = mentee.facts;
  const o = mentor.facts;
  const wanted = e.preferences.modality;
  const eligible =
    (mentee.age >= 18 || mentor.checkOk) &&
    mentor.free &&
    (mentee.age >= 15 || !!e.legalGuardian?.consentDate) &&
    (wanted === 'REMOTE'
      ? mentor.remote
      : wanted === 'IN_PERSON'
        ? mentor.inPerson
        : o.modalities.length > 0);
  if (!eligible) return INELIGIBLE;
  const w = settings.matchingWeights;
  const needCount = popcount(mentee.needs);
  const gender = e.preferences.mentorGender;
  const langs = e.preferences.languages;
  const points =
    w.needs * (needCount ? popcount(mentee.needs & mentor.expertise) / needCount : 0) +
    w.sector * (mentor.sector !== '' && mentionsSector(mentee, mentor.sector) ? 1 : 0) +
    w.proximity * proximityValue(mentee, mentor) +
    w.availability * Math.min(1, o.hoursPerMonth / 4) +
    w.language * (!langs.length || langs.some((l) => o.languages.includes(l)) ? 1 : 0) +
    w.preferences *
      ((Number(gender === 'ANY' || gender === o.gender) +
        Number(mentee.age >= o.menteeAgeMin && mentee.age <= o.menteeAgeMax)) /
        2) +
    w.loadBalance * (o.capacity ? Math.max(0, o.capacity - o.activePairs) / o.capacity : 0);
  const total =
    w.needs + w.sector + w.proximity + w.availability + w.language + w.preferences + w.loadBalance;
  return total ? points / total : 0;
}

/** Whether the young person's message names the sector; a cohort asks once per sector, not per pair. */
function mentionsSector(mentee: PreparedMentee, sector: string): boolean {
  let found = mentee.sectors.get(sector);
  if (found === undefined) mentee.sectors.set(sector, (found = mentee.message.includes(sector)));
  return found;
}

/** A pair's hard constraints and score, with the share of each criterion in it, explained. */
export function explainPair(
  mentee: PreparedMentee,
  mentor: PreparedMentor,
  settings: MatchSettings,
  today: Date,
): PairScore {
  const constraints = hardConstraints(mentee.facts, mentor.facts, settings, today);
  const { score, entries, points } = weighted(
    criteria(mentee, mentor, true),
    settings.matchingWeights,
  );
  return {
    score,
    eligible: constraints.every((c) => c.met),
    constraints,
    criteria: entries.map(({ points: p, ...e }) => ({ ...e, share: points ? p / points : 0 })),
  };
}
