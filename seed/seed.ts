import { DEFAULT_SETTINGS } from '../src/domain/settings';
import {
  CLOSURE_REASONS,
  EXIT_SITUATIONS,
  MODALITIES,
  NEEDS,
  type Channel,
  type Gender,
  type MentorStatus,
  type MentorshipStatus,
  type Modality,
  type Need,
  type ReferralStatus,
  type Situation,
} from '../src/domain/enums';
import { ageOn } from '../src/domain/age';
import { PLATFORM_ACTOR } from '../src/domain/intake';
import {
  EMPLOYERS,
  FIRST_NAMES_F,
  FIRST_NAMES_M,
  GOAL_LABELS,
  JOB_TITLES,
  LAST_NAMES,
  MESSAGES,
  NORD,
  RHONE_ALPES,
  SECTORS,
  type Place,
} from './places';
import type {
  Data,
  InterviewRecord,
  MeetingRecord,
  MentorRecord,
  MentorshipRecord,
  ReferralRecord,
  TimelineRecord,
  UserRecord,
} from './records';

export type SeedSize = 'demo' | 'scale';

export const DEMO_PASSWORD = 'binome-demo';

const SIZES = {
  demo: { referrals: 400, mentors: 150, pairs: 200, meetingGapDays: 12 },
  scale: { referrals: 20_000, mentors: 3_000, pairs: 10_000, meetingGapDays: 8 },
} as const;

const ASSOCIATIONS = [
  {
    id: 'asso_elan',
    name: 'Élan Mentorat Rhône',
    shortName: 'Élan',
    domain: 'elan.test',
    places: RHONE_ALPES,
  },
  {
    id: 'asso_passerelles',
    name: 'Passerelles Nord',
    shortName: 'Passerelles',
    domain: 'passerelles.test',
    places: NORD,
  },
] as const;

/** The demo accounts listed in the README: one per role in each association. */
export const DEMO_ACCOUNTS = ASSOCIATIONS.flatMap((a) => [
  { association: a.name, role: 'admin' as const, email: `admin@${a.domain}` },
  { association: a.name, role: 'coordinator' as const, email: `coordination@${a.domain}` },
  { association: a.name, role: 'mentor' as const, email: `mentor@${a.domain}` },
]);

const DAY = 86_400_000;

/** mulberry32: a small deterministic generator, so the same seed gives the same data. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    const n = Math.min(int(min, max), pool.length);
    while (out.length < n) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return out;
  };
  /** Picks a key with probability proportional to its weight. */
  const weighted = <K extends string>(weights: Record<K, number>): K => {
    const entries = Object.entries(weights) as [K, number][];
    let r = next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, w] of entries) {
      r -= w;
      if (r < 0) return key;
    }
    return entries[0]![0];
  };
  return { next, int, pick, chance, some, weighted };
}

type Rng = ReturnType<typeof rng>;

const iso = (ms: number) => new Date(ms).toISOString();
const isoDay = (ms: number) => iso(ms).slice(0, 10);
const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');

function person(r: Rng) {
  const gender: Gender = r.chance(0.52) ? 'FEMALE' : 'MALE';
  const firstName = r.pick(gender === 'FEMALE' ? FIRST_NAMES_F : FIRST_NAMES_M);
  const lastName = r.pick(LAST_NAMES);
  return { gender, firstName, lastName };
}

function phone(r: Rng) {
  const pairs = Array.from({ length: 4 }, () => String(r.int(0, 99)).padStart(2, '0'));
  return `0${r.pick(['6', '7'])} ${pairs.join(' ')}`;
}

function placeFields(place: Place) {
  return { postalCode: place.postalCode, commune: place.commune, department: place.department };
}

function situationForAge(r: Rng, age: number): Situation {
  if (age < 15) return 'MIDDLE_SCHOOL';
  if (age < 18) return r.pick(['HIGH_SCHOOL', 'HIGH_SCHOOL', 'APPRENTICE', 'NEET'] as const);
  return r.pick(['STUDENT', 'APPRENTICE', 'JOB_SEEKER', 'EMPLOYED', 'NEET', 'STUDENT'] as const);
}

