import { ageOn } from './age';
import { frenchDay } from './csv';
import type { Channel, EXPORT_KINDS } from './enums';
import { FR_LABELS as L } from './labels-fr';
import type { Indicators } from './types';

// What each export writes, column by column, in French: one definition for CSV and XLSX. A
// column names the list column it stands for (`shows`), so "the columns on screen" means the
// same thing in a list and in its file.

export type ExportKind = (typeof EXPORT_KINDS)[number];

/** A typed cell: CSV writes it in French, XLSX keeps dates as dates and numbers as numbers. */
export type Cell =
  | { type: 'text'; value: string }
  | { type: 'number'; value: number }
  | { type: 'date'; value: string }
  | { type: 'datetime'; value: string }
  | null;

type Kind = 'text' | 'number' | 'date' | 'datetime';

export interface ExportColumn<Row> {
  label: string;
  type: Kind;
  // Methods, not arrow properties: a column of a kind's rows is a column of rows in general.
  value(row: Row): string | number | readonly string[] | null | undefined;
  /** The list column this one stands for: written with it when only the columns on screen are. */
  shows?: string;
  /** Written whatever the columns chosen: the record's identifier. */
  always?: boolean;
  /** Whose personal data this is ('J' young person, 'M' mentor): replaced by their code when pseudonymised. */
  person?(row: Row): { prefix: 'J' | 'M'; id: string };
}

export const cellOf = <Row>(column: ExportColumn<Row>, row: Row): Cell => {
  const value = column.value(row);
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return { type: 'text', value: value.join(', ') };
  if (column.type === 'number') return { type: 'number', value: Number(value) };
  return { type: column.type, value: String(value) } as Cell;
};

const label =
  <K extends string>(labels: Record<K, string>) =>
  (code: string | null | undefined) =>
    code ? (labels[code as K] ?? code) : null;
const labels =
  <K extends string>(labels: Record<K, string>) =>
  (codes: readonly string[]) =>
    codes.map((c): string => labels[c as K] ?? c);

export interface ReferralExportRow {
  id: string;
  externalId: string | null;
  receivedAt: string;
  channel: string;
  status: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  gender: string;
  email: string | null;
  phone: string | null;
  postalCode: string;
  commune: string;
  department: string;
  situation: string;
  needs: string[];
  priorityPublics: string[];
  assignee: string | null;
  firstContactAt: string | null;
  contactAttempts: number;
}

const young = (r: { id: string }) => ({ prefix: 'J' as const, id: r.id });
const mentorOf = (r: { id: string }) => ({ prefix: 'M' as const, id: r.id });

export const REFERRAL_COLUMNS: ExportColumn<ReferralExportRow>[] = [
  { label: 'Identifiant', type: 'text', value: (r) => r.id, always: true },
  { label: 'Reçue le', type: 'datetime', value: (r) => r.receivedAt, shows: 'received' },
  { label: 'Canal', type: 'text', value: (r) => label(L.channel)(r.channel), shows: 'channel' },
  {
    label: 'Référence de la plateforme',
    type: 'text',
    value: (r) => r.externalId,
    shows: 'channel',
  },
  {
    label: 'Statut',
    type: 'text',
    value: (r) => label(L.referralStatus)(r.status),
    shows: 'status',
  },
  { label: 'Prénom', type: 'text', value: (r) => r.firstName, shows: 'name', person: young },
  { label: 'Nom', type: 'text', value: (r) => r.lastName, shows: 'name', person: young },
  {
    label: 'Date de naissance',
    type: 'date',
    value: (r) => r.birthDate,
    shows: 'age',
    person: young,
  },
  {
    label: 'Âge à la réception',
    type: 'number',
    value: (r) => ageOn(r.birthDate, new Date(r.receivedAt)),
    shows: 'age',
  },
  { label: 'Genre', type: 'text', value: (r) => label(L.gender)(r.gender) },
  { label: 'Courriel', type: 'text', value: (r) => r.email, shows: 'name', person: young },
  { label: 'Téléphone', type: 'text', value: (r) => r.phone, shows: 'name', person: young },
  { label: 'Code postal', type: 'text', value: (r) => r.postalCode, shows: 'commune' },
  { label: 'Commune', type: 'text', value: (r) => r.commune, shows: 'commune' },
  { label: 'Département', type: 'text', value: (r) => r.department, shows: 'commune' },
  { label: 'Situation', type: 'text', value: (r) => label(L.situation)(r.situation) },
  { label: 'Besoins', type: 'text', value: (r) => labels(L.need)(r.needs), shows: 'needs' },
  {
    label: 'Publics prioritaires',
    type: 'text',
    value: (r) => labels(L.priorityPublic)(r.priorityPublics),
  },
  { label: 'Attribuée à', type: 'text', value: (r) => r.assignee, shows: 'assignee' },
  { label: 'Premier contact le', type: 'datetime', value: (r) => r.firstContactAt },
  { label: 'Tentatives de contact', type: 'number', value: (r) => r.contactAttempts },
];

