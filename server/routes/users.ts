import { and, asc, eq, inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import type { z } from 'zod';
import { temporaryPassword } from '../../src/domain/passwords';
import { checkIfMatch, fail, parseOr } from '../../src/domain/problem';
import { UserListQuery } from '../../src/domain/queries';
import { UserInput, UserPatch } from '../../src/domain/schemas';
import { sortBy } from '../../src/domain/sorting';
import { writeAudit, type Diff } from '../audit';
import type { Db } from '../db/database';
import { isUniqueViolation } from '../db/errors';
import { publicUser } from '../db/rows';
import { sessions, users } from '../db/schema';
import {
  idParam,
  queryObject,
  readBody,
  requireCaller,
  type Caller,
  type Deps,
  type Env,
} from '../http/context';

const EMAIL_TAKEN = 'Un compte de l’association a déjà cet e-mail';
const LAST_ADMIN = 'L’association doit garder au moins un administrateur actif.';

async function lockUser(db: Db, id: string, associationId: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), eq(users.associationId, associationId)))
    .for('update');
  return row ?? fail(404, 'Introuvable.');
}

/**
 * The association's active admins, locked in one order before any account is: two admins
 * demoting each other at once cannot both succeed, nor deadlock.
 */
const lockActiveAdmins = (db: Db, associationId: string) =>
  db
    .select({ id: users.id })
    .from(users)
    .where(
      and(eq(users.associationId, associationId), eq(users.role, 'admin'), eq(users.active, true)),
    )
    .orderBy(asc(users.id))
    .for('update');

/** What the log calls a change of an account: its role and its access come first. */
function userAction(patch: z.infer<typeof UserPatch>, before: typeof users.$inferSelect) {
  if (patch.active === false && before.active) return 'user.deactivate';
  if (patch.active === true && !before.active) return 'user.reactivate';
  if (patch.role && patch.role !== before.role) return 'user.role';
  return 'user.update';
}

/** The association's accounts: invited, renamed, given a role, deactivated, reset by an admin. */
export function userRoutes(deps: Deps) {
  const app = new Hono<Env>();
  const audited = (db: Db, caller: Caller, action: string, id: string, diff: string[] | Diff) =>
    writeAudit(
      db,
      deps.now(),
      caller,
      action,
      { type: 'user', id, associationId: caller.association.id },
      diff,
    );

  // An association has tens of accounts, not thousands: filtered and sorted here.
  app.get('/users', async (c) => {
    const caller = await requireCaller(c, deps, 'users.manage');
    const q = parseOr(UserListQuery, queryObject(c), 400);
    const rows = await deps
      .db()
      .select()
      .from(users)
      .where(
        and(
          eq(users.associationId, caller.association.id),
          q.role.length ? inArray(users.role, q.role) : undefined,
        ),
      );
    const needle = q.q?.toLowerCase();
    const matching = rows
      .map(publicUser)
      .filter(
        (u) => !needle || `${u.firstName} ${u.lastName} ${u.email}`.toLowerCase().includes(needle),
      );
    const sorted = sortBy(matching, 'lastName', (u) => u.lastName);
    return c.json({
      items: sorted.slice((q.page - 1) * q.pageSize, q.page * q.pageSize),
      total: sorted.length,
      page: q.page,
      pageSize: q.pageSize,
    });
  });

  app.post('/users', async (c) => {
    const caller = await requireCaller(c, deps, 'users.manage');
    const body = await readBody(c, UserInput);
    const password = temporaryPassword();
    const passwordHash = await deps.passwords.hash(password);
    const user = await deps
      .db()
      .transaction(async (tx) => {
        const db: Db = tx;
        const [created] = await db
          .insert(users)
          .values({
            id: `usr_${crypto.randomUUID()}`,
            associationId: caller.association.id,
            ...body,
            createdAt: deps.now(),
            passwordHash,
            mustChangePassword: true,
          })
          .returning();
        await audited(db, caller, 'user.create', created!.id, {
          before: {},
          after: publicUser(created!),
        });
        return created!;
      })
      .catch((error: unknown) =>
        isUniqueViolation(error)
          ? fail(409, `${EMAIL_TAKEN}.`, { errors: [{ pointer: '/email', message: EMAIL_TAKEN }] })
          : Promise.reject(error),
      );
    return c.json({ user: publicUser(user), temporaryPassword: password }, 201);
  });

  app.patch('/users/:id', async (c) => {
    const caller = await requireCaller(c, deps, 'users.manage');
    const id = idParam(c);
    const user = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      const admins = await lockActiveAdmins(db, caller.association.id);
      // The caller's own role may have been taken away while this request waited for the lock.
      if (!admins.some((admin) => admin.id === caller.user.id))
        return fail(403, 'Votre rôle ne permet pas cette action.');
      const row = await lockUser(db, id, caller.association.id);
      const patch = await readBody(c, UserPatch);
      checkIfMatch(c.req.header('If-Match'), row);
      if (row.role === 'mentor' && patch.role)
        return fail(409, 'Un compte de mentor garde son rôle : il est lié à la fiche du mentor.');
      if (row.id === caller.user.id && (patch.active === false || patch.role === 'coordinator'))
        return fail(
          409,
          'Demandez à un autre administrateur de changer votre rôle ou votre accès.',
        );
      const losesAdmin =
        row.role === 'admin' &&
        row.active &&
        (patch.active === false || (patch.role !== undefined && patch.role !== 'admin'));
      if (losesAdmin && admins.length <= 1) return fail(409, LAST_ADMIN);
      const [next] = await db
        .update(users)
        .set({ ...patch, version: row.version + 1 })
        .where(eq(users.id, id))
        .returning();
      // Deactivated: every open browser of theirs is logged out at its next request.
      if (patch.active === false) await db.delete(sessions).where(eq(sessions.userId, id));
      await audited(db, caller, userAction(patch, row), id, {
        before: publicUser(row),
        after: publicUser(next!),
      });
      return next!;
    });
    return c.json(publicUser(user));
  });

  app.post('/users/:id/password-reset', async (c) => {
    const caller = await requireCaller(c, deps, 'users.manage');
    const id = idParam(c);
    const password = temporaryPassword();
    const passwordHash = await deps.passwords.hash(password);
    const user = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      const row = await lockUser(db, id, caller.association.id);
      if (row.id === caller.user.id)
        return fail(409, 'Changez votre propre mot de passe depuis « Mon profil ».');
      const [next] = await db
        .update(users)
        .set({
          passwordHash,
          mustChangePassword: true,
          loginAttempts: 0,
          loginAttemptsSince: null,
          version: row.version + 1,
        })
        .where(eq(users.id, id))
        .returning();
      await db.delete(sessions).where(eq(sessions.userId, id));
      await audited(db, caller, 'user.password_reset', id, ['password']);
      return next!;
    });
    return c.json({ user: publicUser(user), temporaryPassword: password });
  });

  app.get('/team', async (c) => {
    const caller = await requireCaller(c, deps, 'referrals.read');
    const rows = await deps
      .db()
      .select({
        id: users.id,
        firstName: users.firstName,
        lastName: users.lastName,
        role: users.role,
      })
      .from(users)
      .where(
        and(
          eq(users.associationId, caller.association.id),
          eq(users.active, true),
          inArray(users.role, ['admin', 'coordinator']),
        ),
      );
    return c.json(sortBy(rows, 'lastName', (u) => u.lastName));
  });

  return app;
}
