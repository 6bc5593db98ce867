ALTER TABLE "meetings" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "check_in_days" integer DEFAULT 21 NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "at_risk_days" integer DEFAULT 45 NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "meetings_per_month" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
CREATE INDEX "interviews_mentorship" ON "interviews" USING btree ("mentorship_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_idempotency" ON "meetings" USING btree ("mentorship_id","idempotency_key");