export interface MentorExportRow {
  id: string;
  status: string;
  firstName: string;
  lastName: string;
  gender: string;
  email: string;
  phone: string | null;
  postalCode: string;
  commune: string;
  department: string;
  occupation: string;
  sector: string | null;
  expertise: string[];
  languages: string[];
  modalities: string[];
  capacity: number;
  activePairs: number;
  honorabilityCheck: { date: string; result: string } | null;
  training: { date: string } | null;
  createdAt: string;
}

export const MENTOR_COLUMNS: ExportColumn<MentorExportRow>[] = [
  { label: 'Identifiant', type: 'text', value: (m) => m.id, always: true },
  { label: 'Prénom', type: 'text', value: (m) => m.firstName, shows: 'name', person: mentorOf },
  { label: 'Nom', type: 'text', value: (m) => m.lastName, shows: 'name', person: mentorOf },
  { label: 'Statut', type: 'text', value: (m) => label(L.mentorStatus)(m.status), shows: 'status' },
  { label: 'Genre', type: 'text', value: (m) => label(L.gender)(m.gender) },
  { label: 'Courriel', type: 'text', value: (m) => m.email, shows: 'name', person: mentorOf },
  { label: 'Téléphone', type: 'text', value: (m) => m.phone, shows: 'name', person: mentorOf },
  { label: 'Code postal', type: 'text', value: (m) => m.postalCode, shows: 'commune' },
  { label: 'Commune', type: 'text', value: (m) => m.commune, shows: 'commune' },
  { label: 'Département', type: 'text', value: (m) => m.department, shows: 'commune' },
  { label: 'Activité', type: 'text', value: (m) => label(L.occupation)(m.occupation) },
  { label: 'Secteur', type: 'text', value: (m) => m.sector, shows: 'sector' },
  {
    label: 'Expertises',
    type: 'text',
    value: (m) => labels(L.need)(m.expertise),
    shows: 'expertise',
  },
  { label: 'Langues', type: 'text', value: (m) => labels(L.language)(m.languages) },
  { label: 'Modalités', type: 'text', value: (m) => labels(L.mentorModality)(m.modalities) },
  { label: 'Places', type: 'number', value: (m) => m.capacity, shows: 'load' },
  { label: 'Binômes actifs', type: 'number', value: (m) => m.activePairs, shows: 'load' },
  {
    label: 'Honorabilité',
    type: 'text',
    value: (m) => label(L.honorabilityResult)(m.honorabilityCheck?.result),
    shows: 'honorability',
  },
  {
    label: 'Honorabilité vérifiée le',
    type: 'date',
    value: (m) => m.honorabilityCheck?.date,
    shows: 'honorability',
  },
  { label: 'Formé·e le', type: 'date', value: (m) => m.training?.date, shows: 'training' },
  { label: 'Inscrit·e le', type: 'datetime', value: (m) => m.createdAt, shows: 'created' },
];

export interface PairExportRow {
  id: string;
  status: string;
  referralId: string;
  mentorId: string;
  menteeFirstName: string;
  menteeLastName: string;
  mentorFirstName: string;
  mentorLastName: string;
  coordinator: string | null;
  proposedAt: string;
  acceptedAt: string | null;
  startedAt: string | null;
  plannedEndAt: string | null;
  closedAt: string | null;
  closureReason: string | null;
  exitSituation: string | null;
  meetingsHeld: number;
}

const menteeOf = (p: PairExportRow) => ({ prefix: 'J' as const, id: p.referralId });
const pairMentor = (p: PairExportRow) => ({ prefix: 'M' as const, id: p.mentorId });

