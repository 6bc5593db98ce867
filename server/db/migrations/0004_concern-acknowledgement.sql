ALTER TABLE "meetings" ADD COLUMN "concern_acknowledged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "concern_acknowledged_by_id" text;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "concern_acknowledgement" text;--> statement-breakpoint
CREATE INDEX "meetings_open_concerns" ON "meetings" USING btree ("association_id","logged_at") WHERE "meetings"."concern" and "meetings"."concern_acknowledged_at" is null;