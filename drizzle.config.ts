import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes a new migration in server/db/migrations after a schema change
// (drizzle-kit), then bundles the migrations for the app (scripts/generate-migrations.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema.ts',
  out: './server/db/migrations',
  casing: 'snake_case',
});
