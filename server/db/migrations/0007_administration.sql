ALTER TABLE "audit" ADD COLUMN "changes" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "mentors" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "last_seen_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "inactivity_timeout_minutes" integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "departments" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "previous_intake_key_hash" text;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "previous_intake_key_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_entity" ON "audit" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
-- The territories served, until an admin says otherwise: where the association's referrals live.
UPDATE "settings" SET "departments" = coalesce((SELECT array_agg(DISTINCT "department" ORDER BY "department") FROM "referrals" WHERE "referrals"."association_id" = "settings"."association_id"), '{}'::text[]);
