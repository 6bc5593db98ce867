import { LANGUAGE_NAMES } from './enums';
import type {
  AgeBand,
  Channel,
  MentorStatus,
  MentorshipStatus,
  Need,
  PriorityPublic,
  ReferralStatus,
  Role,
  Situation,
  Gender,
  GenderPreference,
  ModalityPreference,
  Modality,
  Occupation,
  TimeSlot,
  HonorabilityType,
  HonorabilityResult,
  TrainingFormat,
} from './enums';
import type { HonorabilityStatus } from './matching';
import type { ATTENDANCES, CLOSURE_REASONS, EXIT_SITUATIONS, InterviewKind } from './enums';
import type { HealthLevel } from './follow-up';

// The French names of the domain's codes, typed records so that a new code fails the build until
// it has a label. The UI's catalogue (src/lib/i18n) and the server's exports, files written in
// French, read the same ones.

const roles: Record<Role, string> = {
  admin: 'Administrateur·rice',
  coordinator: 'Chargé·e de mentorat',
  mentor: 'Mentor',
};

const referralStatus: Record<ReferralStatus, string> = {
  RECEIVED: 'Reçue',
  TO_CONTACT: 'À contacter',
  QUALIFIED: 'Qualifiée',
  AWAITING_MATCH: 'En attente de binôme',
  MATCH_PROPOSED: 'Binôme proposé',
  MATCHED: 'En binôme',
  UNREACHABLE: 'Injoignable',
  NOT_ELIGIBLE: 'Non éligible / réorientée',
  WITHDRAWN: 'Désistement',
};

const mentorshipStatus: Record<MentorshipStatus, string> = {
  PROPOSED: 'Proposé',
  ACCEPTED: 'Accepté',
  ACTIVE: 'Actif',
  PAUSED: 'Suspendu',
  CLOSED: 'Clôturé',
};

const mentorStatus: Record<MentorStatus, string> = {
  APPLICANT: 'Candidat·e',
  INTERVIEWED: 'Entretien fait',
  SCREENED: 'Honorabilité vérifiée',
  TRAINED: 'Formé·e',
  AVAILABLE: 'Disponible',
  FULL: 'Complet',
  INACTIVE: 'Inactif·ve',
  ARCHIVED: 'Archivé·e',
};

const channel: Record<Channel, string> = {
  '1J1S': 'Plateforme 1jeune1solution',
  '1J1M_DIRECT': 'Site 1 jeune 1 mentor',
  SCHOOL: 'Établissement scolaire',
  FRANCE_TRAVAIL: 'France Travail',
  MISSION_LOCALE: 'Mission locale',
  OTHER: 'Autre',
};

const situation: Record<Situation, string> = {
  MIDDLE_SCHOOL: 'Collégien·ne',
  HIGH_SCHOOL: 'Lycéen·ne',
  STUDENT: 'Étudiant·e',
  APPRENTICE: 'Apprenti·e / alternant·e',
  JOB_SEEKER: 'En recherche d’emploi',
  EMPLOYED: 'En emploi',
  NEET: 'Ni en emploi, ni en études, ni en formation',
};

const need: Record<Need, string> = {
  SCHOOLING: 'Accompagnement scolaire',
  ORIENTATION: 'Orientation',
  INTERNSHIP: 'Stage / alternance',
  JOB_READINESS: 'Préparation à l’emploi',
  JOB_START: 'Prise de poste',
  SOCIAL_OPENING: 'Ouverture socioculturelle',
};

const ageBand: Record<AgeBand, string> = {
  UNDER_15: 'Moins de 15 ans',
  '15_17': '15 à 17 ans',
  '18_20': '18 à 20 ans',
  '21_25': '21 à 25 ans',
  '26_30': '26 à 30 ans',
  OVER_30: 'Plus de 30 ans',
};