function needsFor(r: Rng, situation: Situation): Need[] {
  const likely: Record<Situation, Need[]> = {
    MIDDLE_SCHOOL: ['SCHOOLING', 'ORIENTATION', 'INTERNSHIP', 'SOCIAL_OPENING'],
    HIGH_SCHOOL: ['SCHOOLING', 'ORIENTATION', 'SOCIAL_OPENING'],
    STUDENT: ['ORIENTATION', 'INTERNSHIP', 'JOB_READINESS'],
    APPRENTICE: ['INTERNSHIP', 'JOB_START', 'JOB_READINESS'],
    JOB_SEEKER: ['JOB_READINESS', 'ORIENTATION', 'INTERNSHIP'],
    EMPLOYED: ['JOB_START', 'JOB_READINESS'],
    NEET: ['ORIENTATION', 'JOB_READINESS', 'SOCIAL_OPENING'],
  };
  return r.some(likely[situation], 1, 2);
}

interface Context {
  r: Rng;
  now: number;
  associationId: string;
  places: readonly Place[];
  coordinators: UserRecord[];
  timeline: TimelineRecord[];
}

function event(
  ctx: Context,
  entityType: TimelineRecord['entityType'],
  entityId: string,
  at: number,
  fields: Partial<TimelineRecord> & Pick<TimelineRecord, 'kind'>,
) {
  const actor = ctx.r.pick(ctx.coordinators);
  ctx.timeline.push({
    id: `evt_${entityId}_${ctx.timeline.length}`,
    associationId: ctx.associationId,
    entityType,
    entityId,
    at: iso(at),
    actorId: fields.kind === 'CREATED' ? null : actor.id,
    actorName:
      fields.kind === 'CREATED'
        ? 'Plateforme 1jeune1solution'
        : `${actor.firstName} ${actor.lastName}`,
    from: null,
    to: null,
    channel: null,
    reached: null,
    body: null,
    ...fields,
  });
}

/** Who a referral's first event names, by channel. */
const CREATED_BY: Record<Channel, string> = {
  '1J1S': PLATFORM_ACTOR,
  '1J1M_DIRECT': 'Site 1 jeune, 1 mentor',
  SCHOOL: 'Établissement scolaire (partenaire)',
  FRANCE_TRAVAIL: 'France Travail (partenaire)',
  MISSION_LOCALE: 'Mission locale (partenaire)',
  OTHER: 'Saisie par l’association',
};
const fromPlatform = (channel: Channel) => channel === '1J1S' || channel === '1J1M_DIRECT';

/** The path a referral walked to reach its status, for its timeline. */
const PATH: Partial<Record<ReferralStatus, ReferralStatus[]>> = {
  TO_CONTACT: ['TO_CONTACT'],
  QUALIFIED: ['TO_CONTACT', 'QUALIFIED'],
  AWAITING_MATCH: ['TO_CONTACT', 'QUALIFIED', 'AWAITING_MATCH'],
  MATCH_PROPOSED: ['TO_CONTACT', 'QUALIFIED', 'AWAITING_MATCH', 'MATCH_PROPOSED'],
  MATCHED: ['TO_CONTACT', 'QUALIFIED', 'AWAITING_MATCH', 'MATCH_PROPOSED', 'MATCHED'],
  UNREACHABLE: ['TO_CONTACT', 'UNREACHABLE'],
  NOT_ELIGIBLE: ['TO_CONTACT', 'NOT_ELIGIBLE'],
  WITHDRAWN: ['TO_CONTACT', 'QUALIFIED', 'WITHDRAWN'],
};

