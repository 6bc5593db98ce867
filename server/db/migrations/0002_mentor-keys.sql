ALTER TABLE "mentors" ADD COLUMN "last_name_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "mentors" ADD COLUMN "sector_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "mentors_last_name" ON "mentors" USING btree ("association_id","last_name_key" collate "C","id" collate "C");--> statement-breakpoint
CREATE UNIQUE INDEX "mentors_email" ON "mentors" USING btree ("association_id",lower("email"));--> statement-breakpoint
-- Backfill existing rows as searchKey() would: lower case, French accents removed.
UPDATE "mentors" SET
  "last_name_key" = lower(translate("last_name", 'ÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸàâäáãåçéèêëíìîïñóòôöõúùûüýÿ', 'AAAAAACEEEEIIIINOOOOOUUUUYYaaaaaaceeeeiiiinooooouuuuyy')),
  "sector_key" = lower(translate(coalesce("sector", ''), 'ÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸàâäáãåçéèêëíìîïñóòôöõúùûüýÿ', 'AAAAAACEEEEIIIINOOOOOUUUUYYaaaaaaceeeeiiiinooooouuuuyy'));
