import type {
  Channel,
  MentorStatus,
  MentorshipStatus,
  Need,
  PriorityPublic,
  ReferralStatus,
  Role,
  Situation,
} from '../../domain/enums';

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
  },
  common: {
    loading: 'Chargement…',
    retry: 'Réessayer',
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