export const PAIR_COLUMNS: ExportColumn<PairExportRow>[] = [
  { label: 'Identifiant', type: 'text', value: (p) => p.id, always: true },
  {
    label: 'Jeune : prénom',
    type: 'text',
    value: (p) => p.menteeFirstName,
    shows: 'mentee',
    person: menteeOf,
  },
  {
    label: 'Jeune : nom',
    type: 'text',
    value: (p) => p.menteeLastName,
    shows: 'mentee',
    person: menteeOf,
  },
  {
    label: 'Mentor : prénom',
    type: 'text',
    value: (p) => p.mentorFirstName,
    shows: 'mentor',
    person: pairMentor,
  },
  {
    label: 'Mentor : nom',
    type: 'text',
    value: (p) => p.mentorLastName,
    shows: 'mentor',
    person: pairMentor,
  },
  {
    label: 'Statut',
    type: 'text',
    value: (p) => label(L.mentorshipStatus)(p.status),
    shows: 'status',
  },
  {
    label: 'Chargé·e de mentorat',
    type: 'text',
    value: (p) => p.coordinator,
    shows: 'coordinator',
  },
  { label: 'Proposé le', type: 'datetime', value: (p) => p.proposedAt, shows: 'proposed' },
  { label: 'Accepté le', type: 'datetime', value: (p) => p.acceptedAt },
  { label: 'Première rencontre le', type: 'datetime', value: (p) => p.startedAt, shows: 'start' },
  { label: 'Fin prévue le', type: 'date', value: (p) => p.plannedEndAt, shows: 'plannedEnd' },
  { label: 'Clôturé le', type: 'datetime', value: (p) => p.closedAt },
  {
    label: 'Motif de clôture',
    type: 'text',
    value: (p) => label(L.closureReason)(p.closureReason),
  },
  {
    label: 'Situation de sortie',
    type: 'text',
    value: (p) => label(L.exitSituation)(p.exitSituation),
  },
  { label: 'Rencontres tenues', type: 'number', value: (p) => p.meetingsHeld },
];

export interface MeetingExportRow {
  id: string;
  mentorshipId: string;
  date: string;
  durationMinutes: number;
  modality: string;
  attendance: string;
  topics: string[];
  concern: boolean;
}

/** The meetings export: no names, no notes; a funder's view of activity. */
export const MEETING_COLUMNS: ExportColumn<MeetingExportRow>[] = [
  { label: 'Identifiant', type: 'text', value: (m) => m.id, always: true },
  { label: 'Binôme', type: 'text', value: (m) => m.mentorshipId },
  { label: 'Date', type: 'date', value: (m) => m.date },
  { label: 'Durée (min)', type: 'number', value: (m) => m.durationMinutes },
  { label: 'Modalité', type: 'text', value: (m) => label(L.mentorModality)(m.modality) },
  { label: 'Présence', type: 'text', value: (m) => label(L.attendance)(m.attendance) },
  { label: 'Thèmes', type: 'text', value: (m) => m.topics },
  { label: 'Difficulté signalée', type: 'text', value: (m) => (m.concern ? 'oui' : 'non') },
];

export interface IndicatorExportRow {
  figure: string;
  detail: string | null;
  value: number | null;
}

export const INDICATOR_COLUMNS: ExportColumn<IndicatorExportRow>[] = [
  { label: 'Indicateur', type: 'text', value: (r) => r.figure },
  { label: 'Détail', type: 'text', value: (r) => r.detail },
  { label: 'Valeur', type: 'number', value: (r) => r.value },
];

export const INDICATOR_NAMES = {
  referralsReceived: 'Orientations reçues',
  referralsWithoutContact: 'Orientations sans premier contact',
  medianDaysToFirstContact: 'Délai médian de premier contact (jours)',
  medianDaysToMatch: 'Délai médian jusqu’au binôme (jours)',
  qualificationRate: 'Taux de qualification',
  pairsFormed: 'Binômes formés',
  pairsActive: 'Binômes en cours en fin de période',
  pairsClosed: 'Binômes clôturés',
  medianPairDurationDays: 'Durée médiane des binômes clôturés (jours)',
  earlyRuptures: 'Ruptures avant 6 mois',
  meetingsHeld: 'Rencontres tenues',
  meetingsPerPairPerMonth: 'Rencontres par binôme et par mois',
  mentorsRecruited: 'Mentors recrutés',
  mentorsScreened: 'Mentors à l’honorabilité vérifiée',
  mentorsTrained: 'Mentors formés',
  referralsByChannel: 'Orientations par canal',
  priorityCounts: 'Publics prioritaires',
  menteesByAgeBand: 'Jeunes par tranche d’âge',
  menteesByGender: 'Jeunes par genre',
  menteesBySituation: 'Jeunes par situation',
  menteesByNeed: 'Jeunes par besoin',
  exitSituations: 'Situations de sortie',
} as const;