function makeReferral(
  ctx: Context,
  index: number,
  status: ReferralStatus,
  receivedAt: number,
): ReferralRecord {
  const { r, now } = ctx;
  const { gender, firstName, lastName } = person(r);
  const age = r.pick(AGE_POOL);
  const birth = receivedAt - (age * 365.25 + r.int(20, 340)) * DAY;
  const birthDate = isoDay(birth);
  const minorAtReceipt = ageOn(birthDate, new Date(receivedAt)) < 18;
  const situation = situationForAge(r, age);
  const place = r.pick(ctx.places);
  const id = `ref_${ctx.associationId.slice(5, 8)}_${String(index).padStart(5, '0')}`;
  const contacted = status !== 'RECEIVED' && !(status === 'TO_CONTACT' && r.chance(0.6));
  const attempts =
    status === 'UNREACHABLE'
      ? 3
      : contacted
        ? r.int(1, 2)
        : status === 'TO_CONTACT'
          ? r.int(0, 2)
          : 0;
  const firstContactAt = contacted ? receivedAt + r.int(1, 12) * DAY : null;
  // A parent, never the young person herself.
  const guardianName = `${r.pick(FIRST_NAMES_F.filter((name) => name !== firstName))} ${lastName}`;
  // A draw the first seed spent here: kept, so that every other demo record stays as it was.
  r.next();
  const channel = r.weighted({
    '1J1S': 40,
    '1J1M_DIRECT': 20,
    SCHOOL: 15,
    FRANCE_TRAVAIL: 8,
    MISSION_LOCALE: 12,
    OTHER: 5,
  });
  const referral: ReferralRecord = {
    id,
    associationId: ctx.associationId,
    version: 1,
    // Only what the platform pushed carries its id (intake is idempotent on it).
    externalId: fromPlatform(channel) ? `1J1S-${100000 + index}` : null,
    channel,
    receivedAt: iso(receivedAt),
    status,
    firstName,
    lastName,
    birthDate,
    gender,
    email: r.chance(0.9) ? `${slug(firstName)}.${slug(lastName)}${index}@exemple.fr` : null,
    phone: r.chance(0.85) ? phone(r) : null,
    ...placeFields(place),
    situation,
    needs: needsFor(r, situation),
    message: r.pick(MESSAGES[situation]),
    priorityPublics: [
      ...(r.chance(0.35) ? (['QPV'] as const) : []),
      ...(r.chance(0.12) ? (['FRR'] as const) : []),
      ...(situation === 'NEET' && r.chance(0.5) ? (['SCHOOL_DROPOUT'] as const) : []),
      ...(r.chance(0.05) ? (['ASE'] as const) : []),
      ...(r.chance(0.02) ? (['PJJ'] as const) : []),
      ...(situation === 'STUDENT' && r.chance(0.3) ? (['STUDENT_HARDSHIP'] as const) : []),
      ...(r.chance(0.06) ? (['DISABILITY'] as const) : []),
    ],
    accommodationNeeded: r.chance(0.05),
    preferences: {
      mentorGender: r.weighted({ ANY: 8, FEMALE: 2, MALE: 1 }),
      modality: r.weighted({ ANY: 6, IN_PERSON: 3, REMOTE: 1 }),
      languages: r.chance(0.1) ? ['fr', r.pick(['ar', 'en', 'es', 'pt', 'wo'])] : ['fr'],
    },
    legalGuardian: minorAtReceipt
      ? {
          name: guardianName,
          email: r.chance(0.7) ? `${slug(guardianName)}@exemple.fr` : null,
          phone: phone(r),
          // Some under-15s still wait for the guardian's consent: the UI flags them.
          consentDate: r.chance(0.85)
            ? isoDay(Math.min(now, receivedAt + r.int(0, 10) * DAY))
            : null,
        }
      : null,
    consents: {
      processing: true,
      transmission: true,
      version: '2025-01',
      date: isoDay(receivedAt),
    },
    department: place.department,
    assigneeId: status === 'RECEIVED' && r.chance(0.5) ? null : r.pick(ctx.coordinators).id,
    contactAttempts: attempts,
    firstContactAt: firstContactAt && firstContactAt < now ? iso(firstContactAt) : null,
    lastContactAt: firstContactAt && firstContactAt < now ? iso(firstContactAt) : null,
    statusReason:
      status === 'NOT_ELIGIBLE'
        ? r.pick(['Hors tranche d’âge', 'Hors territoire', 'Besoin relevant d’un autre dispositif'])
        : status === 'WITHDRAWN'
          ? r.pick(['A trouvé un stage seul', 'Ne souhaite plus être accompagné·e', 'Déménagement'])
          : null,
    redirectedTo: status === 'NOT_ELIGIBLE' && r.chance(0.6) ? 'Mission locale' : null,
    updatedAt: iso(Math.min(now, receivedAt + 20 * DAY)),
    anonymisedAt: null,
  };
  // The first event says where the referral came from: the platform, a partner, or by hand.
  event(ctx, 'referral', id, receivedAt, { kind: 'CREATED', actorName: CREATED_BY[channel] });
  let at = receivedAt;
  for (let i = 0; i < attempts; i++) {
    at += r.int(1, 4) * DAY;
    const reached = status !== 'UNREACHABLE' && contacted && i === attempts - 1;
    event(ctx, 'referral', id, Math.min(at, now), {
      kind: 'CONTACT_ATTEMPT',
      channel: r.pick(['PHONE', 'PHONE', 'SMS', 'EMAIL'] as const),
      reached,
    });
  }
  let from: ReferralStatus = 'RECEIVED';
  for (const to of PATH[status] ?? []) {
    at += r.int(1, 10) * DAY;
    event(ctx, 'referral', id, Math.min(at, now), { kind: 'STATUS_CHANGED', from, to });
    from = to;
  }
  return referral;
}

