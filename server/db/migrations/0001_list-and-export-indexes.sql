DROP INDEX "meetings_association";--> statement-breakpoint
DROP INDEX "referrals_received";--> statement-breakpoint
CREATE INDEX "referrals_last_name" ON "referrals" USING btree ("association_id","last_name_key" collate "C","id" collate "C");--> statement-breakpoint
CREATE INDEX "meetings_association" ON "meetings" USING btree ("association_id","id" collate "C");--> statement-breakpoint
CREATE INDEX "referrals_received" ON "referrals" USING btree ("association_id","received_at" DESC NULLS LAST,"id" collate "C");