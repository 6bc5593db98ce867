import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_BODY_BYTES, ProblemError, problem, type ProblemBody } from '../src/domain/problem';
import { overHttps, type Deps, type Env } from './http/context';
import type { Logger } from './log';
import { auditLogRoutes } from './routes/audit-log';
import { authRoutes } from './routes/auth';
import { bulkRoutes } from './routes/bulk';
import { exportRoutes } from './routes/exports';
import { concernRoutes } from './routes/concerns';
import { geographyRoutes } from './routes/geography';
import { intakeRoutes } from './routes/intake';
import { followUpRoutes } from './routes/follow-up';
import { taskRoutes } from './routes/tasks';
import { profileRoutes } from './routes/profile';
import { pairingRoutes } from './routes/pairing';
import { personalDataRoutes } from './routes/personal-data';
import { matchingRoutes } from './routes/matching';
import { mentorRoutes } from './routes/mentors';
import { mentorshipRoutes } from './routes/mentorships';
import { referralRoutes } from './routes/referrals';
import { reportingRoutes } from './routes/reporting';
import { savedViewRoutes } from './routes/saved-views';
import { searchRoutes } from './routes/search';
import { settingsRoutes } from './routes/settings';
import { userRoutes } from './routes/users';

const problemJson = (body: ProblemBody, retryAfterSeconds?: number) =>
  new Response(JSON.stringify(body), {
    status: body.status,
    headers: {
      'Content-Type': 'application/problem+json',
      ...(retryAfterSeconds ? { 'Retry-After': String(retryAfterSeconds) } : {}),
    },
  });

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface AppOptions extends Omit<Deps, 'clientAddress'> {
  logger: Logger;
  /** The client's address, for the limits per address; one shared key when unknown (the demo). */
  clientAddress?: Deps['clientAddress'];
}

/**
 * The whole API under /api, on web-standard APIs only: Node serves it on a port (server/main.ts),
 * and the browser demo and the component tests hand it MSW's requests (mocks/).
 */
export function createApp({ logger, clientAddress = () => 'local', ...rest }: AppOptions) {
  const deps: Deps = { ...rest, clientAddress };
  const app = new Hono<Env>();

  // On every answer, the SPA's pages included. The SPA has no inline script; Mantine writes its
  // styles into <style> elements, hence 'unsafe-inline' for styles only.
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    if (overHttps(c)) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  });

  // One log line per API request: method, route template, status, duration. Nothing personal.
  app.use('/api/*', async (c, next) => {
    const started = performance.now();
    await next();
    logger.info('request', {
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });

  const api = new Hono<Env>();
  // Answers hold personal data and change with every write: no cache keeps them, and a browser
  // never answers a repeated question (the duplicates of what is being typed) from an old reply.
  api.use(async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  // Read no more than this, whether or not the client announced a length.
  api.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => problemJson(problem(413, 'La requête dépasse 10 Mo.')),
    }),
  );
  // The whole body arrives before any handler runs: a transaction never waits on the network, and
  // a slow client holds only its own connection (Node's request timeout ends it).
  api.use(async (c, next) => {
    if (c.req.raw.body) {
      try {
        await c.req.arrayBuffer();
      } catch {
        return problemJson(problem(400, 'Le corps de la requête est incomplet.'));
      }
    }
    await next();
  });
  api.route('/auth', authRoutes(deps));
  // Fixed paths before their /:id siblings.
  api.route('/', bulkRoutes(deps));
  api.route('/', exportRoutes(deps));
  api.route('/', concernRoutes(deps));
  api.route('/', pairingRoutes(deps));
  api.route('/', followUpRoutes(deps));
  api.route('/', taskRoutes(deps));
  api.route('/', personalDataRoutes(deps));
  // Before the referral routes: /referrals/duplicates is not a referral id.
  api.route('/', intakeRoutes(deps));
  api.route('/geography', geographyRoutes(deps));
  api.route('/referrals', referralRoutes(deps));
  api.route('/saved-views', savedViewRoutes(deps));
  api.route('/search', searchRoutes(deps));
  api.route('/', matchingRoutes(deps));
  api.route('/mentors', mentorRoutes(deps));
  api.route('/', profileRoutes(deps));
  api.route('/mentorships', mentorshipRoutes(deps));
  api.route('/', userRoutes(deps));
  api.route('/', settingsRoutes(deps));
  api.route('/', auditLogRoutes(deps));
  api.route('/', reportingRoutes(deps));
  // Every path of the contract is built (tests/contract/malformed.test.ts): anything else does
  // not exist.
  api.all('*', () => problemJson(problem(404, 'Cette adresse n’existe pas dans l’API.')));
  app.route('/api', api);

  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemJson(error.body, error.retryAfterSeconds);
    // Never the message: a failed query's message quotes its parameters (a name, a note), on
    // as many lines as it likes; of the stack, only the frames ("at …") are code.
    const cause = error.cause as { code?: string } | undefined;
    logger.error('unhandled', {
      route: c.req.routePath,
      error: error.name,
      sqlstate: cause?.code ?? null,
      frames:
        error.stack
          ?.split('\n')
          .map((line) => line.trim())
          .filter((line) => line.startsWith('at '))
          .slice(0, 4)
          .join(' | ') ?? null,
    });
    return problemJson(problem(500, 'Erreur interne du serveur.'));
  });
  return app;
}