const PRIORITY_NAMES: Record<string, string> = {
  QPV: L.priorityPublic.QPV,
  FRR: L.priorityPublic.FRR,
  DISABILITY: L.priorityPublic.DISABILITY,
  ASE_PJJ: `${L.priorityPublic.ASE} / ${L.priorityPublic.PJJ}`,
  NEET: L.situation.NEET,
};

/** The indicators as rows of a sheet: each figure, then each breakdown line by line. */
export function indicatorRows(q: Indicators): IndicatorExportRow[] {
  const single = (key: keyof typeof INDICATOR_NAMES, value: number | null) => ({
    figure: INDICATOR_NAMES[key],
    detail: null,
    value,
  });
  const breakdown = (
    key: keyof typeof INDICATOR_NAMES,
    counts: Record<string, number>,
    name: (code: string) => string,
  ) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([code, value]) => ({ figure: INDICATOR_NAMES[key], detail: name(code), value }));
  const of =
    <K extends string>(labels: Record<K, string>) =>
    (code: string) =>
      labels[code as K] ?? (code === 'UNKNOWN' ? 'Non renseignée' : code);
  return [
    { figure: 'Période', detail: `du ${frenchDay(q.from)} au ${frenchDay(q.to)}`, value: null },
    single('referralsReceived', q.referralsReceived),
    single('referralsWithoutContact', q.referralsWithoutContact),
    single('medianDaysToFirstContact', q.medianDaysToFirstContact),
    single('medianDaysToMatch', q.medianDaysToMatch),
    single('qualificationRate', q.qualificationRate),
    single('pairsFormed', q.pairsFormed),
    single('pairsActive', q.pairsActive),
    single('pairsClosed', q.pairsClosed),
    single('medianPairDurationDays', q.medianPairDurationDays),
    single('earlyRuptures', q.earlyRuptures),
    single('meetingsHeld', q.meetingsHeld),
    single('meetingsPerPairPerMonth', q.meetingsPerPairPerMonth),
    single('mentorsRecruited', q.mentorsRecruited),
    single('mentorsScreened', q.mentorsScreened),
    single('mentorsTrained', q.mentorsTrained),
    ...breakdown('referralsByChannel', q.referralsByChannel, (c) => L.channel[c as Channel] ?? c),
    ...breakdown('priorityCounts', q.priorityCounts, (c) => PRIORITY_NAMES[c] ?? c),
    ...breakdown('menteesByAgeBand', q.menteesByAgeBand, of(L.ageBand)),
    ...breakdown('menteesByGender', q.menteesByGender, of(L.gender)),
    ...breakdown('menteesBySituation', q.menteesBySituation, of(L.situation)),
    ...breakdown('menteesByNeed', q.menteesByNeed, of(L.need)),
    ...breakdown('exitSituations', q.exitSituations, of(L.exitSituation)),
  ];
}

export interface AuditExportRow {
  id: string;
  at: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string | null;
  fields: string[];
  changes: { field: string; before: unknown; after: unknown }[];
}

const shown = (value: unknown) =>
  value === null || value === undefined || value === '' ? '∅' : JSON.stringify(value);

/** The audit log as an admin reads it: who, when, what, which record, each change. */
export const AUDIT_COLUMNS: ExportColumn<AuditExportRow>[] = [
  { label: 'Date', type: 'datetime', value: (r) => r.at },
  { label: 'Auteur', type: 'text', value: (r) => r.actorName },
  { label: 'Action', type: 'text', value: (r) => L.auditAction[r.action] ?? r.action },
  { label: 'Type', type: 'text', value: (r) => L.auditEntity[r.entityType] ?? r.entityType },
  { label: 'Enregistrement', type: 'text', value: (r) => r.entityId },
  {
    label: 'Modifications',
    type: 'text',
    value: (r) =>
      r.changes.length
        ? r.changes.map((c) => `${c.field} : ${shown(c.before)} → ${shown(c.after)}`).join(' ; ')
        : r.fields.join(', '),
  },
];

/** The columns to write: those standing for the list columns on screen, or all of them. */
export function chosenColumns<Row>(
  columns: ExportColumn<Row>[],
  shown: readonly string[] | undefined,
): ExportColumn<Row>[] {
  if (!shown) return columns;
  return columns.filter((c) => c.always || (c.shows && shown.includes(c.shows)));
}

export const EXPORT_FILENAMES: Record<ExportKind, string> = {
  referrals: 'orientations',
  mentors: 'mentors',
  mentorships: 'binomes',
  meetings: 'rencontres',
  indicators: 'indicateurs',
  audit: 'journal',
};