function makeMentor(
  ctx: Context,
  index: number,
  status: MentorStatus,
  size: SeedSize,
): MentorRecord {
  const { r, now } = ctx;
  const { gender, firstName, lastName } = person(r);
  const occupation = r.weighted({
    EMPLOYEE: 55,
    CIVIL_SERVANT: 15,
    RETIRED: 15,
    STUDENT: 8,
    JOB_SEEKER: 5,
    HIGH_SCHOOL: 2,
  });
  const working = occupation === 'EMPLOYEE' || occupation === 'CIVIL_SERVANT';
  const createdAt = now - r.int(30, 900) * DAY;
  const screened = !['APPLICANT', 'INTERVIEWED'].includes(status);
  const trained = screened && status !== 'SCREENED';
  const place = r.pick(ctx.places);
  const id = `men_${ctx.associationId.slice(5, 8)}_${String(index).padStart(5, '0')}`;
  const modalities = r.some(MODALITIES, 1, 3) as Modality[];
  event(ctx, 'mentor', id, createdAt, { kind: 'CREATED', actorName: 'Candidature en ligne' });
  return {
    id,
    associationId: ctx.associationId,
    version: 1,
    status,
    firstName,
    lastName,
    gender,
    email: `${slug(firstName)}.${slug(lastName)}.${index}@mentor.exemple.fr`,
    phone: r.chance(0.9) ? phone(r) : null,
    ...placeFields(place),
    occupation,
    sector: working ? r.pick(SECTORS) : null,
    jobTitle: working ? r.pick(JOB_TITLES) : null,
    employer: working ? r.pick(EMPLOYERS) : null,
    expertise: r.some(NEEDS, 1, 3),
    languages: r.chance(0.25) ? ['fr', r.pick(['en', 'ar', 'es', 'de', 'it'])] : ['fr'],
    modalities:
      modalities.includes('REMOTE') || r.chance(0.5) ? modalities : [...modalities, 'REMOTE'],
    hoursPerMonth: r.int(2, 8),
    preferredSlots: r.some(['WEEKDAY_DAYTIME', 'WEEKDAY_EVENING', 'WEEKEND'] as const, 1, 2),
    capacity: size === 'scale' ? r.int(2, 5) : r.pick([1, 1, 2, 2, 2, 3]),
    menteeAgeMin: r.chance(0.7) ? 13 : 16,
    menteeAgeMax: r.chance(0.8) ? 25 : 30,
    honorabilityCheck: screened
      ? {
          type: r.chance(0.7) ? 'B3' : 'ATTESTATION_HONORABILITE',
          // A few are expiring soon or expired (3-year validity by default).
          date: isoDay(now - r.int(20, 1130) * DAY),
          result: 'VALID',
        }
      : status === 'INTERVIEWED' && r.chance(0.5)
        ? { type: 'B3', date: isoDay(now - r.int(1, 20) * DAY), result: 'PENDING' }
        : null,
    training: trained
      ? {
          date: isoDay(createdAt + r.int(15, 60) * DAY),
          format: r.pick(['IN_PERSON', 'REMOTE', 'E_LEARNING'] as const),
        }
      : null,
    department: place.department,
    activePairs: 0,
    userId: null,
    createdAt: iso(createdAt),
    updatedAt: iso(createdAt + 30 * DAY),
    anonymisedAt: null,
  };
}

// Ages at reception, weighted toward 16 to 20 as in the scheme's public figures.
const AGE_POOL = [
  13, 14, 14, 15, 15, 15, 16, 16, 16, 17, 17, 17, 18, 18, 18, 19, 19, 19, 20, 20, 21, 21, 22, 23,
  24, 25,
];

const OPEN_PAIR: MentorshipStatus[] = ['PROPOSED', 'ACCEPTED', 'ACTIVE', 'PAUSED'];

