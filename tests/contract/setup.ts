import { afterAll, beforeAll, beforeEach } from 'vitest';
import { selectedBackend } from './backends';
import { Agent } from './http';

export { ELAN_INTAKE_KEY } from './server-backends';

export const backend = selectedBackend();

beforeAll(() => backend.start());
beforeEach(() => backend.reset());
afterAll(() => backend.stop());

/** A fresh user agent, logged in as `email` when given. */
export async function agent(email?: string): Promise<Agent> {
  const a = new Agent(backend.baseUrl);
  if (email) await a.login(email);
  return a;
}

export const ELAN = {
  admin: 'admin@elan.test',
  coordinator: 'coordination@elan.test',
  mentor: 'mentor@elan.test',
};
export const PASSERELLES = {
  admin: 'admin@passerelles.test',
  coordinator: 'coordination@passerelles.test',
  mentor: 'mentor@passerelles.test',
};
