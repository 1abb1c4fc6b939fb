/** How each role and each way of deciding a step reads in Dutch, on projector and phone. */
import type { DecidedBy } from './model.ts';
import type { Role } from './parse-roleplay.ts';

export const ROLE_NAMES: Record<Role, string> = { leidinggevende: 'leidinggevende', medewerker: 'medewerker', observator: 'observator' };

export const DECIDED_BY: Record<DecidedBy, string> = {
  meerderheid: 'gekozen door de meerderheid',
  gelijkspel: 'gelijke stand, trainer koos',
  trainer: 'trainer koos anders dan de groep',
};