export function seed(size: SeedSize = 'demo', now: Date = new Date()): Data {
  // The latest 9:00 UTC not after `now`: before 9:00 it is yesterday's, so that nothing seeded
  // (received, logged, changed) lies in the future of whoever reads it, at any hour.
  const nineToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 9);
  const today = nineToday <= now.getTime() ? nineToday : nineToday - DAY;
  const data: Data = {
    associations: [],
    users: [],
    sessions: [],
    settings: [],
    referrals: [],
    mentors: [],
    mentorships: [],
    meetings: [],
    interviews: [],
    timeline: [],
    audit: [],
    savedViews: [],
  };

  ASSOCIATIONS.forEach((association, a) => {
    const r = rng(20260101 + a);
    // The scale seed grows the first association only; the second one stays demo-sized.
    const sizeHere: SeedSize = a === 0 ? size : 'demo';
    const n = SIZES[sizeHere];
    data.associations.push({
      id: association.id,
      name: association.name,
      shortName: association.shortName,
    });
    data.settings.push({
      id: association.id,
      associationId: association.id,
      version: 1,
      ...DEFAULT_SETTINGS,
      departments: [...new Set(association.places.map((p) => p.department))].sort(),
    });

    const user = (
      id: string,
      role: UserRecord['role'],
      email: string,
      firstName: string,
      lastName: string,
      mentorId: string | null = null,
    ): UserRecord => ({
      id,
      associationId: association.id,
      version: 1,
      email,
      firstName,
      lastName,
      role,
      active: true,
      mentorId,
      lastLoginAt: null,
      mustChangePassword: false,
      createdAt: iso(today - 400 * DAY),
      password: DEMO_PASSWORD,
    });
    const key = association.id.slice(5, 8);
    const admin = user(
      `usr_${key}_admin`,
      'admin',
      `admin@${association.domain}`,
      'Nadia',
      a === 0 ? 'Benali' : 'Lefort',
    );
    const coordinators = [
      user(
        `usr_${key}_coord1`,
        'coordinator',
        `coordination@${association.domain}`,
        a === 0 ? 'Sophie' : 'Julien',
        a === 0 ? 'Marchand' : 'Caron',
      ),
      user(
        `usr_${key}_coord2`,
        'coordinator',
        `karim.haddad@${association.domain}`,
        'Karim',
        'Haddad',
      ),
      user(
        `usr_${key}_coord3`,
        'coordinator',
        `claire.dumas@${association.domain}`,
        'Claire',
        'Dumas',
      ),
    ];
    data.users.push(admin, ...coordinators);
    const ctx: Context = {
      r,
      now: today,
      associationId: association.id,
      places: association.places,
      coordinators,
      timeline: data.timeline,
    };

    // Mentors: every onboarding status, most of them available.
    const mentors: MentorRecord[] = [];
    for (let i = 0; i < n.mentors; i++) {
      const status = r.weighted<MentorStatus>({
        APPLICANT: 8,
        INTERVIEWED: 6,
        SCREENED: 5,
        TRAINED: 5,
        AVAILABLE: 62,
        FULL: 0,
        INACTIVE: 8,
        ARCHIVED: 6,
      });
      mentors.push(makeMentor(ctx, i + 1, status, sizeHere));
    }
    const withCapacity = mentors.filter((m) => m.status === 'AVAILABLE');
    let cursor = 0;
    const takeMentor = (): MentorRecord | null => {
      for (let tries = 0; tries < withCapacity.length; tries++) {
        const mentor = withCapacity[cursor++ % withCapacity.length]!;
        if (mentor.activePairs < mentor.capacity) return mentor;
      }
      return null;
    };

    let index = 0;
    // Pairs, each with its referral: spread over the last 18 months.
    for (let p = 0; p < n.pairs; p++) {
      let status = r.weighted<MentorshipStatus>({
        PROPOSED: 7,
        ACCEPTED: 7,
        ACTIVE: 45,
        PAUSED: 5,
        CLOSED: 36,
      });
      const open = OPEN_PAIR.includes(status);
      const mentor = open ? takeMentor() : r.pick(withCapacity.length ? withCapacity : mentors);
      if (!mentor) status = 'CLOSED';
      const assigned = mentor ?? r.pick(mentors);
      if (OPEN_PAIR.includes(status)) assigned.activePairs += 1;
      const recent = status === 'PROPOSED' || status === 'ACCEPTED';
      const receivedAt = today - (recent ? r.int(15, 60) : r.int(60, 540)) * DAY;
      const referral = makeReferral(
        ctx,
        ++index,
        status === 'PROPOSED' ? 'MATCH_PROPOSED' : 'MATCHED',
        receivedAt,
      );
      data.referrals.push(referral);
      const pair = makePair(ctx, p + 1, status, referral, assigned, today);
      data.mentorships.push(pair);
      data.meetings.push(...makeMeetings(ctx, pair, assigned, n.meetingGapDays));
      data.interviews.push(...makeInterviews(ctx, pair));
    }

    // Referrals still in triage or that left the path.
    const rest = n.referrals - index;
    for (let i = 0; i < rest; i++) {
      const status = r.weighted<ReferralStatus>({
        RECEIVED: 20,
        TO_CONTACT: 25,
        QUALIFIED: 12,
        AWAITING_MATCH: 20,
        UNREACHABLE: 8,
        NOT_ELIGIBLE: 8,
        WITHDRAWN: 7,
        MATCH_PROPOSED: 0,
        MATCHED: 0,
      });
      const days = status === 'RECEIVED' || status === 'TO_CONTACT' ? r.int(0, 25) : r.int(10, 400);
      data.referrals.push(
        makeReferral(ctx, ++index, status, today - days * DAY - r.int(0, 8) * 3_600_000),
      );
    }

    for (const mentor of mentors)
      if (mentor.status === 'AVAILABLE' && mentor.activePairs >= mentor.capacity)
        mentor.status = 'FULL';
    // The demo mentor account belongs to a mentor with several pairs.
    const demoMentor = [...mentors].sort((x, y) => y.activePairs - x.activePairs)[0]!;
    const mentorUser = user(
      `usr_${key}_mentor`,
      'mentor',
      `mentor@${association.domain}`,
      demoMentor.firstName,
      demoMentor.lastName,
      demoMentor.id,
    );
    demoMentor.userId = mentorUser.id;
    // Their meetings were logged before the account existed: they are theirs.
    const demoPairs = new Set(
      data.mentorships.filter((p) => p.mentorId === demoMentor.id).map((p) => p.id),
    );
    for (const meeting of data.meetings)
      if (demoPairs.has(meeting.mentorshipId)) meeting.loggedById = mentorUser.id;
    data.users.push(mentorUser);
    data.mentors.push(...mentors);

    data.savedViews.push(
      {
        id: `view_${key}_overdue`,
        associationId: association.id,
        version: 1,
        name: 'À contacter > 7 j',
        resource: 'referrals',
        query: 'status=RECEIVED&status=TO_CONTACT&overdue=true',
        shared: true,
        ownerId: coordinators[0]!.id,
      },
      {
        id: `view_${key}_waiting`,
        associationId: association.id,
        version: 1,
        name: 'En attente de binôme',
        resource: 'referrals',
        query: 'status=AWAITING_MATCH',
        shared: true,
        ownerId: coordinators[0]!.id,
      },
    );
  });
  return data;
}

