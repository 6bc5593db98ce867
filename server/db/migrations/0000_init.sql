CREATE TABLE "associations" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit" (
	"id" text PRIMARY KEY NOT NULL,
	"association_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" text PRIMARY KEY NOT NULL,
	"association_id" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"mentorship_id" text NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"mentee_satisfaction" integer,
	"mentor_satisfaction" integer,
	"notes" text NOT NULL,
	"by_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_failures" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" text PRIMARY KEY NOT NULL,
	"association_id" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"mentorship_id" text NOT NULL,
	"date" date NOT NULL,
	"duration_minutes" integer NOT NULL,
	"modality" text NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text NOT NULL,
	"attendance" text NOT NULL,
	"concern" boolean NOT NULL,
	"logged_by_id" text NOT NULL,
	"logged_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentors" (
	"id" text PRIMARY KEY NOT NULL,
	"association_id" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"status" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"gender" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"postal_code" text NOT NULL,
	"commune" text NOT NULL,
	"department" text NOT NULL,
	"occupation" text NOT NULL,
	"sector" text,
	"job_title" text,
	"employer" text,
	"expertise" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"modalities" text[] DEFAULT '{}'::text[] NOT NULL,
	"hours_per_month" integer NOT NULL,
	"preferred_slots" text[] DEFAULT '{}'::text[] NOT NULL,
	"capacity" integer NOT NULL,
	"mentee_age_min" integer NOT NULL,
	"mentee_age_max" integer NOT NULL,
	"honorability_check" jsonb,
	"training" jsonb,
	"active_pairs" integer DEFAULT 0 NOT NULL,
	"user_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"search_text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentorships" (
	"id" text PRIMARY KEY NOT NULL,
	"association_id" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"status" text NOT NULL,
	"referral_id" text NOT NULL,
	"mentor_id" text NOT NULL,
	"coordinator_id" text,
	"goals" jsonb NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"planned_end_at" date,
	"closed_at" timestamp with time zone,
	"refusal_reason" text,
	"closure_reason" text,
	"exit_situation" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" text PRIMARY KEY NOT NULL,
	"association_id" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"external_id" text,
	"channel" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"gender" text NOT NULL,
	"email" text,
	"phone" text,
	"postal_code" text NOT NULL,
	"commune" text NOT NULL,
	"department" text NOT NULL,
	"situation" text NOT NULL,
	"needs" text[] DEFAULT '{}'::text[] NOT NULL,
	"message" text NOT NULL,
	"priority_publics" text[] DEFAULT '{}'::text[] NOT NULL,
	"accommodation_needed" boolean NOT NULL,
	"preferences" jsonb NOT NULL,
	"legal_guardian" jsonb,
	"consents" jsonb NOT NULL,
	"assignee_id" text,
	"contact_attempts" integer DEFAULT 0 NOT NULL,
	"first_contact_at" timestamp with time zone,
	"last_contact_at" timestamp with time zone,
	"status_reason" text,
	"redirected_to" text,
	"updated_at" timestamp with time zone NOT NULL,
	"search_text" text NOT NULL,
	"phone_digits" text DEFAULT '' NOT NULL,
	"first_name_key" text NOT NULL,
	"last_name_key" text NOT NULL,
	"commune_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_views" (
	"id" text PRIMARY KEY NOT NULL,
	"association_id" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"resource" text NOT NULL,
	"query" text NOT NULL,
	"shared" boolean NOT NULL,
	"owner_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" text NOT NULL,
	"csrf_token" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sessions_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"association_id" text PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"mentee_age_min" integer NOT NULL,
	"mentee_age_max" integer NOT NULL,
	"first_contact_delay_days" integer NOT NULL,
	"max_contact_attempts" integer NOT NULL,
	"honorability_validity_years" integer NOT NULL,
	"honorability_warning_days" integer NOT NULL,
	"planned_duration_months" integer NOT NULL,
	"retention_years" integer NOT NULL,
	"matching_weights" jsonb NOT NULL,
	"intake_key_hash" text NOT NULL,
	"intake_key_hint" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "timeline" (
	"id" text PRIMARY KEY NOT NULL,
	"association_id" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"kind" text NOT NULL,
	"from" text,
	"to" text,
	"channel" text,
	"reached" boolean,
	"body" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"association_id" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"email" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"role" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"mentor_id" text,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"password_hash" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit" ADD CONSTRAINT "audit_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_mentorship_id_mentorships_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_mentorship_id_mentorships_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentors" ADD CONSTRAINT "mentors_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_mentor_id_mentors_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."mentors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline" ADD CONSTRAINT "timeline_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_association_at" ON "audit" USING btree ("association_id","at");--> statement-breakpoint
CREATE INDEX "login_failures_email_at" ON "login_failures" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "meetings_mentorship" ON "meetings" USING btree ("mentorship_id","date");--> statement-breakpoint
CREATE INDEX "meetings_association" ON "meetings" USING btree ("association_id","id");--> statement-breakpoint
CREATE INDEX "mentors_status" ON "mentors" USING btree ("association_id","status");--> statement-breakpoint
CREATE INDEX "mentorships_mentor" ON "mentorships" USING btree ("association_id","mentor_id");--> statement-breakpoint
CREATE INDEX "mentorships_referral" ON "mentorships" USING btree ("referral_id");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_external_id" ON "referrals" USING btree ("association_id","external_id");--> statement-breakpoint
CREATE INDEX "referrals_received" ON "referrals" USING btree ("association_id","received_at");--> statement-breakpoint
CREATE INDEX "referrals_status" ON "referrals" USING btree ("association_id","status");--> statement-breakpoint
CREATE INDEX "timeline_entity" ON "timeline" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email" ON "users" USING btree (lower("email"));