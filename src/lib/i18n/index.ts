import { fr, type Catalogue } from './fr';

/** The UI strings. One catalogue per language; French is the only one for now. */
export const t: Catalogue = fr;
