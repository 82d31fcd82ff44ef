DROP INDEX "concerns_division_idx";--> statement-breakpoint
DROP INDEX "concerns_theme_idx";--> statement-breakpoint
DROP INDEX "concerns_waiting_idx";--> statement-breakpoint
CREATE INDEX "concerns_division_status_idx" ON "concerns" USING btree ("division_id","status");--> statement-breakpoint
CREATE INDEX "concerns_theme_status_idx" ON "concerns" USING btree ("theme_id","status");--> statement-breakpoint
CREATE INDEX "concerns_waiting_idx" ON "concerns" USING btree (("status" in ('referred', 'actioned', 'closed')),"updated_at","created_at","reference");