const priorityPublic: Record<PriorityPublic, string> = {
  QPV: 'Quartier prioritaire (QPV)',
  FRR: 'France ruralités revitalisation',
  SCHOOL_DROPOUT: 'Décrochage',
  ASE: 'Aide sociale à l’enfance',
  PJJ: 'Protection judiciaire',
  STUDENT_HARDSHIP: 'Étudiant·e précaire',
  YOUNG_CARER: 'Jeune aidant·e',
  REFUGEE: 'Réfugié·e / primo-arrivant·e',
  DISABILITY: 'Situation de handicap',
};

const gender: Record<Gender, string> = {
  FEMALE: 'Femme',
  MALE: 'Homme',
  OTHER: 'Autre',
  UNSPECIFIED: 'Non précisé',
};

const genderPreference: Record<GenderPreference, string> = {
  FEMALE: 'Une femme',
  MALE: 'Un homme',
  ANY: 'Indifférent',
};

const modality: Record<ModalityPreference, string> = {
  IN_PERSON: 'En présentiel',
  REMOTE: 'À distance',
  ANY: 'Indifférent',
};

const occupation: Record<Occupation, string> = {
  HIGH_SCHOOL: 'Lycéen·ne',
  STUDENT: 'Étudiant·e',
  EMPLOYEE: 'Salarié·e',
  CIVIL_SERVANT: 'Agent·e public',
  JOB_SEEKER: 'En recherche d’emploi',
  RETIRED: 'Retraité·e',
};

const mentorModality: Record<Modality, string> = {
  REMOTE: 'À distance',
  PUBLIC_PLACE: 'Lieu public',
  SCHOOL: 'Établissement scolaire',
  MENTOR_WORKPLACE: 'Lieu de travail du mentor',
  ASSOCIATION_PREMISES: 'Locaux de l’association',
};

const timeSlot: Record<TimeSlot, string> = {
  WEEKDAY_DAYTIME: 'En semaine, en journée',
  WEEKDAY_EVENING: 'En semaine, en soirée',
  WEEKEND: 'Le week-end',
};

const honorabilityType: Record<HonorabilityType, string> = {
  B3: 'Bulletin n° 3 du casier judiciaire',
  ATTESTATION_HONORABILITE: 'Attestation d’honorabilité',
};

const honorabilityResult: Record<HonorabilityResult, string> = {
  VALID: 'Conforme',
  INVALID: 'Non conforme',
  PENDING: 'En attente',
};

const honorabilityStatus: Record<HonorabilityStatus, string> = {
  VALID: 'Valide',
  EXPIRING: 'Expire bientôt',
  EXPIRED: 'Expirée',
  MISSING: 'Manquante',
};

const attendance: Record<(typeof ATTENDANCES)[number], string> = {
  HELD: 'Rencontre tenue',
  NO_SHOW: 'Le ou la jeune n’est pas venu·e',
  CANCELLED: 'Annulée',
};

const closureReason: Record<(typeof CLOSURE_REASONS)[number], string> = {
  GOALS_MET: 'Objectifs atteints',
  PROGRAM_END: 'Fin du parcours prévu',
  YOUTH_DROPOUT: 'Abandon du ou de la jeune',
  MENTOR_WITHDRAWAL: 'Retrait du ou de la mentor',
  MISMATCH: 'Binôme mal assorti',
  LOST_CONTACT: 'Contact perdu',
  INCIDENT: 'Incident',
};

const exitSituation: Record<(typeof EXIT_SITUATIONS)[number], string> = {
  EMPLOYMENT: 'Emploi',
  APPRENTICESHIP: 'Alternance ou apprentissage',
  TRAINING: 'Formation',
  FURTHER_STUDIES: 'Poursuite d’études',
  INTERNSHIP_FOUND: 'Stage trouvé',
  JOB_SEARCH: 'En recherche d’emploi',
  NEET: 'Sans emploi, ni études, ni formation',
  UNKNOWN: 'Inconnue',
};

const healthLevel: Record<HealthLevel, string> = {
  ON_TRACK: 'En bonne voie',
  CHECK_IN: 'Point à faire',
  AT_RISK: 'À risque',
};

const interviewKind: Record<InterviewKind, string> = {
  START: 'Entretien de démarrage',
  MID: 'Entretien de mi-parcours',
  CLOSING: 'Entretien de clôture',
};