function makePair(
  ctx: Context,
  index: number,
  status: MentorshipStatus,
  referral: ReferralRecord,
  mentor: MentorRecord,
  today: number,
): MentorshipRecord {
  const { r } = ctx;
  const proposedAt = Date.parse(referral.receivedAt) + r.int(10, 40) * DAY;
  const acceptedAt = status === 'PROPOSED' ? null : proposedAt + r.int(2, 10) * DAY;
  const started = status === 'ACTIVE' || status === 'PAUSED' || status === 'CLOSED';
  const startedAt = started && acceptedAt ? acceptedAt + r.int(5, 20) * DAY : null;
  const closedAt =
    status === 'CLOSED' && startedAt
      ? Math.min(today - DAY, startedAt + r.int(45, 330) * DAY)
      : null;
  return {
    id: `pair_${ctx.associationId.slice(5, 8)}_${String(index).padStart(5, '0')}`,
    associationId: ctx.associationId,
    version: 1,
    status,
    referralId: referral.id,
    mentorId: mentor.id,
    coordinatorId: referral.assigneeId,
    goals: r.some(GOAL_LABELS, 1, 3).map((label, g) => ({
      id: `goal_${index}_${g}`,
      label,
      done: status === 'CLOSED' ? r.chance(0.6) : r.chance(0.2),
    })),
    proposedAt: iso(Math.min(proposedAt, today)),
    acceptedAt: acceptedAt ? iso(Math.min(acceptedAt, today)) : null,
    startedAt: startedAt ? iso(Math.min(startedAt, today)) : null,
    plannedEndAt: startedAt ? isoDay(startedAt + 182 * DAY) : null,
    closedAt: closedAt ? iso(closedAt) : null,
    refusalReason: null,
    closureReason: closedAt
      ? closedAt - startedAt! > 182 * DAY
        ? r.pick(['GOALS_MET', 'PROGRAM_END'] as const)
        : r.pick(CLOSURE_REASONS)
      : null,
    exitSituation: closedAt ? r.pick(EXIT_SITUATIONS) : null,
    updatedAt: iso(Math.min(closedAt ?? startedAt ?? proposedAt, today)),
  };
}

