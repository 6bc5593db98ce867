import { z } from 'zod';
import { api } from './common';

export const Commune = api(
  'Commune',
  z.object({
    insee: z.string().meta({ description: 'INSEE code of the commune' }),
    name: z.string(),
    department: z.string(),
  }),
);

export const CommuneQuery = z.object({
  postalCode: z.string().regex(/^\d{5}$/, { error: 'Code postal invalide (5 chiffres)' }),
});
