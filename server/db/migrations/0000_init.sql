CREATE TABLE "concern_events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"id" text NOT NULL,
	"concern_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" text NOT NULL,
	"actor_name" text NOT NULL,
	"actor_role" text NOT NULL,
	"type" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"text" text,
	"referred_to" text,
	"close_reason" text,
	CONSTRAINT "concern_events_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "concerns" (
	"id" text PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"author_id" text NOT NULL,
	"author_name" text NOT NULL,
	"author_role" text NOT NULL,
	"division_id" text NOT NULL,
	"theme_id" text NOT NULL,
	"sub_theme_id" text,
	"objective_id" text,
	"title" text NOT NULL,
	"details" text NOT NULL,
	"location" text NOT NULL,
	"source" text NOT NULL,
	"already_reported" text NOT NULL,
	"wants_reply" boolean NOT NULL,
	"status" text NOT NULL,
	"version" integer NOT NULL,
	"awaiting_reply" boolean NOT NULL,
	"sample" boolean NOT NULL,
	"reply_count" integer DEFAULT 0 NOT NULL,
	"replies_read" integer DEFAULT 0 NOT NULL,
	"search_text" text NOT NULL,
	CONSTRAINT "concerns_reference_unique" UNIQUE("reference"),
	CONSTRAINT "concerns_version_positive" CHECK ("concerns"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "idempotency_records" (
	"user_id" text NOT NULL,
	"key" text NOT NULL,
	"fingerprint" text NOT NULL,
	"status" integer NOT NULL,
	"headers" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_records_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
CREATE TABLE "reference_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"user_name" text NOT NULL,
	"role" text NOT NULL,
	"division_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "concern_events" ADD CONSTRAINT "concern_events_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concern_events_concern_idx" ON "concern_events" USING btree ("concern_id","seq");--> statement-breakpoint
CREATE INDEX "concerns_created_idx" ON "concerns" USING btree ("created_at" DESC NULLS LAST,"reference" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "concerns_status_created_idx" ON "concerns" USING btree ("status","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "concerns_waiting_idx" ON "concerns" USING btree ("updated_at","created_at");--> statement-breakpoint
CREATE INDEX "concerns_author_created_idx" ON "concerns" USING btree ("author_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "concerns_division_idx" ON "concerns" USING btree ("division_id");--> statement-breakpoint
CREATE INDEX "concerns_theme_idx" ON "concerns" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");