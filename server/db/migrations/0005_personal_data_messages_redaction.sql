ALTER TABLE "concern_events" ADD COLUMN "redacted_field" text;--> statement-breakpoint
ALTER TABLE "concerns" ADD COLUMN "personal_data" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "concerns" ADD COLUMN "councillor_replied" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- The event log stays append-only with one exception, redaction (decision 0014): the text of a
-- message or reply may be replaced by a text holding "[removed]", and nothing else of the row may
-- change with it. Every other UPDATE, and every DELETE, is still refused.
CREATE OR REPLACE FUNCTION concern_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
    AND OLD.type IN ('message', 'reply')
    AND NEW.text IS NOT NULL
    AND strpos(NEW.text, '[removed]') > 0
    AND (to_jsonb(NEW) - 'text') = (to_jsonb(OLD) - 'text')
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'concern_events is append-only';
END;
$$;
