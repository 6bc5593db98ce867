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
} from '../../domain/enums';
import type { HonorabilityStatus } from '../../domain/matching';

// The French catalogue: every string the UI shows. Enum labels are typed records, so a new code
// in the domain fails the build until it has a label.

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

const trainingFormat: Record<TrainingFormat, string> = {
  IN_PERSON: 'En présentiel',
  REMOTE: 'À distance',
  E_LEARNING: 'En ligne (e-learning)',
};

/** The languages offered in forms, by ISO 639-1 code. */
const language: Record<string, string> = {
  fr: 'Français',
  en: 'Anglais',
  ar: 'Arabe',
  es: 'Espagnol',
  pt: 'Portugais',
  de: 'Allemand',
  it: 'Italien',
  tr: 'Turc',
  ro: 'Roumain',
  ru: 'Russe',
  uk: 'Ukrainien',
  zh: 'Chinois',
  wo: 'Wolof',
  bm: 'Bambara',
  ln: 'Lingala',
  ta: 'Tamoul',
  fa: 'Persan',
  ps: 'Pachto',
};

export const fr = {
  appName: 'Binôme',
  labels: {
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
    language,
    occupation,
    mentorModality,
    timeSlot,
    honorabilityType,
    honorabilityResult,
    honorabilityStatus,
    trainingFormat,
  },
  common: {
    loading: 'Chargement…',
    retry: 'Réessayer',
    close: 'Fermer',
    back: 'Retour',
    backHome: 'Revenir à l’accueil',
    comingSoon: 'Cet écran arrive bientôt.',
    comingSoonDetail:
      'Il fait partie des prochaines étapes du projet. Rien n’y est encore affiché.',
    none: 'Aucun',
    errorTitle: 'Impossible de charger ces données',
  },
  auth: {
    title: 'Connexion',
    subtitle: 'Le back-office de votre association de mentorat',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    submit: 'Se connecter',
    failed: 'Connexion impossible',
    expired: 'Votre session a expiré. Reconnectez-vous pour reprendre où vous en étiez.',
    loggedOut: 'Vous êtes déconnecté·e.',
    demoHint:
      'Données de démonstration : les comptes sont listés dans le README (mot de passe « binome-demo »).',
  },
  shell: {
    skipToContent: 'Aller au contenu',
    mainNav: 'Navigation principale',
    openNav: 'Ouvrir la navigation',
    closeNav: 'Fermer la navigation',
    userMenu: 'Menu utilisateur',
    logout: 'Se déconnecter',
    darkScheme: 'Thème sombre',
    lightScheme: 'Thème clair',
    resetDemo: 'Réinitialiser les données de démo',
    resetDemoConfirm: 'Effacer toutes vos modifications et revenir aux données de démonstration ?',
    demoBadge: 'Démo',
  },
  nav: {
    dashboard: 'Tableau de bord',
    tasks: 'À faire',
    referrals: 'Orientations',
    mentors: 'Mentors',
    mentorships: 'Binômes',
    matching: 'Appariement',
    reports: 'Rapports et exports',
    users: 'Utilisateurs',
    settings: 'Paramètres',
    audit: 'Journal d’audit',
    personalData: 'Données personnelles',
    myPairs: 'Mes binômes',
    profile: 'Mon profil',
  },
  errors: {
    notFoundTitle: 'Page introuvable',
    notFoundBody:
      'Cette adresse ne correspond à aucune page. Le lien est peut-être ancien ou incomplet.',
    forbiddenTitle: 'Accès réservé',
    forbiddenBody: 'Votre rôle ne donne pas accès à cet écran.',
    crashTitle: 'Une erreur inattendue est survenue',
    crashBody: 'L’écran n’a pas pu s’afficher. Vos données enregistrées ne sont pas perdues.',
    reload: 'Recharger la page',
  },
  dashboard: {
    title: 'Tableau de bord',
    period: 'Sur les 12 derniers mois',
    referralsReceived: 'Orientations reçues',
    medianFirstContact: 'Délai médian de premier contact',
    qualificationRate: 'Taux de qualification',
    pairsActive: 'Binômes actifs',
    pairsFormed: 'Binômes formés',
    earlyRuptures: 'Ruptures avant 6 mois',
    meetingsPerPair: 'Rencontres par binôme et par mois',
    byChannel: 'Orientations par canal',
    priorityShares: 'Publics prioritaires',
    days: (n: number) => `${n.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} j`,
  },
  myPairs: {
    title: 'Mes binômes',
    empty:
      'Vous n’avez pas encore de binôme. Votre chargé·e de mentorat vous contactera dès qu’un jeune vous sera proposé.',
    lastMeeting: 'Dernière rencontre',
    noMeeting: 'Aucune rencontre consignée',
    meetings: (n: number) => `${n} rencontre${n > 1 ? 's' : ''}`,
    contact: 'Contact',
    needs: 'Besoins',
  },
  inbox: {
    title: 'Orientations',
    search: 'Rechercher',
    searchPlaceholder: 'Nom, e-mail, téléphone, commune',
    searchHint: 'Raccourci : /',
    status: 'Statut',
    need: 'Besoin',
    channel: 'Canal',
    situation: 'Situation',
    ageBand: 'Âge',
    overdue: 'Premier contact en retard',
    assignee: 'Attribuée à',
    me: 'Moi',
    nobody: 'Personne',
    assignTo: 'Attribuer à',
    assign: 'Attribuer',
    clearFilters: 'Effacer les filtres',
    moreFilters: 'Plus de filtres',
    lessFilters: 'Moins de filtres',
    priorityPublic: 'Public prioritaire',
    department: 'Département',
    receivedFrom: 'Reçue à partir du',
    receivedTo: 'Reçue jusqu’au',
    waitingMinDays: 'Attente d’au moins (jours)',
    count: (n: number) => `${n.toLocaleString('fr-FR')} orientation${n > 1 ? 's' : ''}`,
    empty: 'Aucune orientation ne correspond à ces filtres.',
    columns: 'Colonnes',
    density: 'Densité',
    comfortable: 'Confortable',
    compact: 'Compacte',
    pageSize: 'Lignes par page',
    pagination: 'Pages',
    page: (n: number) => `Page ${n}`,
    pageControls: {
      first: 'Première page',
      last: 'Dernière page',
      next: 'Page suivante',
      previous: 'Page précédente',
    },
    name: 'Jeune',
    age: 'Âge',
    received: 'Reçue',
    commune: 'Commune',
    needs: 'Besoins',
    waiting: 'Attente',
    overdueBadge: 'En retard',
    years: (n: number) => `${n} ans`,
    selectRow: (name: string) => `Sélectionner ${name}`,
    selectPage: 'Sélectionner la page',
    keyboardHelp:
      'Clavier : j / k ou flèches pour se déplacer, Entrée pour ouvrir, x pour sélectionner, / pour chercher.',
    selected: (n: number) => `${n} sélectionnée${n > 1 ? 's' : ''}`,
    selectAllMatching: (n: number) =>
      `Sélectionner les ${n.toLocaleString('fr-FR')} orientations correspondantes`,
    allMatching: (n: number) =>
      `Les ${n.toLocaleString('fr-FR')} orientations correspondant aux filtres sont sélectionnées.`,
    moveTo: 'Passer au statut',
    reason: 'Motif',
    apply: 'Appliquer',
    clearSelection: 'Annuler la sélection',
    bulkDone: (ok: number, failed: number) =>
      `${ok} orientation${ok > 1 ? 's' : ''} modifiée${ok > 1 ? 's' : ''}${failed ? `, ${failed} en échec` : ''}.`,
    confirmAll: (n: number) =>
      `Appliquer ce changement aux ${n.toLocaleString('fr-FR')} orientations correspondantes ?`,
  },
  referral: {
    back: 'Retour aux orientations',
    identity: 'Identité et contact',
    situation: 'Situation et besoins',
    consents: 'Consentements',
    timeline: 'Historique',
    actions: 'Changer le statut',
    age: (n: number) => `${n} ans`,
    born: 'Né·e le',
    email: 'E-mail',
    phone: 'Téléphone',
    address: 'Commune',
    channel: 'Canal',
    receivedAt: 'Reçue le',
    message: 'Message',
    priorityPublics: 'Publics prioritaires',
    accommodation: 'Aménagement nécessaire',
    guardian: 'Représentant légal',
    guardianConsent: 'Consentement du représentant légal',
    consentGiven: (date: string) => `recueilli le ${date}`,
    consentMissing: 'non recueilli',
    minor: 'Mineur·e',
    under15NoConsent: 'Moins de 15 ans sans consentement du représentant légal',
    contactAttempts: (n: number) => `${n} tentative${n > 1 ? 's' : ''} de contact`,
    reasonRequired: 'Indiquez un motif',
    confirm: 'Confirmer',
    cancel: 'Annuler',
    undo: 'Annuler',
    changedTo: (label: string) => `Statut changé en « ${label} ».`,
    noAction: 'Aucun changement de statut possible depuis ce statut.',
    pairing: 'Ce changement se fait depuis la proposition de binôme.',
    conflict:
      'Ce dossier a été modifié par quelqu’un d’autre entre-temps. Rechargez-le puis refaites votre changement.',
    reload: 'Recharger',
    none: 'Aucun',
    yes: 'Oui',
    no: 'Non',
    event: {
      CREATED: 'Orientation reçue',
      STATUS_CHANGED: 'Statut',
      CONTACT_ATTEMPT: 'Tentative de contact',
      NOTE: 'Note',
      UPDATED: 'Dossier modifié',
      ASSIGNED: 'Attribution',
    } as Record<string, string>,
    reached: 'joint·e',
    notReached: 'sans réponse',
    contactChannel: { PHONE: 'Appel', EMAIL: 'E-mail', SMS: 'SMS' } as Record<string, string>,
  },
  edit: {
    title: 'Modifier l’identité et le contact',
    edit: 'Modifier',
    firstName: 'Prénom',
    lastName: 'Nom',
    postalCode: 'Code postal',
    save: 'Enregistrer',
    conflictTitle: 'Modifié entre-temps',
    conflictBody:
      'Quelqu’un d’autre a modifié ce dossier pendant que vous le modifiiez. Vos saisies sont conservées : vous pouvez les appliquer sur la version actuelle, ou y renoncer et voir la version actuelle.',
    keepMine: 'Appliquer mes modifications',
    dropMine: 'Voir la version actuelle',
  },
  intake: {
    title: 'Nouvelle orientation',
    open: 'Nouvelle orientation',
    intro:
      'Saisissez une orientation reçue par téléphone, courrier ou un partenaire. Elle vous sera attribuée.',
    origin: 'Origine',
    identity: 'Identité',
    contact: 'Contact et lieu de vie',
    situation: 'Situation et besoins',
    preferences: 'Préférences pour le mentorat',
    guardian: 'Représentant légal',
    guardianHint: 'Pour un·e mineur·e. Sous 15 ans, son consentement est nécessaire.',
    guardianName: 'Nom du représentant légal',
    guardianEmail: 'E-mail du représentant légal',
    guardianPhone: 'Téléphone du représentant légal',
    guardianConsentDate: 'Date du consentement du représentant légal',
    consents: 'Consentements',
    gender: 'Genre',
    needs: 'Besoins',
    message: 'Message de la personne',
    mentorGender: 'Mentor souhaité',
    modality: 'Modalité',
    languages: 'Langues parlées',
    processing: 'La personne accepte le traitement de ses données pour son accompagnement',
    processingRequired: 'Sans ce consentement, l’orientation ne peut pas être enregistrée',
    transmission: 'La personne accepte que ses données soient transmises à son mentor',
    consentDate: 'Date du consentement',
    save: 'Enregistrer l’orientation',
    cancel: 'Annuler',
    duplicatesTitle: 'Doublon probable',
    duplicatesBody:
      'Une personne déjà enregistrée correspond. Vérifiez avant d’enregistrer (le lien s’ouvre dans un nouvel onglet, votre saisie est conservée ici).',
    matchedOn: {
      NAME_BIRTHDATE: 'même nom et date de naissance',
      EMAIL: 'même e-mail',
      PHONE: 'même téléphone',
    } as Record<string, string>,
    newTab: '(nouvel onglet)',
    invalid: 'Certains champs sont à corriger.',
  },
  palette: {
    open: 'Rechercher',
    title: 'Rechercher une personne',
    label: 'Nom, e-mail ou téléphone',
    results: 'Résultats',
    none: 'Aucun résultat.',
  },
  views: {
    save: 'Enregistrer la vue',
    name: 'Nom de la vue',
    shared: 'Partager avec l’équipe',
    confirm: 'Enregistrer',
    link: (name: string, n: number) => `Vue ${name} : ${n} orientation${n > 1 ? 's' : ''}`,
  },
  contact: {
    title: 'Consigner un contact',
    channel: 'Moyen de contact',
    reached: 'Personne jointe',
    note: 'Note (facultative)',
    submit: 'Consigner',
    newNote: 'Nouvelle note',
    addNote: 'Ajouter la note',
    proposeUnreachable: (n: number) =>
      `${n} tentatives sans jamais joindre la personne : la marquer comme injoignable ?`,
    markUnreachable: 'Marquer injoignable',
  },
  users: {
    title: 'Utilisateurs',
    search: 'Rechercher',
    searchPlaceholder: 'Nom ou e-mail',
    name: 'Nom',
    email: 'E-mail',
    role: 'Rôle',
    lastLogin: 'Dernière connexion',
    active: 'Actif',
    inactive: 'Désactivé',
    never: 'Jamais',
    count: (n: number) => `${n} compte${n > 1 ? 's' : ''}`,
  },
};

export type Catalogue = typeof fr;
