DROP TABLE "login_failures" CASCADE;--> statement-breakpoint
DROP INDEX "users_email";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "login_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "login_attempts_since" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "users_association_email" ON "users" USING btree ("association_id",lower("email"));