ALTER TABLE "audit" ADD COLUMN "details" jsonb;--> statement-breakpoint
CREATE INDEX "referrals_association" ON "referrals" USING btree ("association_id","id" collate "C");