const trainingFormat: Record<TrainingFormat, string> = {
  IN_PERSON: 'En présentiel',
  REMOTE: 'À distance',
  E_LEARNING: 'En ligne (e-learning)',
};

// The audit log's words: its record types, its action families and its actions (an action not
// listed shows as its code).
const auditEntity: Record<string, string> = {
  referral: 'Orientation',
  mentor: 'Mentor',
  mentorship: 'Binôme',
  meeting: 'Rencontre',
  interview: 'Entretien',
  user: 'Compte',
  settings: 'Paramètres',
  association: 'Association',
  export: 'Export',
};

const auditFamily: Record<string, string> = {
  auth: 'Connexions',
  user: 'Comptes',
  settings: 'Paramètres',
  referral: 'Orientations',
  mentor: 'Mentors',
  mentorship: 'Binômes',
  meeting: 'Rencontres',
  interview: 'Entretiens',
  matching: 'Appariement',
  export: 'Exports',
  personal_data: 'Données personnelles',
};

const auditAction: Record<string, string> = {
  'export.referrals': 'Export des orientations',
  'export.mentors': 'Export des mentors',
  'export.mentorships': 'Export des binômes',
  'export.meetings': 'Export des rencontres',
  'export.indicators': 'Export des indicateurs',
  'export.audit': 'Export du journal',
  'auth.login': 'Connexion',
  'auth.login_failed': 'Connexion refusée',
  'auth.password': 'Mot de passe changé',
  'user.create': 'Compte créé',
  'user.update': 'Compte modifié',
  'user.role': 'Rôle changé',
  'user.deactivate': 'Compte désactivé',
  'user.reactivate': 'Compte réactivé',
  'user.password_reset': 'Mot de passe réinitialisé',
  'user.personal_data': 'Dossier consulté (RGPD)',
  'settings.update': 'Paramètres modifiés',
  'settings.intake_key': 'Clé d’API renouvelée',
  'referral.intake': 'Orientation reçue de la plateforme',
  'referral.create': 'Orientation saisie',
  'referral.update': 'Orientation modifiée',
  'referral.transition': 'Statut changé',
  'referral.note': 'Note ajoutée',
  'referral.contact': 'Contact consigné',
  'referral.personal_data': 'Dossier consulté (RGPD)',
  'referral.anonymize': 'Anonymisée',
  'mentor.create': 'Mentor créé',
  'mentor.import': 'Mentors importés',
  'mentor.update': 'Mentor modifié',
  'mentor.transition': 'Statut changé',
  'mentor.invite': 'Compte de mentor créé',
  'mentor.personal_data': 'Dossier consulté (RGPD)',
  'mentor.anonymize': 'Anonymisé',
  'mentorship.propose': 'Binôme proposé',
  'mentorship.transition': 'Statut du binôme changé',
  'mentorship.goals': 'Objectifs modifiés',
  'mentorship.reassign': 'Binôme réattribué',
  'meeting.create': 'Rencontre consignée',
  'meeting.update': 'Rencontre corrigée',
  'meeting.concern.acknowledge': 'Difficulté prise en charge',
  'interview.create': 'Entretien de suivi consigné',
  'referral.bulk.assign': 'Attribution groupée',
  'referral.bulk.transition': 'Statut changé (action groupée)',
  'referral.bulk.not_eligible': 'Non éligible (action groupée)',
  'personal_data.retention': 'Revue de conservation',
  'matching.publish': 'Plan d’appariement publié',
};

export const FR_LABELS = {
  roles,
  referralStatus,
  mentorshipStatus,
  mentorStatus,
  channel,
  situation,
  need,
  priorityPublic,
  ageBand,
  gender,
  genderPreference,
  modality,
  language: LANGUAGE_NAMES,
  occupation,
  mentorModality,
  timeSlot,
  honorabilityType,
  honorabilityResult,
  honorabilityStatus,
  attendance,
  trainingFormat,
  closureReason,
  exitSituation,
  healthLevel,
  interviewKind,
  auditEntity,
  auditFamily,
  auditAction,
};