function makeMeetings(
  ctx: Context,
  pair: MentorshipRecord,
  mentor: MentorRecord,
  gapDays: number,
): MeetingRecord[] {
  if (!pair.startedAt) return [];
  const { r } = ctx;
  const end = pair.closedAt
    ? Date.parse(pair.closedAt)
    : ctx.now - r.int(0, pair.status === 'PAUSED' ? 60 : 20) * DAY;
  const meetings: MeetingRecord[] = [];
  for (
    let at = Date.parse(pair.startedAt);
    at <= end;
    at += r.int(gapDays - 5, gapDays + 5) * DAY
  ) {
    const attendance =
      meetings.length === 0 ? 'HELD' : r.weighted({ HELD: 85, NO_SHOW: 8, CANCELLED: 7 });
    const meeting: MeetingRecord = {
      id: `meet_${pair.id.slice(5)}_${meetings.length}`,
      associationId: ctx.associationId,
      version: 1,
      mentorshipId: pair.id,
      date: isoDay(at),
      durationMinutes: r.pick([45, 60, 60, 90, 120]),
      modality: r.pick(mentor.modalities),
      topics: r.some(NEEDS, 1, 2),
      notes:
        attendance === 'HELD'
          ? r.pick([
              'Bon échange, objectifs revus.',
              'Travail sur le CV.',
              'Préparation d’un entretien.',
              'Visite d’entreprise.',
              '',
            ])
          : '',
      attendance,
      concern: r.chance(0.02),
      // Mentors without an account have their meetings logged by the pair's coordinator.
      loggedById: mentor.userId ?? pair.coordinatorId ?? ctx.coordinators[0]!.id,
      loggedAt: iso(Math.min(at + 3_600_000, ctx.now)),
      concernAcknowledgedAt: null,
      concernAcknowledgedById: null,
      concernAcknowledgement: null,
    };
    // Concerns of more than two weeks ago were taken in hand two days after; recent ones wait.
    if (meeting.concern && ctx.now - at > 14 * DAY) {
      meeting.concernAcknowledgedAt = iso(at + 2 * DAY);
      meeting.concernAcknowledgedById = pair.coordinatorId ?? ctx.coordinators[0]!.id;
      meeting.concernAcknowledgement = 'Échange avec le mentor et le jeune ; suivi en place.';
    }
    meetings.push(meeting);
  }
  return meetings;
}

function makeInterviews(ctx: Context, pair: MentorshipRecord): InterviewRecord[] {
  if (!pair.startedAt) return [];
  const { r } = ctx;
  const kinds: InterviewRecord['kind'][] = ['START'];
  const start = Date.parse(pair.startedAt);
  const end = pair.closedAt ? Date.parse(pair.closedAt) : ctx.now;
  if (end - start > 90 * DAY) kinds.push('MID');
  if (pair.closedAt) kinds.push('CLOSING');
  return kinds.map((kind, i) => ({
    id: `itw_${pair.id.slice(5)}_${i}`,
    associationId: ctx.associationId,
    version: 1,
    mentorshipId: pair.id,
    kind,
    date: isoDay(kind === 'START' ? start + 7 * DAY : kind === 'MID' ? start + 90 * DAY : end),
    menteeSatisfaction: r.int(3, 5),
    mentorSatisfaction: r.int(3, 5),
    notes: '',
    byId: pair.coordinatorId ?? ctx.coordinators[0]!.id,
  }));
}
