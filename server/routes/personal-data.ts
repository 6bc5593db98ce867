import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { RetentionRun } from '../../src/domain/schemas';
import { writeAudit } from '../audit';
import type { Db } from '../db/database';
import { settings } from '../db/schema';
import {
  idParam,
  readBody,
  requireCaller,
  type Caller,
  type Deps,
  type Env,
} from '../http/context';
import {
  anonymiseMentor,
  anonymiseReferral,
  mentorFile,
  referralFile,
  retentionCandidates,
  retentionLimit,
  userFile,
} from '../personal-data';

type FileOf = (db: Db, caller: Caller, id: string, now: Date) => Promise<object>;
type Anonymise = (db: Db, caller: Caller, id: string, now: Date) => Promise<boolean>;

/** Subject access (each file read is audited), anonymisation on request, and the retention review. */
export function personalDataRoutes(deps: Deps) {
  const app = new Hono<Env>();

  const fileRoute = (path: string, type: string, file: FileOf) =>
    app.get(path, async (c) => {
      const caller = await requireCaller(c, deps, 'personalData.manage');
      const id = idParam(c);
      const now = deps.now();
      const body = await deps.db().transaction(async (tx) => {
        const db: Db = tx;
        const found = await file(db, caller, id, now);
        await writeAudit(db, now, caller, `${type}.personal_data`, {
          type,
          id,
          associationId: caller.association.id,
        });
        return found;
      });
      return c.json(body);
    });
  fileRoute('/referrals/:id/personal-data', 'referral', referralFile);
  fileRoute('/mentors/:id/personal-data', 'mentor', mentorFile);
  fileRoute('/users/:id/personal-data', 'user', userFile);

  const anonymiseRoute = (path: string, anonymise: Anonymise) =>
    app.post(path, async (c) => {
      const caller = await requireCaller(c, deps, 'personalData.manage');
      const id = idParam(c);
      await deps.db().transaction((tx) => anonymise(tx, caller, id, deps.now()));
      return c.body(null, 204);
    });
  anonymiseRoute('/referrals/:id/anonymize', anonymiseReferral);
  anonymiseRoute('/mentors/:id/anonymize', anonymiseMentor);

  const retentionYears = async (db: Db, associationId: string) => {
    const [row] = await db
      .select({ years: settings.retentionYears })
      .from(settings)
      .where(eq(settings.associationId, associationId));
    return row!.years;
  };

  app.get('/personal-data/retention', async (c) => {
    const caller = await requireCaller(c, deps, 'personalData.manage');
    const db = deps.db();
    const years = await retentionYears(db, caller.association.id);
    const before = retentionLimit(deps.now(), years);
    return c.json({
      retentionYears: years,
      before: before.toISOString(),
      items: await retentionCandidates(db, caller.association.id, before),
    });
  });

  // Only the reviewed files still due: one touched since the review is left alone.
  app.post('/personal-data/retention/anonymize', async (c) => {
    const caller = await requireCaller(c, deps, 'personalData.manage');
    const { ids } = await readBody(c, RetentionRun);
    const now = deps.now();
    const result = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      const years = await retentionYears(db, caller.association.id);
      const due = await retentionCandidates(db, caller.association.id, retentionLimit(now, years));
      const chosen = new Set(ids);
      const run = due.filter((file) => chosen.has(file.id));
      for (const file of run)
        await (file.type === 'referral' ? anonymiseReferral : anonymiseMentor)(
          db,
          caller,
          file.id,
          now,
        );
      const counts = {
        referrals: run.filter((f) => f.type === 'referral').length,
        mentors: run.filter((f) => f.type === 'mentor').length,
      };
      await writeAudit(
        db,
        now,
        caller,
        'personal_data.retention',
        { type: 'association', id: null, associationId: caller.association.id },
        [],
        { retentionYears: years, requested: ids.length, ...counts },
      );
      return { anonymised: run.length, skipped: ids.length - run.length };
    });
    return c.json(result);
  });

  return app;
}
