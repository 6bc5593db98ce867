// Real communes with one of their postal codes, their department and region, for the demo data
// of the two seeded associations. (The full official geography stays out of the browser.)

export interface Place {
  commune: string;
  postalCode: string;
  department: string;
  region: string;
}

const place = (commune: string, postalCode: string, department: string, region: string): Place => ({
  commune,
  postalCode,
  department,
  region,
});

const ARA = 'Auvergne-Rhône-Alpes';
const HDF = 'Hauts-de-France';

/** Association 1 works around Lyon and the Rhône-Alpes. */
export const RHONE_ALPES: Place[] = [
  place('Lyon', '69001', '69', ARA),
  place('Lyon', '69003', '69', ARA),
  place('Lyon', '69007', '69', ARA),
  place('Lyon', '69008', '69', ARA),
  place('Lyon', '69009', '69', ARA),
  place('Villeurbanne', '69100', '69', ARA),
  place('Vénissieux', '69200', '69', ARA),
  place('Vaulx-en-Velin', '69120', '69', ARA),
  place('Bron', '69500', '69', ARA),
  place('Rillieux-la-Pape', '69140', '69', ARA),
  place('Saint-Priest', '69800', '69', ARA),
  place('Givors', '69700', '69', ARA),
  place('Villefranche-sur-Saône', '69400', '69', ARA),
  place('Tarare', '69170', '69', ARA),
  place('Saint-Étienne', '42000', '42', ARA),
  place('Roanne', '42300', '42', ARA),
  place('Grenoble', '38000', '38', ARA),
  place('Échirolles', '38130', '38', ARA),
  place('Vienne', '38200', '38', ARA),
  place('Bourg-en-Bresse', '01000', '01', ARA),
  place('Oyonnax', '01100', '01', ARA),
  place('Annecy', '74000', '74', ARA),
  place('Chambéry', '73000', '73', ARA),
  place('Valence', '26000', '26', ARA),
  place('Privas', '07000', '07', ARA),
];

/** Association 2 works in the Nord and Pas-de-Calais. */
export const NORD: Place[] = [
  place('Lille', '59000', '59', HDF),
  place('Lille', '59800', '59', HDF),
  place('Roubaix', '59100', '59', HDF),
  place('Tourcoing', '59200', '59', HDF),
  place('Villeneuve-d’Ascq', '59650', '59', HDF),
  place('Wattrelos', '59150', '59', HDF),
  place('Lambersart', '59130', '59', HDF),
  place('Loos', '59120', '59', HDF),
  place('Denain', '59220', '59', HDF),
  place('Valenciennes', '59300', '59', HDF),
  place('Maubeuge', '59600', '59', HDF),
  place('Dunkerque', '59140', '59', HDF),
  place('Douai', '59500', '59', HDF),
  place('Cambrai', '59400', '59', HDF),
  place('Lens', '62300', '62', HDF),
  place('Liévin', '62800', '62', HDF),
  place('Arras', '62000', '62', HDF),
  place('Calais', '62100', '62', HDF),
  place('Boulogne-sur-Mer', '62200', '62', HDF),
  place('Béthune', '62400', '62', HDF),
  place('Hénin-Beaumont', '62110', '62', HDF),
  place('Saint-Omer', '62500', '62', HDF),
  place('Amiens', '80000', '80', HDF),
  place('Saint-Quentin', '02100', '02', HDF),
  place('Beauvais', '60000', '60', HDF),
];

export const FIRST_NAMES_F = [
  'Inès', 'Léa', 'Camille', 'Manon', 'Chloé', 'Sarah', 'Yasmine', 'Emma', 'Jade', 'Lina',
  'Maëlys', 'Aya', 'Fatoumata', 'Océane', 'Clara', 'Nour', 'Louise', 'Zoé', 'Amina', 'Lucie',
  'Mélissa', 'Anaïs', 'Kenza', 'Julie', 'Awa', 'Salomé', 'Mathilde', 'Élodie', 'Nadia', 'Hélène',
];
export const FIRST_NAMES_M = [
  'Mohamed', 'Lucas', 'Hugo', 'Nathan', 'Adam', 'Théo', 'Yanis', 'Enzo', 'Rayan', 'Louis',
  'Mamadou', 'Noah', 'Ilyes', 'Maxime', 'Kylian', 'Thomas', 'Bilal', 'Jules', 'Samuel', 'Axel',
  'Karim', 'Antoine', 'Moussa', 'Quentin', 'Sofiane', 'Baptiste', 'Ibrahim', 'Romain', 'Éric', 'Olivier',
];
export const LAST_NAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
  'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
  'Morel', 'Girard', 'André', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Benali',
  'Diallo', 'Traoré', 'Nguyen', 'Haddad', 'Cissé', 'Kaci', 'Da Silva', 'Pereira', 'Rousseau', 'Blanc',
  'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas', 'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier',
];

export const SECTORS = [
  'Banque et assurance', 'Numérique', 'Santé', 'Industrie', 'Commerce', 'Fonction publique',
  'Éducation', 'Bâtiment', 'Transport et logistique', 'Conseil', 'Énergie', 'Culture',
];
export const JOB_TITLES = [
  'Chargée de clientèle', 'Développeur', 'Infirmière', 'Technicien de maintenance', 'Responsable RH',
  'Comptable', 'Ingénieure', 'Professeur', 'Chef de projet', 'Conseillère bancaire', 'Juriste',
  'Commercial', 'Cadre de santé', 'Architecte', 'Responsable logistique',
];
export const EMPLOYERS = [
  'SNCF', 'La Poste', 'Orange', 'Crédit Agricole', 'Decathlon', 'Hôpitaux civils', 'Michelin',
  'Région', 'Mairie', 'Capgemini', 'EDF', 'Auchan', 'Bpifrance', 'Renault', 'Indépendant',
];
export const MESSAGES = [
  'Je voudrais de l’aide pour trouver une alternance dans le commerce.',
  'Je ne sais pas quoi faire après le bac, j’ai besoin de conseils.',
  'Je cherche un stage de 3e et je ne connais personne.',
  'J’ai arrêté la fac et je voudrais reprendre une formation.',
  'Je prépare des entretiens d’embauche et je manque de confiance.',
  'Mes notes baissent en maths, je voudrais quelqu’un pour m’accompagner.',
  'Je commence un nouveau travail et je voudrais des conseils.',
  'J’aimerais découvrir des métiers et sortir de mon quartier.',
];
export const GOAL_LABELS = [
  'Définir un projet d’orientation',
  'Trouver un stage',
  'Préparer les entretiens',
  'Rédiger un CV et une lettre',
  'Reprendre confiance en soi',
  'Découvrir trois métiers',
  'Améliorer les résultats scolaires',
  'Trouver une alternance',
];
