import { Hono } from 'hono';
import { loadGazetteer } from '../../src/domain/gazetteer';
import { parseOr } from '../../src/domain/problem';
import { CommuneQuery } from '../../src/domain/schemas';
import { requireCaller, type Deps, type Env } from '../http/context';

export function geographyRoutes(deps: Deps) {
  const app = new Hono<Env>();
  app.get('/communes', async (c) => {
    await requireCaller(c, deps, null);
    const { postalCode } = parseOr(
      CommuneQuery,
      { postalCode: c.req.query('postalCode') ?? '' },
      400,
    );
    const communes = (await loadGazetteer()).communesOf(postalCode);
    return c.json(communes.map(({ insee, name, department }) => ({ insee, name, department })));
  });
  return app;
}
