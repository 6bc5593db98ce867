import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` writes a new migration in server/db/migrations after a schema change.
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema.ts',
  out: './server/db/migrations',
  casing: 'snake_case',
});
